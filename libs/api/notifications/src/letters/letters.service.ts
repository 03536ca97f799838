import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { OutboundHttp, type Page, toPage } from '@jobunivers/api/http';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import type { LetterToPrintDto, LetterToPrintQueryDto } from '../dto/letters.dto';
import { LetterEntity } from '../entities/letter.entity';
import { NotificationsErrorCode, NotificationsException } from '../notifications.errors';
import {
  type DigitalPostTransport,
  FileDigitalPostTransport,
  HttpDigitalPostTransport,
} from './digital-post.transport';
import { type CallInLetter, renderCallInPdf } from './letter-pdf';
import { buildMemo } from './memo';

/** The outbox row of a letter delivery: the delivery id is the MeMo message UUID. */
export interface LetterDelivery {
  id: string;
  notification_id: string;
  recipient_id: string;
  kind: string;
  params: Record<string, string>;
}

export type LetterOutcome =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'retry'; reason: string }
  | { status: 'failed'; reason: string };

const FORMS = ['in_person', 'video', 'phone'] as const;

/**
 * Formal call-ins as letters: renders the PDF, wraps it in MeMo and hands it to the Digital Post
 * transport — or, for a citizen exempt from Digital Post, puts it on the municipality's
 * letters-to-print list. Once per call-in: the letter row is unique per notification, and the
 * transport sees the same message UUID on a resend.
 */
@Injectable()
export class LettersService implements OnApplicationShutdown {
  readonly transport: DigitalPostTransport;
  private readonly outbound?: OutboundHttp;

