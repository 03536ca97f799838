import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import type { JobFeedbackEntity } from './entities/job-feedback.entity';
import type { MatchProfileEntity } from './entities/match-profile.entity';
import { DataSource, type EntityManager } from 'typeorm';
import { MATCH_WRITE_LOCK_SQL, MatchTopRepository } from './match-top.repository';
import { AD_PLACE_BOX_SQL, ALERT_MIN_SCORE, IN_AREA_SQL, MAX_SCORE, OPEN_SQL, SCORED_SQL } from './scoring';

/** Ads claimed per round of the alert run. */
const ALERT_BATCH = 100;
/** The start of today in Copenhagen: the day the alert cap counts. */
/**
 * Without a single matching skill an ad that lists skills scores at most MAX_SCORE − 30 (skills are 30 points): below
 * the alert threshold, so such pairs are dropped before the distance and the score are computed.
 */
const ALERT_SKILLS_SQL =
  MAX_SCORE - 30 < ALERT_MIN_SCORE ? `AND (cardinality(a.skills) = 0 OR a.skills && p.skills)` : '';
const DAY_START_SQL = `(date_trunc('day', now() AT TIME ZONE 'Europe/Copenhagen') AT TIME ZONE 'Europe/Copenhagen')`;

/** How a mark updates the citizen's existing row for the ad: a save keeps the first time saved; "not relevant" takes the new time and reason. */
const ON_CONFLICT = {
  saved: 'saved_at = COALESCE(job_matching.job_feedback.saved_at, EXCLUDED.saved_at)',
  notRelevant: 'not_relevant_at = EXCLUDED.not_relevant_at, not_relevant_reason = EXCLUDED.not_relevant_reason',
} as const;

/** One of the citizen's saved or "not relevant" marks, with the employer and occupation of its ad. */
export interface FeedbackRow {
  id: string;
  saved: boolean;
  notRelevant: boolean;
  employer: string;
  occupation: string;
}

/** The columns `SCORED_SQL` adds: each factor (f.*), its points (s.*) and the score. */
export interface ScoreColumns {
  occupation_points: number;
  skills_matched: number;
  skills_total: number;
  distance_km: number | null;
  by_municipality: boolean;
  hours_ok: boolean;
  language_ok: boolean;
  skills_points: number;
  distance_points: number;
  hours_points: number;
  language_points: number;
  feedback_points: number;
  score: number;
}

/** An ad as ranked for a profile: the ad's columns, each factor's points and the score. */
export interface ScoredRow extends ScoreColumns {
  id: string;
  date_posted_text: string;
  ad_skills: string[];
  employer_marked: boolean;
  occupation_marked: boolean;
}

/** A row of the citizen's ranking read from their maintained list: how many listed open ads there are, and whether the list is complete. */
export interface ListedRow extends ScoredRow {
  listed_open: number;
  list_complete: boolean | null;
}

/** What the citizen's "not relevant" marks penalise: these ads, their employers, and occupations marked twice or more. */
export interface Penalised {
  adIds: string[];
  employers: string[];
  occupations: string[];
}

/** One round of the alert run: ads marked done and alerts made. */
export interface AlertRunRow {
  ads: number;
  alerts: number;
}

/** An alert claimed for announcing, with its ad's title and employer. */
export interface ClaimedAlertRow {
  id: string;
  citizen_id: string;
  job_ad_id: string;
  title: string;
  employer: string;
}

/** A company's request as a job_ad row (snake_case), for jsonb_populate_record: what the score reads of an ad. */
export interface RequestAsAdRow {
  id: string;
  occupation: string;
  occupation_group: string;
  skills: string[];
  latitude: number | null;
  longitude: number | null;
  municipality_code: string | null;
  hours: string | null;
  language: string;
}

/** A citizen as ranked for a company's request: their work area, wishes and hours, each factor's points and the score. */
export interface CandidateRow extends ScoreColumns {
  citizen_id: string;
  area_municipalities: string[];
  wished: string[];
  hours: string | null;
}

/** The matching SQL statements of job matching, in one place (the services hold the rules). */
@Injectable()
export class MatchingRepository extends SqlRepository {
  constructor(
    dataSource: DataSource,
    private readonly top: MatchTopRepository,
  ) {
    super(dataSource);
  }

