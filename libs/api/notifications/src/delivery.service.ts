import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { IdentityService } from '@jobunivers/api/identity';
import { OutboundAddressRefusedError, OutboundHttp } from '@jobunivers/api/http';
import { QueueService } from '@jobunivers/api/queue';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import {
  type Category,
  type DeliveryChannel,
  type Language,
  MAIL_SUBJECT,
  NOTIFICATION_KINDS,
  type NotificationKind,
  OUTSIDE_TEXT,
  type RecipientKind,
} from './kinds';
import { DELIVER_JOB, NotificationsService } from './notifications.service';
import { isAllowedPushEndpoint } from './push-endpoints';
import { LettersService } from './letters/letters.service';

const CLAIM_BATCH = 250;
/** One push service answer must come within this. */
const PUSH_TIMEOUT_MS = 15_000;
const IN_FLIGHT = 48;
const MAX_ATTEMPTS = 8;
const VAPID_TTL_SECONDS = 12 * 3600;

interface Claimed {
  id: string;
  notification_id: string;
  channel: DeliveryChannel;
  attempts: number;
  ttl: number;
  recipient_kind: RecipientKind;
  recipient_id: string;
  category: Category;
  kind: string;
  params: Record<string, string>;
  created_at: Date;
}

interface Subscription {
  id: string;
  recipient_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

type Outcome =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'retry'; reason: string; after?: number }
  | { status: 'failed'; reason: string };

/** What a push carries: a neutral sentence, where to go, and the notification id (the `tag` a device shows once). */
export interface PushPayload {
  id: string;
  title: string;
  body: string;
  url: string;
  tag: string;
}

/**
 * Delivers the outbox: claims due push and e-mail deliveries in batches (SKIP LOCKED, the claim's
 * lease written into `not_before`), sends them, and records the outcome. Push goes through the
 * `web-push` library (RFC 8291 aes128gcm encryption, VAPID, TTL/Urgency/Topic headers) over kept-alive
 * HTTP(S) connections; e-mail through nodemailer (SMTP) or, without SMTP, as .eml files under
 * DATA_DIR/mail; a formal call-in's letter through {@link LettersService} (Digital Post). Failures back off exponentially; 404/410 from a push service removes the
 * subscription; 429 waits as long as the push service asks.
 */