  constructor(
    @InjectRepository(LetterEntity) private readonly letters: Repository<LetterEntity>,
    private readonly cases: CitizenCasesService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    const { url, token } = config.digitalPost;
    if (url && token) {
      this.outbound = new OutboundHttp({ allowPrivateAddresses: config.outbound.allowPrivateAddresses, maxSockets: 8 });
      this.transport = new HttpDigitalPostTransport(url, token, this.outbound);
    } else {
      this.transport = new FileDigitalPostTransport(join(config.dataDir, 'digital-post'));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.outbound?.destroy();
  }

  // ── delivery (called by the outbox worker) ─────────────────────────────────

  async deliver(d: LetterDelivery): Promise<LetterOutcome> {
    if (await this.letters.existsBy({ notificationId: d.notification_id })) return { status: 'sent' };
    const recipient = await this.cases.letterRecipientOf(d.recipient_id);
    if (!recipient) return { status: 'skipped', reason: 'no such citizen (or anonymised)' };
    const p = d.params;
    if (!p.startsAt || !FORMS.includes(p.form as (typeof FORMS)[number]))
      return { status: 'failed', reason: 'the notification does not describe a meeting' };
    const unitName = await this.reference.unitNameOf(recipient.municipalityCode);
    const letter: CallInLetter = {
      unitName,
      citizenName: recipient.name,
      meetingKind: p.meetingKind === 'visitation' ? 'visitation' : 'job_meeting',
      form: p.form as CallInLetter['form'],
      startsAt: p.startsAt,
      endsAt: p.endsAt ?? p.startsAt,
      address: p.address || null,
      videoUrl: p.videoUrl || null,
      phoneNumber: p.phoneNumber || null,
      topic: p.topic || null,
      moved: d.kind === 'meeting_rescheduled',
      link: `${this.config.citizenAppUrl}/samtaler/${encodeURIComponent(p.meetingId ?? '')}`,
      writtenOn: todayInCopenhagen(),
    };
    const pdf = await renderCallInPdf(letter, { messageId: d.id });
    const row = {
      id: d.id,
      notificationId: d.notification_id,
      citizenId: d.recipient_id,
      municipalityCode: recipient.municipalityCode,
      meetingId: p.meetingId ?? null,
      startsAt: new Date(p.startsAt),
    };
    if (recipient.digitalPostExempt) {
      await this.letters
        .createQueryBuilder()
        .insert()
        .values({ ...row, status: 'to_print', transport: 'print', pdf })
        .orIgnore()
        .execute();
      return { status: 'sent' };
    }
    const label = letter.moved
      ? 'Din samtale er flyttet'
      : letter.meetingKind === 'visitation'
        ? 'Indkaldelse til visitationssamtale'
        : 'Indkaldelse til jobsamtale';
    const memo = buildMemo({
      messageUuid: d.id,
      label,
      senderCvr: this.config.digitalPost.senderCvr,
      senderLabel: unitName,
      recipientCpr: recipient.cpr,
      recipientName: recipient.name,
      createdAt: new Date(),
      pdf,
      fileName: 'indkaldelse.pdf',
    });
    const outcome = await this.transport.send({ messageUuid: d.id, memo, pdf });
    if (outcome.status === 'sent')
      await this.letters
        .createQueryBuilder()
        .insert()
        .values({ ...row, status: 'sent', transport: this.transport.name, pdf: null })
        .orIgnore()
        .execute();
    return outcome;
  }

  // ── the letters-to-print list (staff of the municipality) ──────────────────

  async listToPrint(actor: StaffPrincipal, query: LetterToPrintQueryDto): Promise<Page<LetterToPrintDto>> {
    const [rows, total] = await this.letters.findAndCount({
      where: { municipalityCode: actor.municipalityCode, status: query.status },
      select: {
        id: true,
        citizenId: true,
        meetingId: true,
        startsAt: true,
        status: true,
        createdAt: true,
        printedAt: true,
      },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    const cases = await this.cases.casesOf(actor.municipalityCode, [...new Set(rows.map((r) => r.citizenId))]);
    await this.audit.recordListRead(actor, {
      citizenIds: rows.map((r) => r.citizenId),
      resource: 'letters_to_print',
      purpose: 'printing',
    });
    return toPage(
      rows.map((r) => toDto(r, cases.get(r.citizenId)?.name ?? '')),
      total,
      query,
    );
  }

  async pdfToPrint(actor: StaffPrincipal, id: string): Promise<Buffer> {
    const letter = await this.letters.findOne({
      where: { id, municipalityCode: actor.municipalityCode },
      select: { id: true, citizenId: true, pdf: true, transport: true },
    });
    if (!letter || letter.transport !== 'print' || !letter.pdf)
      throw new NotificationsException(NotificationsErrorCode.LetterNotFound);
    await this.audit.record(actorOf(actor), {
      citizenId: letter.citizenId,
      action: 'read',
      resource: 'letter.pdf',
      resourceId: letter.id,
      purpose: 'printing',
    });
    return letter.pdf;
  }

  /** Marks the letter printed (and posted); doing it again changes nothing. */
  async markPrinted(actor: StaffPrincipal, id: string): Promise<LetterToPrintDto> {
    const letter = await this.letters.findOne({
      where: { id, municipalityCode: actor.municipalityCode },
      select: {
        id: true,
        citizenId: true,
        meetingId: true,
        startsAt: true,
        status: true,
        createdAt: true,
        printedAt: true,
        transport: true,
      },
    });
    if (!letter || letter.transport !== 'print')
      throw new NotificationsException(NotificationsErrorCode.LetterNotFound);
    if (letter.status === 'to_print') {
      await this.letters.update(
        { id, status: 'to_print' },
        { status: 'printed', printedAt: new Date(), printedBy: actor.id },
      );
      await this.audit.record(actorOf(actor), {
        citizenId: letter.citizenId,
        action: 'update',
        resource: 'letter',
        resourceId: letter.id,
        purpose: 'printing',
      });
    }
    const fresh = (await this.letters.findOneBy({ id })) ?? letter;
    const cases = await this.cases.casesOf(actor.municipalityCode, [fresh.citizenId]);
    return toDto(fresh, cases.get(fresh.citizenId)?.name ?? '');
  }
}

const actorOf = (p: StaffPrincipal) => ({
  kind: 'staff' as const,
  id: p.id,
  name: p.name,
  municipalityCode: p.municipalityCode,
});

const toDto = (r: LetterEntity, citizenName: string): LetterToPrintDto => ({
  id: r.id,
  citizenId: r.citizenId,
  citizenName,
  meetingId: r.meetingId,
  startsAt: r.startsAt?.toISOString() ?? null,
  status: r.status === 'printed' ? 'printed' : 'to_print',
  createdAt: r.createdAt.toISOString(),
  printedAt: r.printedAt?.toISOString() ?? null,
});