  /** The citizen's saved and "not relevant" marks, with the employer and occupation of each ad. */
  feedbackOf(citizenId: string, manager?: EntityManager): Promise<FeedbackRow[]> {
    return this.q(
      `SELECT f.job_ad_id AS id, f.saved_at IS NOT NULL AS saved, f.not_relevant_at IS NOT NULL AS "notRelevant", a.employer, a.occupation
         FROM job_matching.job_feedback f JOIN job_matching.job_ad a ON a.id = f.job_ad_id
        WHERE f.citizen_id = $1 AND (f.saved_at IS NOT NULL OR f.not_relevant_at IS NOT NULL)`,
      [citizenId],
      manager,
    );
  }

  /**
   * Open ads in the profile's work area (or the one ad `adId`) scored for the profile, best first. With `listed`,
   * only the ads of the citizen's maintained list (`match_top`) and the ads the alert pass has not reached yet are
   * scored, each row saying how many listed ads are still open matches and whether the list is complete (a
   * {@link ListedRow}): the same statement, order and columns on a few dozen ads instead of the work area's.
   */
  score(
    profile: MatchProfileEntity,
    penalised: Penalised,
    options: { adId?: string; limit: number; listed?: boolean },
    manager?: EntityManager,
  ): Promise<ScoredRow[]> {
    const params: unknown[] = [
      JSON.stringify(this.asRow(profile)),
      penalised.adIds,
      penalised.employers,
      penalised.occupations,
      options.limit,
    ];
    const p = (value: unknown) => `$${params.push(value)}`;
    // The candidate conditions get the profile's values as parameters, so PostgreSQL can plan them on
    // the (occupation_group, latitude) index: only ads of the wished groups in the work area's band.
    const byRadius = profile.areaMunicipalities.length === 0 && profile.latitude !== null;
    const band = () =>
      byRadius
        ? `AND a.latitude BETWEEN ${p(profile.latitude! - profile.radiusKm / 111)} AND ${p(profile.latitude! + profile.radiusKm / 111)}`
        : '';
    const candidates = options.adId
      ? `a.id = ${p(options.adId)}`
      : `${profile.groups.length ? `a.occupation_group = ANY(${p(profile.groups)}::bpchar[]) ${band()}` : `a.skills && ${p(profile.skills)}::text[]`} AND ${OPEN_SQL} AND a.id <> ALL($2::uuid[]) AND ${IN_AREA_SQL}`;
    const penalty = `CASE WHEN a.employer = ANY($3::text[]) THEN 20 ELSE 0 END + CASE WHEN a.occupation = ANY($4::bpchar[]) THEN 10 ELSE 0 END`;
    let listed = { from: '', on: '', columns: '' };
    if (options.listed) {
      const citizen = p(profile.citizenId);
      listed = {
        from: `JOIN (SELECT id, bool_or(listed) AS listed FROM (
                 SELECT job_ad_id AS id, true AS listed FROM job_matching.match_top WHERE citizen_id = ${citizen}
                 UNION ALL SELECT id, false FROM job_matching.job_ad WHERE alerts_done_at IS NULL) u GROUP BY id) l ON true`,
        on: 'a.id = l.id AND ',
        columns: `, (count(*) FILTER (WHERE l.listed) OVER ())::int AS listed_open, (SELECT complete FROM job_matching.match_top_state WHERE citizen_id = ${citizen}) AS list_complete`,
      };
    }
    // The profile goes in as a row literal, so the same SQL scores a stored profile and an empty one.
    return this.q(
      `SELECT a.*, a.date_posted::text AS date_posted_text, a.skills AS ad_skills, f.*, s.*, t.score, a.id = ANY($2::uuid[]) AS marked, a.employer = ANY($3::text[]) AS employer_marked, a.occupation = ANY($4::bpchar[]) AS occupation_marked${listed.columns}
         FROM jsonb_populate_record(NULL::job_matching.match_profile, $1::jsonb) p
         ${listed.from}
         JOIN job_matching.job_ad a ON ${listed.on}${candidates}
         ${SCORED_SQL(penalty)}
        ORDER BY t.score DESC, a.date_posted DESC, a.id
        LIMIT $5`,
      params,
      manager,
    );
  }