@Injectable()
export class DeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  /** Kept-alive connections to the push services, each address checked at connect time (no internal ones). */
  private readonly outbound: OutboundHttp;
  private readonly vapidCache = new Map<string, { header: string; until: number }>();
  private transport?: Transporter;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: QueueService,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationsService,
    private readonly letters: LettersService,
  ) {
    this.outbound = new OutboundHttp({ allowPrivateAddresses: config.outbound.allowPrivateAddresses });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.outbound.destroy();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.enabled) return;
    // A plain queue: a job left active by a killed process never blocks the next kick (SKIP LOCKED
    // keeps processes apart, `deliverDue` keeps one loop per process). Kicked by every notify(); the
    // schedule catches deferred (quiet hours) and backed-off rows.
    await this.queue.recurring(DELIVER_JOB, '* * * * *', () => this.deliverDue(), {
      queue: { retryLimit: 3 },
      work: { pollingIntervalSeconds: 0.5 },
    });
    // After a restart (or a crash), whatever was pending goes out now rather than at the next minute.
    await this.queue.send(DELIVER_JOB, {});
  }

  private again = false;

  /**
   * Delivers everything due now; returns how many deliveries were handled. One loop per process:
   * a call while it runs makes it look once more before it ends (rows committed meanwhile are seen).
   */
  deliverDue(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let handled = 0;
      do {
        this.again = false;
        handled += await this.loop();
      } while (this.again);
      return handled;
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.claim();
      if (batch.length === 0) break;
      await this.sendBatch(batch);
      handled += batch.length;
    }
    await this.kickForNextDue();
    return handled;
  }

  private async claim(): Promise<Claimed[]> {
    const [rows] = (await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM notifications.delivery
          WHERE status IN ('pending', 'sending') AND not_before <= now()
          ORDER BY not_before LIMIT ${CLAIM_BATCH} FOR UPDATE SKIP LOCKED
       )
       UPDATE notifications.delivery d
          SET status = 'sending', attempts = d.attempts + 1, not_before = now() + make_interval(secs => $1)
         FROM due, notifications.notification n
        WHERE d.id = due.id AND n.id = d.notification_id
       RETURNING d.id, d.notification_id, d.channel, d.attempts, d.ttl, n.recipient_kind, n.recipient_id, n.category, n.kind, n.params, n.created_at`,
      [this.config.notifications.leaseSeconds],
    )) as [Claimed[], number];
    return rows;
  }

  private async sendBatch(batch: Claimed[]): Promise<void> {
    const recipients = [...new Set(batch.map((d) => d.recipient_id))];
    const [prefs, subscriptions, emails] = await Promise.all([
      this.notifications.preferencesOf(recipients),
      this.subscriptionsOf(batch.filter((d) => d.channel === 'push').map((d) => d.recipient_id)),
      this.emailsOf(batch.filter((d) => d.channel === 'email')),
    ]);
    const outcomes = new Map<string, Outcome>();
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const d = batch[next++];
        const language = prefs.get(d.recipient_id)?.language ?? 'da';
        try {
          outcomes.set(
            d.id,
            d.channel === 'letter'
              ? await this.letters.deliver(d)
              : d.channel === 'push'
                ? await this.push(d, subscriptions.get(d.recipient_id) ?? [], language)
                : await this.mail(d, emails.get(d.recipient_id), language),
          );
        } catch (error) {
          outcomes.set(d.id, { status: 'retry', reason: error instanceof Error ? error.message : String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batch.length) }, worker));
    await this.record(batch, outcomes);
  }

  /** Records a batch's outcomes in three statements, whatever the mix (never a query per delivery). */
  private async record(batch: Claimed[], outcomes: Map<string, Outcome>): Promise<void> {
    const sent: string[] = [];
    const retry: Array<{ id: string; wait: number; reason: string }> = [];
    const done: Array<{ id: string; status: 'skipped' | 'failed'; reason: string }> = [];
    for (const d of batch) {
      const outcome = outcomes.get(d.id)!;
      if (outcome.status === 'sent') sent.push(d.id);
      // 10 s, 20 s, 40 s … at most an hour (or what the push service asked for).
      else if (outcome.status === 'retry' && d.attempts < MAX_ATTEMPTS)
        retry.push({
          id: d.id,
          wait: outcome.after ?? Math.min(3600, 10 * 2 ** (d.attempts - 1)),
          reason: outcome.reason.slice(0, 300),
        });
      else {
        const status = outcome.status === 'skipped' ? 'skipped' : 'failed';
        if (status === 'failed') this.logger.warn(`Delivery ${d.id} (${d.channel}) failed for good: ${outcome.reason}`);
        done.push({ id: d.id, status, reason: outcome.reason.slice(0, 300) });
      }
    }
    if (sent.length)
      await this.dataSource.query(
        `UPDATE notifications.delivery SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = ANY($1::uuid[])`,
        [sent],
      );
    if (retry.length) {
      await this.dataSource.query(
        `UPDATE notifications.delivery d SET status = 'pending', not_before = now() + make_interval(secs => r.wait), last_error = r.reason
           FROM unnest($1::uuid[], $2::int[], $3::varchar[]) AS r(id, wait, reason) WHERE d.id = r.id`,
        [retry.map((r) => r.id), retry.map((r) => r.wait), retry.map((r) => r.reason)],
      );
    }
    if (done.length) {
      await this.dataSource.query(
        `UPDATE notifications.delivery d SET status = r.status, last_error = r.reason FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS r(id, status, reason) WHERE d.id = r.id`,
        [done.map((r) => r.id), done.map((r) => r.status), done.map((r) => r.reason)],
      );
    }
  }

  /** Backed-off or deferred rows due within the minute get a delayed kick (the schedule covers the rest). */
  private async kickForNextDue(): Promise<void> {
    if (!this.queue.enabled) return;
    const [row] = (await this.dataSource.query(
      `SELECT extract(epoch FROM min(not_before) - now())::int AS secs FROM notifications.delivery WHERE status IN ('pending', 'sending')`,
    )) as Array<{ secs: number | null }>;
    if (row?.secs !== null && row?.secs !== undefined && row.secs < 60)
      await this.queue.send(DELIVER_JOB, {}, { startAfter: Math.max(1, row.secs) });
  }

  // ── push ────────────────────────────────────────────────────────────────────

  payloadOf(
    d: Pick<Claimed, 'notification_id' | 'recipient_kind' | 'category' | 'kind' | 'params'>,
    language: Language,
  ): PushPayload {
    const spec = NOTIFICATION_KINDS[d.kind as NotificationKind];
    return {
      id: d.notification_id,
      title: 'Jobunivers',
      body: OUTSIDE_TEXT[d.recipient_kind][d.category][language],
      url: spec?.link(d.params) ?? '/',
      tag: d.notification_id,
    };
  }

  private async push(d: Claimed, subscriptions: Subscription[], language: Language): Promise<Outcome> {
    if (subscriptions.length === 0) return { status: 'skipped', reason: 'no push subscription' };
    const payload = JSON.stringify(this.payloadOf(d, language));
    // Meeting changes close to the meeting are urgent; the rest can wait for the device's next wake-up.
    const urgency = d.category === 'meetings' ? 'high' : 'normal';
    const ttl = Math.max(0, d.ttl - Math.floor((Date.now() - new Date(d.created_at).getTime()) / 1000));
    if (ttl === 0) return { status: 'skipped', reason: 'expired before it could be sent' };
    let delivered = 0;
    let retry: Outcome | undefined;
    let refused: string | undefined;
    for (const sub of subscriptions) {
      // Subscribed before the push services were restricted, or the list changed since: never posted to.
      if (!isAllowedPushEndpoint(sub.endpoint, this.config.notifications.pushEndpointHosts)) {
        refused = `${new URL(sub.endpoint).hostname} is not a push service this server sends to (PUSH_ENDPOINT_HOSTS)`;
        continue;
      }
      const request = webpush.generateRequestDetails(
        { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
        payload,
        {
          TTL: ttl,
          urgency,
          topic: d.notification_id.replace(/-/g, ''),
          vapidDetails: null,
          headers: { Authorization: this.vapidAuthorization(sub.endpoint) },
        } as unknown as webpush.RequestOptions,
      );
      const response = await this.outbound
        .post(
          request.endpoint,
          request.headers as Record<string, string | number>,
          request.body as Buffer,
          PUSH_TIMEOUT_MS,
        )
        .then(({ status, headers }) => ({ status, retryAfter: headers['retry-after'] }))
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      if (response instanceof OutboundAddressRefusedError) {
        // DNS now points the push service's name at an internal address: not sent, not retried.
        this.logger.warn(`Push for subscription ${sub.id} not sent: ${response.message}`);
        refused = response.message;
        continue;
      }
      if (response instanceof Error) {
        retry = { status: 'retry', reason: `push service unreachable: ${response.message}` };
        continue;
      }
      if (response.status >= 200 && response.status < 300) {
        delivered++;
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        await this.dataSource.query(`DELETE FROM notifications.push_subscription WHERE id = $1`, [sub.id]);
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        const after = Number(response.retryAfter);
        retry = {
          status: 'retry',
          reason: `push service answered ${response.status}`,
          after: Number.isFinite(after) && after > 0 ? Math.min(after, 3600) : undefined,
        };
        continue;
      }
      this.logger.warn(`Push service refused a push (${response.status}) for subscription ${sub.id}`);
    }
    if (retry) return retry;
    if (delivered > 0) {
      await this.dataSource.query(
        `UPDATE notifications.push_subscription SET last_seen_at = now() WHERE id = ANY($1::uuid[]) AND last_seen_at < now() - interval '1 day'`,
        [subscriptions.map((s) => s.id)],
      );
      return { status: 'sent' };
    }
    if (refused) return { status: 'failed', reason: refused };
    return { status: 'skipped', reason: 'no device accepted the push' };
  }

  /** VAPID (RFC 8292) Authorization header per push service origin, signed once and reused while valid. */
  private vapidAuthorization(endpoint: string): string {
    const audience = new URL(endpoint).origin;
    const cached = this.vapidCache.get(audience);
    const now = Math.floor(Date.now() / 1000);
    if (cached && cached.until > now + 60) return cached.header;
    const { publicKey, privateKey, subject } = this.config.notifications.vapid;
    const until = now + VAPID_TTL_SECONDS;
    const header = webpush.getVapidHeaders(audience, subject, publicKey, privateKey, 'aes128gcm', until).Authorization;
    this.vapidCache.set(audience, { header, until });
    return header;
  }

  private async subscriptionsOf(recipientIds: string[]): Promise<Map<string, Subscription[]>> {
    const map = new Map<string, Subscription[]>();
    if (recipientIds.length === 0) return map;
    const rows = (await this.dataSource.query(
      `SELECT id, recipient_id, endpoint, p256dh, auth FROM notifications.push_subscription WHERE recipient_id = ANY($1::uuid[])`,
      [[...new Set(recipientIds)]],
    )) as Subscription[];
    for (const r of rows) map.set(r.recipient_id, [...(map.get(r.recipient_id) ?? []), r]);
    return map;
  }

  // ── e-mail ──────────────────────────────────────────────────────────────────

  private async emailsOf(batch: Claimed[]): Promise<Map<string, string>> {
    const citizens = batch.filter((d) => d.recipient_kind === 'citizen').map((d) => d.recipient_id);
    const staff = batch.filter((d) => d.recipient_kind === 'staff').map((d) => d.recipient_id);
    const [a, b] = await Promise.all([this.cases.emailsOf(citizens), this.identity.staffEmails(staff)]);
    return new Map([...a, ...b]);
  }

  private async mail(d: Claimed, to: string | undefined, language: Language): Promise<Outcome> {
    if (!to) return { status: 'skipped', reason: 'no e-mail address' };
    const { body, url } = this.payloadOf(d, language);
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
