import { Injectable } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { IdentityService } from '@jobunivers/api/identity';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DeliveryOutcome } from './delivery.service';
import { type Language, MAIL_SUBJECT } from './kinds';
import type { ClaimedDeliveryRow } from './notifications.repository';
import { payloadOf } from './push-delivery.service';

/**
 * E-mail delivery: the neutral sentence and a link to the app, through nodemailer (SMTP, pooled) or, without SMTP, as
 * one .eml file per notification under DATA_DIR/mail; the Message-ID and the file name are the idempotency key.
 */
@Injectable()
export class MailDeliveryService {
  private transport?: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
  ) {}

  /** The e-mail addresses of the batch's recipients (citizens from their case, staff from identity). */
  async emailsOf(batch: ClaimedDeliveryRow[]): Promise<Map<string, string>> {
    const citizens = batch.filter((d) => d.recipient_kind === 'citizen').map((d) => d.recipient_id);
    const staff = batch.filter((d) => d.recipient_kind === 'staff').map((d) => d.recipient_id);
    const [a, b] = await Promise.all([this.cases.emailsOf(citizens), this.identity.staffEmails(staff)]);
    return new Map([...a, ...b]);
  }

  /** Sends the e-mail (or writes its .eml file); skipped without an address. */
  async send(d: ClaimedDeliveryRow, to: string | undefined, language: Language): Promise<DeliveryOutcome> {
    if (!to) return { status: 'skipped', reason: 'no e-mail address' };
    const { body, url } = payloadOf(d, language);
    const appUrl = d.recipient_kind === 'citizen' ? this.config.citizenAppUrl : this.config.staffAppUrl;
    const link = `${appUrl}${url}`;
    const more = language === 'da' ? 'Log ind på Jobunivers for at læse mere:' : 'Sign in to Jobunivers to read more:';
    const footer =
      language === 'da'
        ? 'Du kan ikke svare på denne e-mail. Vælg hvilke e-mails du får under Indstillinger.'
        : 'You cannot reply to this e-mail. Choose which e-mails you get under Settings.';
    const key = `${d.notification_id}:email`;
    const message = {
      from: this.config.notifications.mailFrom,
      to,
      subject: MAIL_SUBJECT[language],
      text: `${body}\n\n${more}\n${link}\n\n${footer}\n`,
      html: `<p>${body}</p><p><a href="${link}">${more.replace(/:$/, '')}</a></p><p style="color:#555">${footer}</p>`,
      messageId: `<${d.notification_id}.email@jobunivers>`,
      headers: { 'X-Jobunivers-Idempotency-Key': key },
    };
    if (this.config.notifications.smtpUrl) {
      this.transport ??= nodemailer.createTransport(this.config.notifications.smtpUrl, { pool: true } as never);
      await this.transport.sendMail(message);
    } else {
      // No SMTP: one file per idempotency key (a resend replaces it), written atomically.
      const built = await nodemailer
        .createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
        .sendMail(message);
      const dir = join(this.config.dataDir, 'mail');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${d.notification_id}.eml`);
      writeFileSync(`${file}.tmp`, built.message as Buffer);
      renameSync(`${file}.tmp`, file);
    }
    return { status: 'sent' };
  }
}