  /** The profile as a job_matching.match_profile row (snake_case), for jsonb_populate_record. */
  private asRow(p: MatchProfileEntity): Record<string, unknown> {
    return {
      citizen_id: p.citizenId,
      municipality_code: p.municipalityCode,
      active: p.active,
      wished: p.wished,
      groups: p.groups,
      skills: p.skills,
      latitude: p.latitude,
      longitude: p.longitude,
      radius_km: p.radiusKm,
      area_municipalities: p.areaMunicipalities,
      hours: p.hours,
      languages: p.languages,
      alert_mode: p.alertMode,
    };
  }

  /** Inserts the citizen's mark on the ad, or updates their existing one (`kind` says how). */
  async mark(
    citizenId: string,
    jobAdId: string,
    values: Partial<JobFeedbackEntity>,
    kind: keyof typeof ON_CONFLICT,
    manager?: EntityManager,
  ): Promise<void> {
    const onConflict = ON_CONFLICT[kind];
    const row = {
      citizen_id: citizenId,
      job_ad_id: jobAdId,
      saved_at: values.savedAt ?? null,
      not_relevant_at: values.notRelevantAt ?? null,
      not_relevant_reason: values.notRelevantReason ?? null,
    };
    await this.q(
      `INSERT INTO job_matching.job_feedback (citizen_id, job_ad_id, saved_at, not_relevant_at, not_relevant_reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (citizen_id, job_ad_id) DO UPDATE SET ${onConflict}`,
      Object.values(row),
      manager,
    );
  }

  /** Records the citizen's answer to a suggestion not yet answered; answers how many rows changed (0 or 1). */
  async answerSuggestion(id: string, answer: string, reason: string | null, manager: EntityManager): Promise<number> {
    const [, changed] = await this.q<[unknown, number]>(
      `UPDATE job_matching.job_suggestion SET answer = $2, answer_reason = $3, answered_at = now() WHERE id = $1 AND answer IS NULL`,
      [id, answer, reason],
      manager,
    );
    return changed;
  }

  /**
   * One round of the alert run, in one transaction: claims a batch of ads not yet matched (SKIP LOCKED), scores them
   * for the profiles the prefilter finds, records at most `cap` alerts per citizen and day and marks the ads done.
   *
   * The prefilter is one GiST scan of `match_area` per ad: the profiles whose wished minor groups hold the ad's and
   * whose work-area box holds its place; the exact work-area test, the wished occupation and the score run on those
   * only. The scoring runs in parallel across claimers; the capped insert is serialised by a transaction-level
   * advisory lock, so two claimers (or instances) never both fill a citizen's last places: each counts today's alerts
   * (index on `(citizen_id, created_at)`) after the other has committed. Under the same lock the ads enter the
   * maintained top-N lists they belong in (`MatchTopRepository.admit`), alert threshold or not.
   */
  async alertBatch(cap: number): Promise<AlertRunRow> {
    return this.dataSource.transaction(async (m) => {
      const batch = await this.q<Array<{ id: string }>>(
        `SELECT id FROM job_matching.job_ad WHERE alerts_done_at IS NULL ORDER BY created_at, id LIMIT ${ALERT_BATCH} FOR UPDATE SKIP LOCKED`,
        [],
        m,
      );
      if (batch.length === 0) return { ads: 0, alerts: 0 };
      const ids = batch.map((b) => b.id);
      await this.q(
        `CREATE TEMP TABLE alert_candidate ON COMMIT DROP AS
         SELECT p.citizen_id, a.id AS job_ad_id, t.score, p.alert_mode AS mode, a.date_posted
           FROM job_matching.job_ad a
           JOIN job_matching.match_area m ON m.occupation_group = a.occupation_group::text AND m.area @> ${AD_PLACE_BOX_SQL}
           JOIN job_matching.match_profile p ON p.citizen_id = m.citizen_id AND a.occupation = ANY(p.wished) AND p.active AND p.alert_mode <> 'off' ${ALERT_SKILLS_SQL}
           ${SCORED_SQL()}
          WHERE a.id = ANY($1::uuid[]) AND ${OPEN_SQL} AND ${IN_AREA_SQL} AND t.score >= ${ALERT_MIN_SCORE}`,
        [ids],
        m,
      );
      // Also the lists' writers lock: the capped insert and the maintained top-N lists are written under it.
      await this.q(`SELECT pg_advisory_xact_lock(${MATCH_WRITE_LOCK_SQL})`, [], m);
      const [made] = await this.q<Array<{ alerts: number }>>(
        `WITH today AS (
           SELECT x.citizen_id, count(*)::int AS n
             FROM job_matching.job_alert x
            WHERE x.citizen_id IN (SELECT DISTINCT citizen_id FROM alert_candidate) AND x.created_at >= ${DAY_START_SQL}
            GROUP BY x.citizen_id
         ), ranked AS (
           SELECT c.*, row_number() OVER (PARTITION BY c.citizen_id ORDER BY c.score DESC, c.date_posted DESC, c.job_ad_id) AS nth
             FROM alert_candidate c
         ), made AS (
           INSERT INTO job_matching.job_alert (citizen_id, job_ad_id, score, mode)
           SELECT r.citizen_id, r.job_ad_id, r.score, r.mode
             FROM ranked r LEFT JOIN today d ON d.citizen_id = r.citizen_id
            WHERE r.nth <= $1 - coalesce(d.n, 0)
            ORDER BY r.citizen_id, r.job_ad_id
           ON CONFLICT (citizen_id, job_ad_id) DO NOTHING
           RETURNING 1
         )
         SELECT count(*)::int AS alerts FROM made`,
        [cap],
        m,
      );
      await this.top.admit(ids, m);
      await this.q(`UPDATE job_matching.job_ad SET alerts_done_at = now() WHERE id = ANY($1::uuid[])`, [ids], m);
      return { ads: ids.length, alerts: made.alerts };
    });
  }

