import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import type { ScoredRow } from './matching.repository';
import { AD_PLACE_BOX_SQL, IN_AREA_SQL, OPEN_SQL, SCORED_SQL } from './scoring';

/** How many ads a citizen's maintained list holds: the 20 shown and room for ads that close before the next refill. */
export const MATCH_TOP_SIZE = 50;

/**
 * The lock that orders writers of the lists: the alert pass takes it exclusively (it already serialises its capped
 * insert on it) and fills take it shared, then score with a snapshot taken after it. So an ad the alert pass admits
 * is either seen by a fill's score or admitted after the fill has written its list, never lost in between.
 */
export const MATCH_WRITE_LOCK_SQL = `hashtext('job_matching.alert_cap')`;

/** A "not relevant" mark of citizen `p` whose ad matches `condition` (over the marked ad `b`). */
const marked = (condition: string) =>
  `FROM job_matching.job_feedback n JOIN job_matching.job_ad b ON b.id = n.job_ad_id
    WHERE n.citizen_id = p.citizen_id AND n.not_relevant_at IS NOT NULL AND ${condition}`;
/** The feedback penalty of the ranking (see `scoring.ts`), read from the citizen's marks for pairs scored in bulk. */
const PENALTY_SQL = `CASE WHEN EXISTS (SELECT 1 ${marked('b.employer = a.employer')}) THEN 20 ELSE 0 END
  + CASE WHEN (SELECT count(*) ${marked('b.occupation = a.occupation')}) >= 2 THEN 10 ELSE 0 END`;
/** Rank order of a list: the ranking's (score, newest first, id). */
const RANK_ORDER = `score DESC, date_posted DESC, job_ad_id`;

/** A citizen's list state: no row, a list, or a list known to hold every match. */
export interface TopStateRow {
  complete: boolean;
}

/** The statements of the maintained top-N lists (`match_top`, `match_top_state`). */
@Injectable()
export class MatchTopRepository extends SqlRepository {
  /** Takes the list writers' lock shared, for the rest of the caller's transaction (see {@link MATCH_WRITE_LOCK_SQL}). */
  async lockShared(manager: EntityManager): Promise<void> {
    await this.q(`SELECT pg_advisory_xact_lock_shared(${MATCH_WRITE_LOCK_SQL})`, [], manager);
  }

  async state(citizenId: string): Promise<TopStateRow | null> {
    const [row] = await this.q<TopStateRow[]>(
      `SELECT complete FROM job_matching.match_top_state WHERE citizen_id = $1`,
      [citizenId],
    );
    return row ?? null;
  }

  /** Replaces the citizen's list with these ranked rows; `complete` when they are every match the citizen has. */
  async store(citizenId: string, rows: ScoredRow[], complete: boolean, manager: EntityManager): Promise<void> {
    await this.q(
      `INSERT INTO job_matching.match_top_state (citizen_id, complete, filled_at) VALUES ($1, $2, now())
       ON CONFLICT (citizen_id) DO UPDATE SET complete = EXCLUDED.complete, filled_at = EXCLUDED.filled_at`,
      [citizenId, complete],
      manager,
    );
    await this.q(`DELETE FROM job_matching.match_top WHERE citizen_id = $1`, [citizenId], manager);
    if (rows.length === 0) return;
    await this.q(
      `INSERT INTO job_matching.match_top (citizen_id, job_ad_id, score, date_posted)
       SELECT $1, r.id, r.score, r.date_posted FROM unnest($2::uuid[], $3::int[], $4::date[]) r(id, score, date_posted)`,
      [citizenId, rows.map((r) => r.id), rows.map((r) => r.score), rows.map((r) => r.date_posted_text)],
      manager,
    );
  }

  /** Drops these citizens' lists (their profiles changed in bulk): the next read fills them again. */
  async clear(citizenIds: string[], manager?: EntityManager): Promise<void> {
    await this.q(`DELETE FROM job_matching.match_top_state WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    await this.q(`DELETE FROM job_matching.match_top WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
  }

  /**
   * The alert pass's part (in its transaction, under its exclusive lock): each of these new ads enters the list of
   * every citizen who has one and whom it matches (the profiles the `match_area` GiST prefilter finds: the ad's group
   * and, for profiles matched by skills alone, group ''; one index scan each); then the exact work-area test, the score with the citizen's feedback penalty), when the list is
   * short or the ad beats its last; lists longer than {@link MATCH_TOP_SIZE} are cut and no longer complete.
   */
  async admit(adIds: string[], manager: EntityManager): Promise<void> {
    const touched = await this.q<Array<{ citizen_id: string }>>(
      `WITH scored AS (
         SELECT p.citizen_id, a.id AS job_ad_id, t.score, a.date_posted
           FROM job_matching.job_ad a
           CROSS JOIN LATERAL (VALUES (a.occupation_group::text), ('')) g(occupation_group)
           JOIN job_matching.match_area m ON m.occupation_group = g.occupation_group AND m.area @> ${AD_PLACE_BOX_SQL}
           JOIN job_matching.match_top_state st ON st.citizen_id = m.citizen_id
           JOIN job_matching.match_profile p ON p.citizen_id = m.citizen_id
           ${SCORED_SQL(PENALTY_SQL)}
          WHERE a.id = ANY($1::uuid[]) AND ${OPEN_SQL} AND ${IN_AREA_SQL}
            AND (cardinality(p.groups) > 0 OR a.skills && p.skills)
            AND NOT EXISTS (SELECT 1 FROM job_matching.job_feedback n WHERE n.citizen_id = p.citizen_id AND n.job_ad_id = a.id AND n.not_relevant_at IS NOT NULL)
       ), admitted AS (
         INSERT INTO job_matching.match_top (citizen_id, job_ad_id, score, date_posted)
         SELECT s.citizen_id, s.job_ad_id, s.score, s.date_posted
           FROM scored s
           LEFT JOIN LATERAL (
             SELECT k.score, k.date_posted, k.job_ad_id FROM job_matching.match_top k
              WHERE k.citizen_id = s.citizen_id ORDER BY ${RANK_ORDER} LIMIT 1 OFFSET ${MATCH_TOP_SIZE - 1}
           ) last ON true
          WHERE last.job_ad_id IS NULL OR s.score > last.score
             OR (s.score = last.score AND (s.date_posted > last.date_posted OR (s.date_posted = last.date_posted AND s.job_ad_id < last.job_ad_id)))
         ON CONFLICT (citizen_id, job_ad_id) DO UPDATE SET score = EXCLUDED.score, date_posted = EXCLUDED.date_posted
         RETURNING citizen_id
       )
       SELECT DISTINCT citizen_id FROM admitted`,
      [adIds],
      manager,
    );
    if (touched.length === 0) return;
    await this.q(
      `WITH ranked AS (
         SELECT citizen_id, job_ad_id, row_number() OVER (PARTITION BY citizen_id ORDER BY ${RANK_ORDER}) AS nth
           FROM job_matching.match_top WHERE citizen_id = ANY($1::uuid[])
       ), cut AS (
         DELETE FROM job_matching.match_top t USING ranked r
          WHERE r.nth > ${MATCH_TOP_SIZE} AND t.citizen_id = r.citizen_id AND t.job_ad_id = r.job_ad_id
         RETURNING t.citizen_id
       )
       UPDATE job_matching.match_top_state SET complete = false WHERE complete AND citizen_id IN (SELECT citizen_id FROM cut)`,
      [touched.map((t) => t.citizen_id)],
      manager,
    );
  }
}
