import { Injectable } from '@nestjs/common';
import type { ConversationDto, MessageDto } from './dto/messaging.dto';
import type { ConversationEntity } from './entities/conversation.entity';
import type { MessageEntity } from './entities/message.entity';
import { type ConversationFilter, MessagingRepository, type Reader } from './messaging.repository';

/** A conversation with the reader's unread count and the start of the last message they can see. */
export interface ConversationSummary extends ConversationEntity {
  unread: number;
  preview: string | null;
}

export const messageDto = (m: MessageEntity): MessageDto => ({
  id: m.id,
  authorKind: m.authorKind,
  authorName: m.authorName,
  body: m.body,
  internal: m.internal,
  createdAt: m.createdAt.toISOString(),
});

/** The conversation as its reader sees it: when the other side last read it, and what is unread for the reader. */
export const conversationDto = (r: ConversationSummary, reader: Reader): ConversationDto => {
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
};

/** Conversation lists as the citizen and as staff see them (the citizen never sees internal notes). */
@Injectable()
export class ConversationViewsService {
  constructor(private readonly repository: MessagingRepository) {}

  /** Conversations with the reader's unread count and the last visible message, newest activity first. */
  async list(
    filter: ConversationFilter,
    reader: Reader,
    page: { limit: number; offset: number },
  ): Promise<ConversationSummary[]> {
    const rows = await this.repository.conversations(filter, reader, page);
    return rows.map((r) => ({
      id: r.id,
      citizenId: r.citizen_id,
      municipalityCode: r.municipality_code,
      subject: r.subject,
      status: r.status,
      assignedTo: r.assigned_to,
      assignedName: r.assigned_name,
      origin: r.origin,
      createdAt: r.created_at,
      lastMessageAt: r.last_message_at,
      firstResponseAt: r.first_response_at,
      citizenReadAt: r.citizen_read_at,
      staffReadAt: r.staff_read_at,
      closedAt: r.closed_at,
      unread: r.unread,
      preview: r.preview,
    }));
  }
}
