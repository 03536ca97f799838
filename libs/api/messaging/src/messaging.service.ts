import { Injectable } from '@nestjs/common';
import { MessagingFactsService, type ResponseMonth } from './messaging-facts.service';

/**
 * Conversations between citizens and their jobcentre: text only, length-limited, rate-limited per
 * citizen; staff reads are audited and scoped to the municipality; every change is announced live
 * (pg_notify in its transaction) to the citizen's open tabs and the jobcentre's inbox, and to other
 * modules as the `message.sent` module event (notifications tells the other side).
 *
 * This is the facade other modules call. Messaging works by concern behind it:
 * - `CitizenConversationsService`: the citizen's conversations, writing to the jobcentre, reading a thread;
 * - `InboxService`: the jobcentre's inbox, threads with internal notes, replies, claim, assign, close, reopen;
 * - `MessageWriterService`: every message, read receipt and change of a conversation, and their announcements
 *   (live to the tabs and the inbox; `message.sent` to other modules);
 * - `ConversationViewsService`: conversation lists as the citizen and as staff see them;
 * - `MessagingFactsService`: first-response times, question counts and the staff overview's counts;
 * - `KnowledgeBaseService`: the 24/7 articles and questions;
 * - `MessagingRepository`: the SQL.
 */
@Injectable()
export class MessagingService {
  constructor(private readonly facts: MessagingFactsService) {}

  /**
   * KPI per month (Copenhagen time): median minutes to the jobcentre's first answer of conversations
   * begun that month, and questions to the knowledge base — asked, answered yes/no by the citizen, yes.
   */
  responseStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole = false,
  ): Promise<ResponseMonth[]> {
    return this.facts.responseStats(municipalityCode, citizenIds, from, to, whole);
  }

  /**
   * Mit overblik: open conversations assigned to this staff member with a citizen message they have not read,
   * and open conversations nobody has taken yet (the inbox's "unassigned" list). Counts only: no citizen is read.
   */
  overviewCounts(municipalityCode: string, staffId: string): Promise<{ unreadAssigned: number; unassigned: number }> {
    return this.facts.overviewCounts(municipalityCode, staffId);
  }
}