  /**
   * Rewrites the prefilter rows (`match_area`) of these citizens from their stored match profiles: one per wished
   * minor group, or one with group '' for a profile matched by skills alone; none for an empty profile.
   */
  async syncAreas(citizenIds: string[], manager?: EntityManager): Promise<void> {
    await this.q(`DELETE FROM job_matching.match_area WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    await this.q(
      `INSERT INTO job_matching.match_area (citizen_id, occupation_group, area)
       SELECT p.citizen_id, g.occupation_group, job_matching.work_area_box(p.latitude, p.longitude, p.radius_km, p.area_municipalities)
         FROM job_matching.match_profile p
         CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.groups) > 0 THEN p.groups::text[] ELSE ARRAY[''] END) g(occupation_group)
        WHERE p.citizen_id = ANY($1::uuid[]) AND (cardinality(p.groups) > 0 OR cardinality(p.skills) > 0)
       ON CONFLICT DO NOTHING`,
      [citizenIds],
      manager,
    );
  }

  /** Marks up to `limit` unannounced alerts of the mode announced (oldest first, SKIP LOCKED) and answers them. */
  async claimAlerts(manager: EntityManager, mode: 'instant' | 'daily', limit: number): Promise<ClaimedAlertRow[]> {
    const [rows] = await this.q<[ClaimedAlertRow[], number]>(
      `WITH due AS (
         SELECT id FROM job_matching.job_alert WHERE mode = $1 AND announced_at IS NULL ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       UPDATE job_matching.job_alert t SET announced_at = now()
         FROM due, job_matching.job_ad a
        WHERE t.id = due.id AND a.id = t.job_ad_id
       RETURNING t.id, t.citizen_id, a.id AS job_ad_id, a.title, a.employer`,
      [mode, limit],
      manager,
    );
    return rows;
  }

  /** The active ones of these citizens' match profiles scored for `ad` (a request taken as an ad), best first. */
  candidates(ad: RequestAsAdRow, citizenIds: string[], limit: number): Promise<CandidateRow[]> {
    return this.q(
      `SELECT p.citizen_id, p.area_municipalities, p.wished, p.hours, f.*, s.*, t.score
         FROM jsonb_populate_record(NULL::job_matching.job_ad, $1::jsonb) a
         JOIN job_matching.match_profile p ON p.citizen_id = ANY($2::uuid[]) AND p.active
         ${SCORED_SQL()}
        ORDER BY t.score DESC, p.citizen_id
        LIMIT $3`,
      [JSON.stringify(ad), citizenIds, limit],
    );
  }

  /** Retention of these closed cases: the joblog, saved jobs, suggestions, alerts, matches list and match profile (with its area) are all deleted. */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    for (const table of [
      'joblog_entry',
      'job_feedback',
      'job_suggestion',
      'job_alert',
      'match_top',
      'match_top_state',
      'match_area',
      'match_profile',
    ]) {
      await this.q(`DELETE FROM job_matching.${table} WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    }
  }
}
