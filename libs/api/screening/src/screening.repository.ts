import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import type { ScreeningEntity } from './entities/screening.entity';

/** Open queue items per citizen (the caseload's column). */
export interface OpenQueueCountRow {
  citizen_id: string;
  n: number;
}

/** Visitations held per month (or `'total'`): how many, the median days from registration, how many in time. */
export interface VisitationMonthRow {
  month: string;
  held: number;
  median_days: number | null;
  within_deadline: number;
}

/** How many open visitation and screening items are past their date, and of how many citizens. */
export interface OverdueCountRow {
  n: number;
  citizens: number;
}

/** One open queue item past its date, with the days it is late. */
export interface OverdueItemRow {
  citizen_id: string;
  reason: string;
  due_date: string;
  days: number;
}

/** Counts of a caseload's open queue items for Mit overblik. */
export interface OverviewCountRow {
  due: number;
  overdue: number;
  visitations: number;
}

/** How many citizens are on the self-service track. */
export interface SelfServiceCountRow {
  n: number;
}

/** A citizen's current track (by the latest screening). */
export interface TrackRow {
  citizen_id: string;
  track: string;
}

/** Open items of a municipality past `$2`, of some citizens (`$3`) or all: the overdue KPI's filter. */
const OVERDUE_WHERE = `municipality_code = $1 AND status = 'open' AND due_date < $2::date AND ($3::uuid[] IS NULL OR citizen_id = ANY($3::uuid[]))`;

/** The columns of a screening the citizen sees, named as the entity's properties. */
export type CitizenScreeningRow = Pick<
  ScreeningEntity,
  | 'track'
  | 'summaryForCitizen'
  | 'createdAt'
  | 'caseworkerName'
  | 'nextScreeningDate'
  | 'citizenComment'
  | 'changeRequested'
>;

/** The screening module's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class ScreeningRepository extends SqlRepository {
  /** Open queue items per citizen of these citizens (those with none are left out). */
  openQueueCounts(citizenIds: string[]): Promise<OpenQueueCountRow[]> {
    return this.q(
      `SELECT citizen_id, count(*)::int AS n FROM screening.queue_item WHERE status = 'open' AND citizen_id = ANY($1::uuid[]) GROUP BY citizen_id`,
      [citizenIds],
    );
  }

  /** Visitation items answered by a screening per month (Copenhagen time), or in all when `whole`. */
  visitationStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
    whole: boolean,
  ): Promise<VisitationMonthRow[]> {
    return this.q(
      `SELECT CASE WHEN $5 THEN 'total' ELSE to_char(closed_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') END AS month, count(*)::int AS held,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at) / 86400) AS median_days,
              count(*) FILTER (WHERE (closed_at AT TIME ZONE 'Europe/Copenhagen')::date <= due_date)::int AS within_deadline
         FROM screening.queue_item
        WHERE municipality_code = $1 AND reason = 'visitation_due' AND status = 'resolved' AND resolution LIKE 'screening:%'
          AND closed_at >= $2 AND closed_at < $3 AND ($4::uuid[] IS NULL OR citizen_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, citizenIds, whole],
    );
  }

  /** How many open items are past `today`, and of how many citizens. */
  async overdueCount(municipalityCode: string, citizenIds: string[] | null, today: string): Promise<OverdueCountRow> {
    const [row] = await this.q<[OverdueCountRow]>(
      `SELECT count(*)::int AS n, count(DISTINCT citizen_id)::int AS citizens FROM screening.queue_item WHERE ${OVERDUE_WHERE}`,
      [municipalityCode, today, citizenIds],
    );
    return row;
  }

  /** The open items past `today`, oldest first, at most `limit`. */
  overdueItems(
    municipalityCode: string,
    citizenIds: string[] | null,
    today: string,
    limit: number,
  ): Promise<OverdueItemRow[]> {
    return this.q(
      `SELECT citizen_id, reason, to_char(due_date, 'YYYY-MM-DD') AS due_date, ($2::date - due_date)::int AS days FROM screening.queue_item WHERE ${OVERDUE_WHERE} ORDER BY due_date, citizen_id LIMIT $4`,
      [municipalityCode, today, citizenIds, limit],
    );
  }

  /** Of these citizens' open items: due by `today`, overdue before it, visitations due from `today` to `weekEnd`. */
  async overviewCounts(
    municipalityCode: string,
    citizenIds: string[],
    today: string,
    weekEnd: string,
  ): Promise<OverviewCountRow> {
    const [row] = await this.q<OverviewCountRow[]>(
      `SELECT count(*) FILTER (WHERE due_date <= $3::date)::int AS due, count(*) FILTER (WHERE due_date < $3::date)::int AS overdue,
              count(*) FILTER (WHERE reason = 'visitation_due' AND due_date BETWEEN $3::date AND $4::date)::int AS visitations
         FROM screening.queue_item WHERE municipality_code = $1 AND status = 'open' AND citizen_id = ANY($2::uuid[])`,
      [municipalityCode, citizenIds, today, weekEnd],
    );
    return row;
  }

  /** How many of these citizens are on the self-service track by their latest screening (one row). */
  selfServiceCount(citizenIds: string[]): Promise<SelfServiceCountRow[]> {
    return this.q(
      `SELECT count(*) FILTER (WHERE track = 'self_service')::int AS n FROM (SELECT DISTINCT ON (citizen_id) track FROM screening.screening WHERE citizen_id = ANY($1::uuid[]) ORDER BY citizen_id, created_at DESC) t`,
      [citizenIds],
    );
  }

  /** Each screened citizen's track by their latest screening. */
  latestTracks(citizenIds: string[], manager?: EntityManager): Promise<TrackRow[]> {
    return this.q(
      `SELECT DISTINCT ON (citizen_id) citizen_id, track FROM screening.screening WHERE citizen_id = ANY($1::uuid[]) ORDER BY citizen_id, created_at DESC`,
      [citizenIds],
      manager,
    );
  }

  /** Takes the transaction-scoped advisory lock named by `key` (held until the transaction ends). */
  async advisoryXactLock(manager: EntityManager, key: string): Promise<void> {
    await this.q('SELECT pg_advisory_xact_lock(hashtext($1))', [key], manager);
  }

  /** Retention of these closed cases: self-assessments and help requests go; screenings and queue items lose the texts. */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    await this.q(`DELETE FROM screening.self_assessment WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    await this.q(`DELETE FROM screening.help_request WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    // Kept for the KPIs: track, dates; gone: what was written about the person.
    await this.q(
      `UPDATE screening.screening SET assessment = '', summary_for_citizen = '', citizen_comment = NULL, indicators = '{}'::jsonb WHERE citizen_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
    await this.q(
      `UPDATE screening.queue_item SET note = NULL, resolution = CASE WHEN resolution LIKE 'screening:%' THEN resolution ELSE NULL END WHERE citizen_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
  }

  /** The citizen's latest screening, as "Min screening" shows it (the start page's read: plain SQL). */
  async latestForCitizen(citizenId: string): Promise<CitizenScreeningRow | undefined> {
    const [row] = await this.q<CitizenScreeningRow[]>(
      `SELECT track, summary_for_citizen AS "summaryForCitizen", created_at AS "createdAt",
              caseworker_name AS "caseworkerName", to_char(next_screening_date, 'YYYY-MM-DD') AS "nextScreeningDate",
              citizen_comment AS "citizenComment", change_requested AS "changeRequested"
         FROM screening.screening WHERE citizen_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [citizenId],
    );
    return row;
  }
}
