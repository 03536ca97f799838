import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { CaseEventBus, CitizenCasesService } from '@jobunivers/api/citizens';
import { type Page, toPage } from '@jobunivers/api/http';
import { type CitizenPrincipal, IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { type LiveTopic, RealtimeService } from '@jobunivers/api/realtime';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type {
  ConversationDto,
  ConversationThreadDto,
  InboxItemDto,
  InboxQueryDto,
  MessageDto,
  StaffThreadDto,
} from './dto/messaging.dto';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import type { MessageEvent } from './events/message.event';
import { MessagingErrorCode, MessagingException } from './messaging.errors';
import { opening } from './opening-hours';

/** At most this many messages from one citizen in RATE_WINDOW_MINUTES (then 429). */
export const RATE_LIMIT = 20;
export const RATE_WINDOW_MINUTES = 10;
const PREVIEW = 120;

const citizenTopic = (id: string): LiveTopic => `citizen:${id}`;
const inboxTopic = (municipalityCode: string): LiveTopic => `inbox:${municipalityCode}`;

/** Why staff outside the caseload open a conversation: the citizen wrote to the jobcentre (team leads read as management). */
const inboxPurpose = (actor: StaffPrincipal): string | undefined =>
  actor.roles.includes('team_lead') ? undefined : 'answering the citizen’s message';

const messageDto = (m: MessageEntity): MessageDto => ({
  id: m.id,
  authorKind: m.authorKind,
  authorName: m.authorName,
  body: m.body,
  internal: m.internal,
  createdAt: m.createdAt.toISOString(),
});

interface Row extends ConversationEntity {
  unread: number;
  preview: string | null;
}

/**
 * Conversations between citizens and their jobcentre: text only, length-limited, rate-limited per
 * citizen; staff reads are audited and scoped to the municipality; every change is announced live
 * (pg_notify in its transaction) to the citizen's open tabs and the jobcentre's inbox, and to other
 * modules as the `message.sent` module event (notifications tells the other side).
 */
@Injectable()
export class MessagingService {
  constructor(
    @InjectRepository(ConversationEntity) private readonly conversations: Repository<ConversationEntity>,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    private readonly cases: CitizenCasesService,
    private readonly bus: CaseEventBus,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly dataSource: DataSource,
  ) {}

  // ── the citizen ─────────────────────────────────────────────────────────────

  async start(citizen: CitizenPrincipal, subject: string, message: string): Promise<ConversationThreadDto> {
    const id = await this.dataSource.transaction((m) => this.open(m, citizen, subject, message, 'citizen'));
    return this.thread(citizen, id);
  }

  /** Opens a conversation with its first message in the caller's transaction; returns its id. */
  async open(
    m: EntityManager,
    citizen: CitizenPrincipal,
    subject: string,
    message: string,
    origin: 'citizen' | 'question',
  ): Promise<string> {
    const kase = await this.cases.activeCase(citizen.id, m);
    await this.checkRate(citizen.id, m);
    const now = new Date();
    const conversation = await m.save(
      m.create(ConversationEntity, {
        citizenId: citizen.id,
        municipalityCode: kase.municipalityCode,
        subject,
        status: 'open',
        assignedTo: null,
        assignedName: null,
        origin,
        lastMessageAt: now,
        firstResponseAt: null,
        citizenReadAt: now,
        staffReadAt: null,
        closedAt: null,
      }),
    );
    await this.write(m, conversation, {
      authorKind: 'citizen',
      authorId: citizen.id,
      authorName: citizen.name,
      body: message,
      internal: false,
    });
    return conversation.id;
  }

  async mine(
    citizen: CitizenPrincipal,
    page: { page: number; limit: number; offset: number },
  ): Promise<Page<ConversationDto>> {
    const [rows, total] = await Promise.all([
      this.rows('c.citizen_id = $1', [citizen.id], 'citizen', page),
      this.conversations.countBy({ citizenId: citizen.id }),
    ]);
    return toPage(
      rows.map((r) => this.dto(r, 'citizen')),
      total,
      page,
    );
  }

  /** The thread as the citizen sees it (no internal notes); reading it sends a read receipt. */
  async thread(citizen: CitizenPrincipal, id: string): Promise<ConversationThreadDto> {
    const conversation = await this.conversations.findOneBy({ id, citizenId: citizen.id });
    if (!conversation) throw new MessagingException(MessagingErrorCode.ConversationNotFound);
    const messages = await this.messages.find({
      where: { conversationId: id, internal: false },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    await this.markRead(conversation, 'citizen');
    const { openNow, nextAnswerFrom } = opening();
    return {
      ...this.dto({ ...conversation, unread: 0, preview: messages.at(-1)?.body.slice(0, PREVIEW) ?? null }, 'citizen'),
      messages: messages.map(messageDto),
      opening: { openNow, nextAnswerFrom: nextAnswerFrom.toISOString() },
    };
  }

  async post(citizen: CitizenPrincipal, id: string, body: string): Promise<MessageDto> {
    return this.dataSource.transaction(async (m) => {
      const conversation = await m.findOne(ConversationEntity, {
        where: { id, citizenId: citizen.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conversation) throw new MessagingException(MessagingErrorCode.ConversationNotFound);
      if (conversation.status === 'closed') throw new MessagingException(MessagingErrorCode.ConversationClosed);
      await this.checkRate(citizen.id, m);
      return messageDto(
        await this.write(m, conversation, {
          authorKind: 'citizen',
          authorId: citizen.id,
          authorName: citizen.name,
          body,
          internal: false,
        }),
      );
    });
  }

  // ── the jobcentre ───────────────────────────────────────────────────────────

  async inbox(actor: StaffPrincipal, query: InboxQueryDto): Promise<Page<InboxItemDto>> {
    const status = query.status ?? 'open';
    const assigned = query.assigned ?? 'all';
    const where = ['c.municipality_code = $1', 'c.status = $2'];
    const params: unknown[] = [actor.municipalityCode, status];
    if (assigned === 'me') where.push(`c.assigned_to = $${params.push(actor.id)}`);
    if (assigned === 'unassigned') where.push('c.assigned_to IS NULL');
    const sql = where.join(' AND ');
    const [rows, [{ n }]] = await Promise.all([
      this.rows(sql, params, 'staff', query),
      this.dataSource.query(`SELECT count(*)::int AS n FROM messaging.conversation c WHERE ${sql}`, params) as Promise<
        Array<{ n: number }>
      >,
    ]);
    const cases = await this.cases.casesOf(
      actor.municipalityCode,
      rows.map((r) => r.citizenId),
    );
    // The inbox shows who wrote: one audited read per citizen listed.
    await this.audit.recordMany(
      { kind: 'staff', id: actor.id, name: actor.name, municipalityCode: actor.municipalityCode },
      [...new Set(rows.map((r) => r.citizenId))].map((citizenId) => ({
        citizenId,
        action: 'read' as const,
        resource: 'conversations',
        resourceId: citizenId,
        purpose: cases.get(citizenId)?.assignedCaseworkerId === actor.id ? 'caseload' : 'inbox',
      })),
    );
    return toPage(
      rows.map((r) => ({
        ...this.dto(r, 'staff'),
        citizenId: r.citizenId,
        citizenName: cases.get(r.citizenId)?.name ?? '',
        assignedTo: r.assignedTo,
      })),
      n,
      query,
    );
  }

  async staffThread(actor: StaffPrincipal, id: string, purpose?: string): Promise<StaffThreadDto> {
    const conversation = await this.inMunicipality(actor, id);
    const kase = await this.cases.authorize(actor, conversation.citizenId, {
      action: 'read',
      resource: 'conversation',
      purpose: purpose ?? inboxPurpose(actor),
    });
    const messages = await this.messages.find({
      where: { conversationId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    await this.markRead(conversation, 'staff');
    return {
      ...this.dto({ ...conversation, unread: 0, preview: messages.at(-1)?.body.slice(0, PREVIEW) ?? null }, 'staff'),
      citizenId: kase.id,
      citizenName: kase.name,
      assignedTo: conversation.assignedTo,
      messages: messages.map(messageDto),
    };
  }

  /** A reply (or an internal note). The first reply to the citizen records the first-response time; an unassigned conversation becomes the replier's. */
  async reply(actor: StaffPrincipal, id: string, body: string, internal: boolean): Promise<MessageDto> {
    const found = await this.inMunicipality(actor, id);
    await this.cases.authorize(actor, found.citizenId, {
      action: 'update',
      resource: 'conversation',
      purpose: inboxPurpose(actor),
    });
    return this.dataSource.transaction(async (m) => {
      const conversation = (await m.findOne(ConversationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      }))!;
      if (conversation.status === 'closed' && !internal)
        throw new MessagingException(MessagingErrorCode.ConversationClosed);
      const changes: Partial<ConversationEntity> = {};
      if (!internal && !conversation.firstResponseAt) changes.firstResponseAt = new Date();
      if (!conversation.assignedTo) Object.assign(changes, { assignedTo: actor.id, assignedName: actor.name });
      if (Object.keys(changes).length) await m.update(ConversationEntity, { id }, changes);
      return messageDto(
        await this.write(
          m,
          { ...conversation, ...changes },
          { authorKind: 'staff', authorId: actor.id, authorName: actor.name, body, internal },
        ),
      );
    });
  }

  async assign(actor: StaffPrincipal, id: string, staffId: string): Promise<InboxItemDto> {
    const conversation = await this.inMunicipality(actor, id);
    const caseworker = (await this.identity.caseworkers(actor.municipalityCode)).find((c) => c.id === staffId);
    if (!caseworker) throw new MessagingException(MessagingErrorCode.NotACaseworker);
    return this.change(actor, conversation, { assignedTo: caseworker.id, assignedName: caseworker.name });
  }

  async claim(actor: StaffPrincipal, id: string): Promise<InboxItemDto> {
    return this.change(actor, await this.inMunicipality(actor, id), { assignedTo: actor.id, assignedName: actor.name });
  }

  async setStatus(actor: StaffPrincipal, id: string, status: 'open' | 'closed'): Promise<InboxItemDto> {
    return this.change(actor, await this.inMunicipality(actor, id), {
      status,
      closedAt: status === 'closed' ? new Date() : null,
    });
  }

  /** First-response times (minutes) of a municipality's conversations answered in a period (for the KPIs and the report). */
  /**
   * KPI per month (Copenhagen time): median minutes to the jobcentre's first answer of conversations
   * begun that month, and questions to the knowledge base — asked, answered yes/no by the citizen, yes.
   */
  async responseStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole = false,
  ): Promise<
    Array<{
      month: string;
      answered: number;
      medianFirstResponseMinutes: number | null;
      questions: number;
      rated: number;
      resolved: number;
    }>
  > {
    const params = [municipalityCode, from, to, citizenIds, whole];
    const conversations = (await this.dataSource.query(
      `SELECT CASE WHEN $5 THEN 'total' ELSE to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') END AS month, count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at) / 60) AS m
         FROM messaging.conversation WHERE municipality_code = $1 AND first_response_at IS NOT NULL AND created_at >= $2 AND created_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1`,
      params,
    )) as Array<{ month: string; n: number; m: number }>;
    const questions = (await this.dataSource.query(
      `SELECT CASE WHEN $5 THEN 'total' ELSE to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') END AS month, count(*)::int AS asked, count(resolved)::int AS rated, count(*) FILTER (WHERE resolved)::int AS resolved
         FROM messaging.question WHERE municipality_code = $1 AND created_at >= $2 AND created_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1`,
      params,
    )) as Array<{ month: string; asked: number; rated: number; resolved: number }>;
    const months = [...new Set([...conversations.map((c) => c.month), ...questions.map((q) => q.month)])].sort();
    return months.map((month) => {
      const c = conversations.find((r) => r.month === month);
      const q = questions.find((r) => r.month === month);
      return {
        month,
        answered: c?.n ?? 0,
        medianFirstResponseMinutes: c ? Math.round(Number(c.m) * 10) / 10 : null,
        questions: q?.asked ?? 0,
        rated: q?.rated ?? 0,
        resolved: q?.resolved ?? 0,
      };
    });
  }

  async medianFirstResponseMinutes(municipalityCode: string, from: Date, to: Date): Promise<number | null> {
    const [row] = (await this.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at) / 60) AS m
         FROM messaging.conversation WHERE municipality_code = $1 AND first_response_at IS NOT NULL AND created_at >= $2 AND created_at < $3`,
      [municipalityCode, from, to],
    )) as Array<{ m: number | null }>;
    return row?.m === null || row?.m === undefined ? null : Math.round(Number(row.m) * 10) / 10;
  }

  // ── internals ───────────────────────────────────────────────────────────────

  /** A claim, assignment, close or reopen: an audited change of the citizen's conversation (the answer names the citizen). */
  private async change(
    actor: StaffPrincipal,
    conversation: ConversationEntity,
    changes: Partial<ConversationEntity>,
  ): Promise<InboxItemDto> {
    const kase = await this.cases.authorize(actor, conversation.citizenId, {
      action: 'update',
      resource: 'conversation',
      purpose: inboxPurpose(actor),
    });
    await this.dataSource.transaction(async (m) => {
      await m.update(ConversationEntity, { id: conversation.id }, changes);
      await this.realtime.publish(m, inboxTopic(conversation.municipalityCode), 'conversation', {
        conversationId: conversation.id,
      });
      await this.realtime.publish(m, citizenTopic(conversation.citizenId), 'conversation', {
        conversationId: conversation.id,
      });
    });
    const [row] = await this.rows('c.id = $1', [conversation.id], 'staff', { limit: 1, offset: 0 });
    return { ...this.dto(row, 'staff'), citizenId: row.citizenId, citizenName: kase.name, assignedTo: row.assignedTo };
  }

  private async inMunicipality(actor: StaffPrincipal, id: string): Promise<ConversationEntity> {
    const conversation = await this.conversations.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!conversation) throw new MessagingException(MessagingErrorCode.ConversationNotFound);
    return conversation;
  }

  private async write(
    m: EntityManager,
    conversation: ConversationEntity,
    message: Pick<MessageEntity, 'authorKind' | 'authorId' | 'authorName' | 'body' | 'internal'>,
  ): Promise<MessageEntity> {
    const saved = await m.save(m.create(MessageEntity, { ...message, conversationId: conversation.id }));
    const readColumn =
      message.authorKind === 'citizen' ? { citizenReadAt: saved.createdAt } : { staffReadAt: saved.createdAt };
    await m.update(
      ConversationEntity,
      { id: conversation.id },
      { lastMessageAt: saved.createdAt, ...(message.internal ? {} : readColumn) },
    );
    const data = { conversationId: conversation.id, messageId: saved.id };
    await this.realtime.publish(m, inboxTopic(conversation.municipalityCode), 'message', data);
    if (!message.internal) await this.realtime.publish(m, citizenTopic(conversation.citizenId), 'message', data);
    const event: MessageEvent = {
      conversationId: conversation.id,
      messageId: saved.id,
      citizenId: conversation.citizenId,
      municipalityCode: conversation.municipalityCode,
      assignedTo: conversation.assignedTo,
      authorKind: message.authorKind,
      authorId: message.authorId,
      internal: message.internal,
      subject: conversation.subject,
    };
    await this.bus.emit('message.sent', event, m);
    return saved;
  }

  /**
   * Marks the other side's messages read and sends the read receipt — only when something was
   * unread, so two open pages never keep telling each other (each receipt makes the other refetch).
   */
  private async markRead(conversation: ConversationEntity, side: 'citizen' | 'staff'): Promise<void> {
    const column = side === 'citizen' ? 'citizen_read_at' : 'staff_read_at';
    const other = side === 'citizen' ? 'staff' : 'citizen';
    await this.dataSource.transaction(async (m) => {
      const [, changed] = (await m.query(
        `UPDATE messaging.conversation c SET ${column} = now()
          WHERE c.id = $1 AND EXISTS (SELECT 1 FROM messaging.message x WHERE x.conversation_id = c.id AND x.author_kind = '${other}' AND NOT x.internal AND x.created_at > coalesce(c.${column}, '-infinity'))`,
        [conversation.id],
      )) as [unknown, number];
      if (changed)
        await this.realtime.publish(
          m,
          side === 'citizen' ? inboxTopic(conversation.municipalityCode) : citizenTopic(conversation.citizenId),
          'read',
          { conversationId: conversation.id, by: side },
        );
    });
  }

  private async checkRate(citizenId: string, m: EntityManager): Promise<void> {
    const [{ n }] = (await m.query(
      `SELECT count(*)::int AS n FROM messaging.message WHERE author_id = $1 AND created_at > now() - make_interval(mins => $2)`,
      [citizenId, RATE_WINDOW_MINUTES],
    )) as Array<{ n: number }>;
    if (n >= RATE_LIMIT)
      throw new MessagingException(
        MessagingErrorCode.TooManyMessages,
        `At most ${RATE_LIMIT} messages in ${RATE_WINDOW_MINUTES} minutes.`,
      );
  }

  /**
   * Mit overblik: open conversations assigned to this staff member with a citizen message they have not read,
   * and open conversations nobody has taken yet (the inbox's "unassigned" list). Counts only: no citizen is read.
   */
  async overviewCounts(
    municipalityCode: string,
    staffId: string,
  ): Promise<{ unreadAssigned: number; unassigned: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE c.assigned_to = $2 AND EXISTS (SELECT 1 FROM messaging.message m WHERE m.conversation_id = c.id AND m.author_kind = 'citizen' AND m.created_at > coalesce(c.staff_read_at, '-infinity')))::int AS unread,
              count(*) FILTER (WHERE c.assigned_to IS NULL)::int AS unassigned
         FROM messaging.conversation c WHERE c.municipality_code = $1 AND c.status = 'open'`,
      [municipalityCode, staffId],
    )) as Array<{ unread: number; unassigned: number }>;
    return { unreadAssigned: row.unread, unassigned: row.unassigned };
  }

  /** Conversations with the reader's unread count and the last visible message, newest activity first. */
  private async rows(
    where: string,
    params: unknown[],
    reader: 'citizen' | 'staff',
    page: { limit: number; offset: number },
  ): Promise<Row[]> {
    const other = reader === 'citizen' ? 'staff' : 'citizen';
    const readAt = reader === 'citizen' ? 'c.citizen_read_at' : 'c.staff_read_at';
    const visible = reader === 'citizen' ? 'AND NOT m.internal' : '';
    const rows = (await this.dataSource.query(
      `SELECT c.*,
              (SELECT count(*)::int FROM messaging.message m WHERE m.conversation_id = c.id AND m.author_kind = '${other}' AND NOT m.internal AND m.created_at > coalesce(${readAt}, '-infinity')) AS unread,
              (SELECT left(m.body, ${PREVIEW}) FROM messaging.message m WHERE m.conversation_id = c.id ${visible} ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS preview
         FROM messaging.conversation c WHERE ${where}
        ORDER BY c.last_message_at DESC, c.id DESC LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}`,
      params,
    )) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: r['id'] as string,
      citizenId: r['citizen_id'] as string,
      municipalityCode: r['municipality_code'] as string,
      subject: r['subject'] as string,
      status: r['status'] as 'open' | 'closed',
      assignedTo: r['assigned_to'] as string | null,
      assignedName: r['assigned_name'] as string | null,
      origin: r['origin'] as 'citizen' | 'question',
      createdAt: r['created_at'] as Date,
      lastMessageAt: r['last_message_at'] as Date,
      firstResponseAt: r['first_response_at'] as Date | null,
      citizenReadAt: r['citizen_read_at'] as Date | null,
      staffReadAt: r['staff_read_at'] as Date | null,
      closedAt: r['closed_at'] as Date | null,
      unread: r['unread'] as number,
      preview: r['preview'] as string | null,
    }));
  }

  private dto(r: Row, reader: 'citizen' | 'staff'): ConversationDto {
    const otherReadAt = reader === 'citizen' ? r.staffReadAt : r.citizenReadAt;
    return {
      id: r.id,
      subject: r.subject,
      status: r.status,
      assignedName: r.assignedName,
      createdAt: r.createdAt.toISOString(),
      lastMessageAt: r.lastMessageAt.toISOString(),
      unread: r.unread,
      preview: r.preview,
      otherReadAt: otherReadAt?.toISOString() ?? null,
      firstResponseAt: r.firstResponseAt?.toISOString() ?? null,
    };
  }
}
