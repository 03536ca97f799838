import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { type Page, toPage } from '@jobunivers/api/http';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { ConversationDto, ConversationThreadDto, MessageDto } from './dto/messaging.dto';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import { ConversationViewsService, conversationDto, messageDto } from './conversation-views.service';
import { MessageWriterService } from './message-writer.service';
import { MessagingErrorCode, MessagingException } from './messaging.errors';
import { MessagingRepository, PREVIEW } from './messaging.repository';
import { opening } from './opening-hours';

/** At most this many messages from one citizen in RATE_WINDOW_MINUTES (then 429). */
export const RATE_LIMIT = 20;
export const RATE_WINDOW_MINUTES = 10;

/**
 * The citizen's side of messaging: their conversations, writing to the jobcentre (a new conversation or a message in
 * one, rate-limited per citizen) and reading a thread (without internal notes; reading sends a read receipt).
 */
@Injectable()
export class CitizenConversationsService {
  constructor(
    @InjectRepository(ConversationEntity) private readonly conversations: Repository<ConversationEntity>,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    private readonly views: ConversationViewsService,
    private readonly writer: MessageWriterService,
    private readonly repository: MessagingRepository,
    private readonly cases: CitizenCasesService,
    private readonly dataSource: DataSource,
  ) {}

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
    await this.writer.write(m, conversation, {
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
      this.views.list({ citizenId: citizen.id }, 'citizen', page),
      this.conversations.countBy({ citizenId: citizen.id }),
    ]);
    return toPage(
      rows.map((r) => conversationDto(r, 'citizen')),
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
    await this.writer.markRead(conversation, 'citizen');
    const { openNow, nextAnswerFrom } = opening();
    return {
      ...conversationDto(
        { ...conversation, unread: 0, preview: messages.at(-1)?.body.slice(0, PREVIEW) ?? null },
        'citizen',
      ),
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
        await this.writer.write(m, conversation, {
          authorKind: 'citizen',
          authorId: citizen.id,
          authorName: citizen.name,
          body,
          internal: false,
        }),
      );
    });
  }

  private async checkRate(citizenId: string, m: EntityManager): Promise<void> {
    const n = await this.repository.recentMessageCount(m, citizenId, RATE_WINDOW_MINUTES);
    if (n >= RATE_LIMIT)
      throw new MessagingException(
        MessagingErrorCode.TooManyMessages,
        `At most ${RATE_LIMIT} messages in ${RATE_WINDOW_MINUTES} minutes.`,
      );
  }
}
