import { Injectable } from '@nestjs/common';
import { MessagingRepository } from './messaging.repository';

/** One month (or `'total'`) of the messaging KPIs. */
export interface ResponseMonth {
  month: string;
  answered: number;
  medianFirstResponseMinutes: number | null;
  questions: number;
  rated: number;
  resolved: number;
}

/** Rounded to one decimal. */
const minutes = (m: number): number => Math.round(Number(m) * 10) / 10;

/**
 * What is read about messaging as figures: the first-response time and the knowledge base's questions (the KPIs and
 * the knowledge-base report), and the counts of the staff overview. Counts only: no citizen is read.
 */
@Injectable()
export class MessagingFactsService {
  constructor(private readonly repository: MessagingRepository) {}

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
  ): Promise<ResponseMonth[]> {
    const conversations = await this.repository.firstResponsesByMonth(municipalityCode, citizenIds, from, to, whole);
    const questions = await this.repository.questionsByMonth(municipalityCode, citizenIds, from, to, whole);
    const months = [...new Set([...conversations.map((c) => c.month), ...questions.map((q) => q.month)])].sort();
    return months.map((month) => {
      const c = conversations.find((r) => r.month === month);
      const q = questions.find((r) => r.month === month);
      return {
        month,
        answered: c?.n ?? 0,
        medianFirstResponseMinutes: c ? minutes(c.m) : null,
        questions: q?.asked ?? 0,
        rated: q?.rated ?? 0,
        resolved: q?.resolved ?? 0,
      };
    });
  }

  /** First-response times (minutes) of a municipality's conversations answered in a period (for the KPIs and the report). */
  async medianFirstResponseMinutes(municipalityCode: string, from: Date, to: Date): Promise<number | null> {
    const m = await this.repository.medianFirstResponse(municipalityCode, from, to);
    return m === null ? null : minutes(m);
  }

  /**
   * Mit overblik: open conversations assigned to this staff member with a citizen message they have not read,
   * and open conversations nobody has taken yet (the inbox's "unassigned" list). Counts only: no citizen is read.
   */
  async overviewCounts(
    municipalityCode: string,
    staffId: string,
  ): Promise<{ unreadAssigned: number; unassigned: number }> {
    const row = await this.repository.overviewCounts(municipalityCode, staffId);
    return { unreadAssigned: row.unread, unassigned: row.unassigned };
  }
}
