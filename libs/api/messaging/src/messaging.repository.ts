import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import type { ConversationStatus } from './entities/conversation.entity';

/** Characters of the last message a conversation shows as its preview. */
export const PREVIEW = 120;

/** The weighted document of each language (title A, body B): the same expressions as the GIN indexes. */
export const ARTICLE_DA_VECTOR = `(setweight(to_tsvector('danish_unaccent', a.title_da), 'A') || setweight(to_tsvector('danish_unaccent', a.body_da), 'B'))`;
export const ARTICLE_EN_VECTOR = `(setweight(to_tsvector('english', a.title_en), 'A') || setweight(to_tsvector('english', a.body_en), 'B'))`;
/** A question in the citizen's own words → any of its words (stemmed, stop words dropped), OR-ed. */
const anyWord = (config: string) =>
  `coalesce((SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('${config}', $1))) l), '')::tsquery`;

/** Who reads a conversation list: the citizen (internal notes hidden) or staff. */
export type Reader = 'citizen' | 'staff';

/** The jobcentre's inbox: a municipality's conversations of one status — all, nobody's (`assignedTo: null`) or one person's. */
export interface InboxFilter {
  municipalityCode: string;
  status: ConversationStatus;
  assignedTo?: string | null;
}

/** Which conversations to list: one conversation, one citizen's, or the jobcentre's inbox. */
export type ConversationFilter = { id: string } | { citizenId: string } | InboxFilter;

/** A listed conversation: its columns, the reader's unread count and the start of the last message they can see. */
export interface ConversationListRow {
  id: string;
  citizen_id: string;
  municipality_code: string;
  subject: string;
  status: ConversationStatus;
  assigned_to: string | null;
  assigned_name: string | null;
  origin: 'citizen' | 'question';
  created_at: Date;
  last_message_at: Date;
  first_response_at: Date | null;
  citizen_read_at: Date | null;
  staff_read_at: Date | null;
  closed_at: Date | null;
  unread: number;
  preview: string | null;
}

/** Conversations answered, with the median minutes to the first answer, per month (or `'total'`). */
export interface FirstResponseMonthRow {
  month: string;
  n: number;
  m: number;
}

/** Questions to the knowledge base per month (or `'total'`): asked, rated yes/no by the citizen, yes. */
export interface QuestionMonthRow {
  month: string;
  asked: number;
  rated: number;
  resolved: number;
}

/** The staff member's unread assigned conversations and the open conversations nobody has taken. */
export interface OverviewCountsRow {
  unread: number;
  unassigned: number;
}

/** A published article matching a question, with its rank. */
export interface ArticleMatchRow {
  id: string;
  rank: number;
}

/** Questions asked in a period: all, answered by the articles, and sent on to a caseworker. */
export interface QuestionCountsRow {
  questions: number;
  resolved: number;
  escalated: number;
}

