import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type OverdueItems,
  type QueueSummary,
  ScreeningFactsService,
  type VisitationMonth,
} from './screening-facts.service';
import { type QueueCandidate, ScreeningQueueService } from './screening-queue.service';

export { flagsOf } from './citizen-screening.service';
export type { QueueCandidate };

/**
 * The facade other modules call. Screening — visitation, self-assessment, screenings with tracks, help requests and
 * the screening queue — works by concern behind it:
 * - `CitizenScreeningService`: the citizen's self-assessment, help requests, their screening and comments on it;
 * - `StaffScreeningsService`: the indicators, recording a screening with its track, a citizen's screenings;
 * - `ScreeningQueueService`: the queue — items from events (registration: the visitation; a missed meeting), the
 *   citizen (help, comments) and the scheduled scan, each reason queued once — listing and dismissing, the digest's items;
 * - `ScreeningFactsService`: what other modules read (KPIs, the staff overview, tracks, the caseload's columns);
 * - `ContactService`: the contact rules, plans and exemptions;
 * - `ScreeningRepository`: the SQL.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly queue: ScreeningQueueService,
    private readonly facts: ScreeningFactsService,
  ) {}

  /** Adds queue items in one insert, skipping those already queued; answers how many were new. */
  enqueueMany(items: QueueCandidate[], manager?: EntityManager): Promise<number> {
    return this.queue.enqueueMany(items, manager);
  }

  /** Open queue items due on or before `date`, in id order a page at a time (for the caseworkers' daily digest). */
  dueItems(
    date: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<Array<{ id: string; citizenId: string; municipalityCode: string }>> {
    return this.queue.dueItems(date, afterId, limit);
  }

  /** KPI: visitations held per month, with the median days from registration and how many within the deadline. */
  visitationStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole = false,
  ): Promise<VisitationMonth[]> {
    return this.facts.visitationStats(municipalityCode, citizenIds, from, to, whole);
  }

  /** KPI "nobody falls through": open visitation and screening items past their date, and how many in all. */
  overdue(municipalityCode: string, citizenIds: string[] | null, today: string, limit: number): Promise<OverdueItems> {
    return this.facts.overdue(municipalityCode, citizenIds, today, limit);
  }

  /** Mit overblik: of these citizens' open queue items, how many are due, overdue, and visitations this week. */
  overviewCounts(
    municipalityCode: string,
    citizenIds: string[],
    today: string,
    weekEnd: string,
  ): Promise<QueueSummary> {
    return this.facts.overviewCounts(municipalityCode, citizenIds, today, weekEnd);
  }

  /** KPI: of these citizens, how many are on the self-service track (by their latest screening). */
  selfServiceCount(citizenIds: string[]): Promise<number> {
    return this.facts.selfServiceCount(citizenIds);
  }

  /** The citizen's current track (for other modules' lists): `undecided` until the first screening. */
  tracksOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    return this.facts.tracksOf(citizenIds, manager);
  }
}
