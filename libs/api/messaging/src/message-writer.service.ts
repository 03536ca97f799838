import { Injectable } from '@nestjs/common';
import { CaseEventBus } from '@jobunivers/api/citizens';
import { type LiveTopic, RealtimeService } from '@jobunivers/api/realtime';
import { DataSource, type EntityManager } from 'typeorm';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import type { MessageEvent } from './events/message.event';
import { MessagingRepository, type Reader } from './messaging.repository';

const citizenTopic = (id: string): LiveTopic => `citizen:${id}`;
const inboxTopic = (municipalityCode: string): LiveTopic => `inbox:${municipalityCode}`;

/**
 * Writing to a conversation and announcing it: a new message or note, a read receipt, a change of the conversation —
 * each published live (pg_notify in its transaction) to the citizen's open tabs and the jobcentre's inbox; a message
 * is also the `message.sent` module event to other modules (notifications tells the other side).
 */
@Injectable()
export class MessageWriterService {
  constructor(
    private readonly repository: MessagingRepository,
    private readonly bus: CaseEventBus,
    private readonly realtime: RealtimeService,
    private readonly dataSource: DataSource,
  ) {}

  /** A message (or internal note) in the caller's transaction: saved, the conversation's times moved on, announced. */
  async write(
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
  async markRead(conversation: ConversationEntity, side: Reader): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const changed = await this.repository.markRead(m, conversation.id, side);
      if (changed)
        await this.realtime.publish(
          m,
          side === 'citizen' ? inboxTopic(conversation.municipalityCode) : citizenTopic(conversation.citizenId),
          'read',
          { conversationId: conversation.id, by: side },
        );
    });
  }

  /** A claim, assignment, close or reopen: the conversation changed and announced to the inbox and the citizen's tabs. */
  async change(conversation: ConversationEntity, changes: Partial<ConversationEntity>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.update(ConversationEntity, { id: conversation.id }, changes);
      await this.realtime.publish(m, inboxTopic(conversation.municipalityCode), 'conversation', {
        conversationId: conversation.id,
      });
      await this.realtime.publish(m, citizenTopic(conversation.citizenId), 'conversation', {
        conversationId: conversation.id,
      });
    });
  }
}
