import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import type { EntityManager } from 'typeorm';
import { ScreeningRepository } from './screening.repository';

/** KPI: visitations held in one month (see {@link ScreeningFactsService.visitationStats}). */
export interface VisitationMonth {
  month: string;
  held: number;
  medianDays: number | null;
  withinDeadline: number;
}

/** KPI "nobody falls through": the overdue items shown, and how many (and how many citizens) in all. */
export interface OverdueItems {
  total: number;
  citizens: number;
  items: Array<{ citizenId: string; reason: string; dueDate: string; daysOverdue: number }>;
}

/** Mit overblik: open queue items due, overdue, and visitations this week. */
export interface QueueSummary {
  due: number;
  overdue: number;
  visitationsThisWeek: number;
}

/**
 * What other modules read about screening: the KPIs (visitations held, overdue items, the self-service share), the
 * staff overview's counts, the citizens' tracks, and the caseload's track and open-items columns.
 */
@Injectable()
export class ScreeningFactsService implements OnModuleInit {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly repository: ScreeningRepository,
  ) {}

  onModuleInit(): void {
    this.cases.enrichCaseload(async (ids) => {
      const [tracks, open] = await Promise.all([
        this.tracksOf(ids),
        ids.length ? this.repository.openQueueCounts(ids) : Promise.resolve([]),
      ]);
      const counts = new Map(open.map((r) => [r.citizen_id, r.n]));
      return new Map(
        ids.map((id) => [id, { track: tracks.get(id) ?? 'undecided', openQueueItems: counts.get(id) ?? 0 }]),
      );
    });
  }

  /**
   * KPI: visitations held per month — the visitation item answered by a screening (recorded at the
   * visitation meeting) — with the median days from registration and how many within the legal deadline.
   */
  async visitationStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole = false,
  ): Promise<VisitationMonth[]> {
    const rows = await this.repository.visitationStats(municipalityCode, citizenIds, from, to, whole);
    return rows.map((r) => ({
      month: r.month,
      held: r.held,
      medianDays: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
      withinDeadline: r.within_deadline,
    }));
  }

  /** KPI "nobody falls through": open visitation and screening items past their date (oldest first, at most `limit`), and how many in all. */
  async overdue(
    municipalityCode: string,
    citizenIds: string[] | null,
    today: string,
    limit: number,
  ): Promise<OverdueItems> {
    const { n, citizens } = await this.repository.overdueCount(municipalityCode, citizenIds, today);
    const items = await this.repository.overdueItems(municipalityCode, citizenIds, today, limit);
    return {
      total: n,
      citizens,
      items: items.map((r) => ({
        citizenId: r.citizen_id,
        reason: r.reason,
        dueDate: r.due_date,
        daysOverdue: r.days,
      })),
    };
  }

  /**
   * Mit overblik: of these citizens' open queue items, how many are due (today or earlier), how many overdue
   * (before today), and how many visitation deadlines fall from today to `weekEnd`. Counts only: no citizen is read.
   */
  async overviewCounts(
    municipalityCode: string,
    citizenIds: string[],
    today: string,
    weekEnd: string,
  ): Promise<QueueSummary> {
    if (citizenIds.length === 0) return { due: 0, overdue: 0, visitationsThisWeek: 0 };
    const row = await this.repository.overviewCounts(municipalityCode, citizenIds, today, weekEnd);
    return { due: row.due, overdue: row.overdue, visitationsThisWeek: row.visitations };
  }

  /** KPI: of these citizens, how many are on the self-service track (by their latest screening). */
  async selfServiceCount(citizenIds: string[]): Promise<number> {
    if (citizenIds.length === 0) return 0;
    const [row] = await this.repository.selfServiceCount(citizenIds);
    return row?.n ?? 0;
  }

  /** The citizen's current track (for other modules' lists): `undecided` until the first screening. */
  async tracksOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (citizenIds.length === 0) return new Map();
    const rows = await this.repository.latestTracks(citizenIds, manager);
    return new Map(rows.map((r) => [r.citizen_id, r.track]));
  }
}
