import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { type Page, toPage } from '@jobunivers/api/http';
import { IdentityService, type StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, Repository } from 'typeorm';
import type { InboxItemDto, InboxQueryDto, MessageDto, StaffThreadDto } from './dto/messaging.dto';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import { ConversationViewsService, conversationDto, messageDto } from './conversation-views.service';
import { MessageWriterService } from './message-writer.service';
import { MessagingErrorCode, MessagingException } from './messaging.errors';
import { type InboxFilter, MessagingRepository, PREVIEW } from './messaging.repository';

/** Why staff outside the caseload open a conversation: the citizen wrote to the jobcentre (team leads read as management). */
const inboxPurpose = (actor: StaffPrincipal): string | undefined =>
  actor.roles.includes('team_lead') ? undefined : 'answering the citizen’s message';

/**
 * The jobcentre's inbox: the list (mine, unassigned, all; each citizen listed is an audited read), a thread with its
 * internal notes, replies and notes (the first reply records the first-response time), claim, assign, close and
 * reopen — always within the staff member's municipality.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectRepository(ConversationEntity) private readonly conversations: Repository<ConversationEntity>,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    private readonly views: ConversationViewsService,
    private readonly writer: MessageWriterService,
    private readonly repository: MessagingRepository,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async inbox(actor: StaffPrincipal, query: InboxQueryDto): Promise<Page<InboxItemDto>> {
    const status = query.status ?? 'open';
    const assigned = query.assigned ?? 'all';
    const filter: InboxFilter = { municipalityCode: actor.municipalityCode, status };
    if (assigned === 'me') filter.assignedTo = actor.id;
    if (assigned === 'unassigned') filter.assignedTo = null;
    const [rows, n] = await Promise.all([
      this.views.list(filter, 'staff', query),
      this.repository.countConversations(filter),
    ]);
    const cases = await this.cases.casesOf(
      actor.municipalityCode,
      rows.map((r) => r.citizenId),
    );
    // The inbox shows who wrote: one audited read per citizen listed.
    await this.audit.recordListRead(actor, {
      citizenIds: rows.map((r) => r.citizenId),
      resource: 'conversations',
      purpose: (citizenId) => (cases.get(citizenId)?.assignedCaseworkerId === actor.id ? 'caseload' : 'inbox'),
    });
    return toPage(
      rows.map((r) => ({
        ...conversationDto(r, 'staff'),
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
    await this.writer.markRead(conversation, 'staff');
    return {
      ...conversationDto(
        { ...conversation, unread: 0, preview: messages.at(-1)?.body.slice(0, PREVIEW) ?? null },
        'staff',
      ),
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
        await this.writer.write(
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
    await this.writer.change(conversation, changes);
    const [row] = await this.views.list({ id: conversation.id }, 'staff', { limit: 1, offset: 0 });
    return {
      ...conversationDto(row, 'staff'),
      citizenId: row.citizenId,
      citizenName: kase.name,
      assignedTo: row.assignedTo,
    };
  }

  private async inMunicipality(actor: StaffPrincipal, id: string): Promise<ConversationEntity> {
    const conversation = await this.conversations.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!conversation) throw new MessagingException(MessagingErrorCode.ConversationNotFound);
    return conversation;
  }
}