/** The messaging module's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class MessagingRepository extends SqlRepository {
  /** The WHERE condition (on `c`, the conversation) and its parameters. */
  private where(filter: ConversationFilter): { sql: string; params: unknown[] } {
    if ('id' in filter) return { sql: 'c.id = $1', params: [filter.id] };
    if ('citizenId' in filter) return { sql: 'c.citizen_id = $1', params: [filter.citizenId] };
    const where = ['c.municipality_code = $1', 'c.status = $2'];
    const params: unknown[] = [filter.municipalityCode, filter.status];
    if (typeof filter.assignedTo === 'string') where.push(`c.assigned_to = $${params.push(filter.assignedTo)}`);
    if (filter.assignedTo === null) where.push('c.assigned_to IS NULL');
    return { sql: where.join(' AND '), params };
  }

  /** Conversations with the reader's unread count and the last visible message, newest activity first. */
  conversations(
    filter: ConversationFilter,
    reader: Reader,
    page: { limit: number; offset: number },
  ): Promise<ConversationListRow[]> {
    const { sql, params } = this.where(filter);
    const other = reader === 'citizen' ? 'staff' : 'citizen';
    const readAt = reader === 'citizen' ? 'c.citizen_read_at' : 'c.staff_read_at';
    const visible = reader === 'citizen' ? 'AND NOT m.internal' : '';
    return this.q(
      `SELECT c.id, c.citizen_id, c.municipality_code, c.subject, c.status, c.assigned_to, c.assigned_name, c.origin,
              c.created_at, c.last_message_at, c.first_response_at, c.citizen_read_at, c.staff_read_at, c.closed_at,
              (SELECT count(*)::int FROM messaging.message m WHERE m.conversation_id = c.id AND m.author_kind = '${other}' AND NOT m.internal AND m.created_at > coalesce(${readAt}, '-infinity')) AS unread,
              (SELECT left(m.body, ${PREVIEW}) FROM messaging.message m WHERE m.conversation_id = c.id ${visible} ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS preview
         FROM messaging.conversation c WHERE ${sql}
        ORDER BY c.last_message_at DESC, c.id DESC LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}`,
      params,
    );
  }

  /** How many conversations the inbox filter matches (for the page's total). */
  async countConversations(filter: InboxFilter): Promise<number> {
    const { sql, params } = this.where(filter);
    const [{ n }] = await this.q<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM messaging.conversation c WHERE ${sql}`,
      params,
    );
    return n;
  }

  /**
   * Sets the reader's read time to now if the other side wrote anything visible after it; answers how many
   * conversations changed (0 or 1).
   */
  async markRead(manager: EntityManager, conversationId: string, reader: Reader): Promise<number> {
    const column = reader === 'citizen' ? 'citizen_read_at' : 'staff_read_at';
    const other = reader === 'citizen' ? 'staff' : 'citizen';
    const [, changed] = await this.q<[unknown, number]>(
      `UPDATE messaging.conversation c SET ${column} = now()
          WHERE c.id = $1 AND EXISTS (SELECT 1 FROM messaging.message x WHERE x.conversation_id = c.id AND x.author_kind = '${other}' AND NOT x.internal AND x.created_at > coalesce(c.${column}, '-infinity'))`,
      [conversationId],
      manager,
    );
    return changed;
  }

  /** Messages (and notes) written by this author in the last `minutes` minutes. */
  async recentMessageCount(manager: EntityManager, authorId: string, minutes: number): Promise<number> {
    const [{ n }] = await this.q<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM messaging.message WHERE author_id = $1 AND created_at > now() - make_interval(mins => $2)`,
      [authorId, minutes],
      manager,
    );
    return n;
  }

  /**
   * Conversations begun in [from, to) and answered, per month (Copenhagen time) or in total (`whole`), with the median
   * minutes to the first answer; optionally of some citizens only.
   */
  firstResponsesByMonth(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole: boolean,
  ): Promise<FirstResponseMonthRow[]> {
    return this.q(
      `SELECT CASE WHEN $5 THEN 'total' ELSE to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') END AS month, count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at) / 60) AS m
         FROM messaging.conversation WHERE municipality_code = $1 AND first_response_at IS NOT NULL AND created_at >= $2 AND created_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1`,
      [municipalityCode, from, to, citizenIds, whole],
    );
  }

  /**
   * Questions to the knowledge base asked in [from, to), per month (Copenhagen time) or in total (`whole`): asked,
   * rated, resolved; optionally of some citizens only.
   */
  questionsByMonth(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole: boolean,
  ): Promise<QuestionMonthRow[]> {
    return this.q(
      `SELECT CASE WHEN $5 THEN 'total' ELSE to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') END AS month, count(*)::int AS asked, count(resolved)::int AS rated, count(*) FILTER (WHERE resolved)::int AS resolved
         FROM messaging.question WHERE municipality_code = $1 AND created_at >= $2 AND created_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1`,
      [municipalityCode, from, to, citizenIds, whole],
    );
  }

  /** Median minutes to the first answer of the municipality's conversations begun in [from, to) (null: none answered). */
  async medianFirstResponse(municipalityCode: string, from: Date, to: Date): Promise<number | null> {
    const [row] = await this.q<Array<{ m: number | null }>>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at) / 60) AS m
         FROM messaging.conversation WHERE municipality_code = $1 AND first_response_at IS NOT NULL AND created_at >= $2 AND created_at < $3`,
      [municipalityCode, from, to],
    );
    return row?.m ?? null;
  }

  /** Open conversations of the municipality: assigned to the staff member with an unread citizen message, and unassigned. */
  async overviewCounts(municipalityCode: string, staffId: string): Promise<OverviewCountsRow> {
    const [row] = await this.q<OverviewCountsRow[]>(
      `SELECT count(*) FILTER (WHERE c.assigned_to = $2 AND EXISTS (SELECT 1 FROM messaging.message m WHERE m.conversation_id = c.id AND m.author_kind = 'citizen' AND m.created_at > coalesce(c.staff_read_at, '-infinity')))::int AS unread,
              count(*) FILTER (WHERE c.assigned_to IS NULL)::int AS unassigned
         FROM messaging.conversation c WHERE c.municipality_code = $1 AND c.status = 'open'`,
      [municipalityCode, staffId],
    );
    return row;
  }

  /** Published articles (shared or the municipality's) sharing a word with the question, best first. */
  searchArticles(question: string, municipalityCode: string, limit: number): Promise<ArticleMatchRow[]> {
    return this.q(
      `WITH q AS (SELECT ${anyWord('danish_unaccent')} AS da, ${anyWord('english')} AS en)
       SELECT a.id, greatest(ts_rank(${ARTICLE_DA_VECTOR}, q.da, 1), ts_rank(${ARTICLE_EN_VECTOR}, q.en, 1)) AS rank
         FROM messaging.article a, q
        WHERE a.status = 'published' AND (a.municipality_code IS NULL OR a.municipality_code = $2)
          AND (${ARTICLE_DA_VECTOR} @@ q.da OR ${ARTICLE_EN_VECTOR} @@ q.en)
        ORDER BY rank DESC, a.title_da LIMIT $3`,
      [question, municipalityCode, limit],
    );
  }

  /** The municipality's questions asked in [from, to): all, resolved by the articles, escalated to a caseworker. */
  async questionCounts(municipalityCode: string, from: Date, to: Date): Promise<QuestionCountsRow> {
    const [counts] = await this.q<QuestionCountsRow[]>(
      `SELECT count(*)::int AS questions, count(*) FILTER (WHERE resolved)::int AS resolved, count(*) FILTER (WHERE resolved = false)::int AS escalated
         FROM messaging.question WHERE municipality_code = $1 AND created_at >= $2 AND created_at < $3`,
      [municipalityCode, from, to],
    );
    return counts;
  }

  /** These citizens' conversations for the export, oldest first, each with its messages but the staff-only notes. */
  async exportConversations(citizenIds: string[]): Promise<unknown[]> {
    const rows = await this.q<Array<{ row: unknown }>>(
      `SELECT to_jsonb(c) || jsonb_build_object('messages', coalesce((SELECT jsonb_agg(jsonb_build_object('at', m.created_at, 'from', m.author_kind, 'name', m.author_name, 'text', m.body) ORDER BY m.created_at) FROM messaging.message m WHERE m.conversation_id = c.id AND NOT m.internal), '[]'::jsonb)) AS row
           FROM messaging.conversation c WHERE c.citizen_id = ANY($1::uuid[]) ORDER BY c.created_at`,
      [citizenIds],
    );
    return rows.map((r) => r.row);
  }

  /** Retention of these closed cases: the messages go; the conversations and questions lose what was written. */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    await this.q(
      `DELETE FROM messaging.message WHERE conversation_id IN (SELECT id FROM messaging.conversation WHERE citizen_id = ANY($1::uuid[]))`,
      [citizenIds],
      manager,
    );
    // Kept for the KPIs: when it began and was first answered; gone: what was written.
    await this.q(
      `UPDATE messaging.conversation SET subject = '' WHERE citizen_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
    await this.q(
      `UPDATE messaging.question SET question = '' WHERE citizen_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
  }
}
