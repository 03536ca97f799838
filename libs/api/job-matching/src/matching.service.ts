import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  assertCaseActive,
  CitizenCasesService,
  OnCaseEvent,
  OnModuleEvent,
  type CaseActor,
  type CaseEvent,
  type CitizenProfileSnapshot,
  type Language,
} from '@jobunivers/api/citizens';
import type { CitizenPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { OffersService } from '@jobunivers/api/offers';
import { QueueService } from '@jobunivers/api/queue';
import { ReferenceService } from '@jobunivers/api/reference';
import { DataSource, type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import type { JobAdDto } from './dto/job-ads.dto';
import type {
  JobAlertsDto,
  JobMatchDto,
  JobMatchesDto,
  JobSuggestionDto,
  JobSuggestionsDto,
  MissingSkillDto,
  SavedJobsDto,
  SuggestionAnswerDto,
} from './dto/matching.dto';
import { JobAlertEntity } from './entities/job-alert.entity';
import { JobFeedbackEntity } from './entities/job-feedback.entity';
import { JobSuggestionEntity } from './entities/job-suggestion.entity';
import { type AlertMode, MatchProfileEntity } from './entities/match-profile.entity';
import { ALERTS_JOB, JobAdsService } from './job-ads.service';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';
import { type Reason, type ReasonCode, reasonText } from './job-matching.texts';
import { JoblogService } from './joblog.service';
import { ALERT_MIN_SCORE, IN_AREA_SQL, OPEN_SQL, SCORED_SQL } from './scoring';

const DEFAULT_RADIUS_KM = 40;
const ALERT_BATCH = 100;

interface Feedback {
  id: string;
  saved: boolean;
  notRelevant: boolean;
  employer: string;
  occupation: string;
}

interface Scored {
  id: string;
  ad_skills: string[];
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
  employer_marked: boolean;
  occupation_marked: boolean;
}

/**
 * Matching: the citizen's open ads ranked by a transparent score with reasons and skill gaps (and
 * offers that close them), saved jobs and "not relevant" feedback, caseworkers' job suggestions,
 * and alerts computed ad → citizens when new ads arrive.
 */
@Injectable()
export class MatchingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('JobMatching');

  constructor(
    @InjectRepository(MatchProfileEntity) private readonly profiles: Repository<MatchProfileEntity>,
    @InjectRepository(JobFeedbackEntity) private readonly feedback: Repository<JobFeedbackEntity>,
    @InjectRepository(JobSuggestionEntity) private readonly suggestions: Repository<JobSuggestionEntity>,
    @InjectRepository(JobAlertEntity) private readonly alerts: Repository<JobAlertEntity>,
    private readonly ads: JobAdsService,
    private readonly joblog: JoblogService,
    private readonly cases: CitizenCasesService,
    private readonly offers: OffersService,
    private readonly reference: ReferenceService,
    private readonly queue: QueueService,
    private readonly dataSource: DataSource,
  ) {}

  /** A saved profile is matched from now on (the read model follows it in the same transaction). */
  @OnModuleEvent('citizen.profile_saved')
  async onProfileSaved(profile: CitizenProfileSnapshot, manager: EntityManager): Promise<void> {
    await this.syncProfile(profile, manager);
  }

  /** A closed case gets no more matches or alerts. */
  @OnCaseEvent('case_closed')
  async onCaseClosed(event: CaseEvent<'case_closed'>, manager: EntityManager): Promise<void> {
    await manager.update(MatchProfileEntity, { citizenId: event.citizenId }, { active: false });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Imports send a job at once; the schedule is the safety net for a send that never happened.
    await this.queue.recurring(ALERTS_JOB, '*/5 * * * *', async () => {
      const made = await this.runAlerts();
      if (made.ads) this.logger.log(`Matched ${made.ads} new job ads: ${made.alerts} alerts`);
    });
  }

  // ── the read model ─────────────────────────────────────────────────────────

  async syncProfile(s: CitizenProfileSnapshot, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.syncProfiles([s], manager);
  }

  /** Upserts the read model rows of many profiles in one statement (alert mode is the citizen's and stays). */
  async syncProfiles(
    snapshots: CitizenProfileSnapshot[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (snapshots.length === 0) return;
    const { postalCodes } = await this.reference.catalogues();
    const rows = snapshots.map((s) => {
      const home = s.postalCode ? postalCodes.get(s.postalCode) : undefined;
      return {
        citizenId: s.citizenId,
        municipalityCode: s.municipalityCode,
        active: s.active,
        wished: s.wishedOccupations,
        groups: [...new Set(s.wishedOccupations.map((c) => c.slice(0, 3)))],
        skills: s.skillIds,
        latitude: home?.latitude ?? null,
        longitude: home?.longitude ?? null,
        radiusKm: s.workArea.radiusKm ?? DEFAULT_RADIUS_KM,
        areaMunicipalities: s.workArea.municipalityCodes ?? [],
        hours: s.hours,
        languages: s.languages,
      };
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(MatchProfileEntity)
      .values(rows)
      .orUpdate(
        [
          'municipality_code',
          'active',
          'wished',
          'groups',
          'skills',
          'latitude',
          'longitude',
          'radius_km',
          'area_municipalities',
          'hours',
          'languages',
          'updated_at',
        ],
        ['citizen_id'],
      )
      .execute();
  }

  /** Rebuilds the read model from the citizens module (after a restore, or for data loaded in bulk). */
  async rebuildProfiles(manager: EntityManager = this.dataSource.manager): Promise<number> {
    let after: string | undefined;
    let n = 0;
    for (;;) {
      const page = await this.cases.profileSnapshots({ after, limit: 1000 }, manager);
      if (page.length === 0) return n;
      await this.syncProfiles(page, manager);
      n += page.length;
      after = page[page.length - 1].citizenId;
    }
  }

  // ── matches ────────────────────────────────────────────────────────────────

  /** The citizen's best open ads within their work area, best first. */
  async matchesFor(
    citizenId: string,
    municipalityCode: string,
    language: Language,
    limit = 20,
  ): Promise<JobMatchesDto> {
    const [profile, feedback] = await Promise.all([this.profiles.findOneBy({ citizenId }), this.feedbackOf(citizenId)]);
    if (!profile || (profile.wished.length === 0 && profile.skills.length === 0))
      return { items: [], profileReady: false };
    const rows = await this.score(profile, feedback, { limit });
    return { items: await this.present(rows, profile, feedback, municipalityCode, language), profileReady: true };
  }

  /** How one ad fits the citizen (for the ad's page), whether or not it is in their work area. */
  async matchOne(citizen: CitizenPrincipal, adId: string, language: Language): Promise<JobMatchDto> {
    const ad = await this.ads.get(adId);
    const [stored, feedback] = await Promise.all([
      this.profiles.findOneBy({ citizenId: citizen.id }),
      this.feedbackOf(citizen.id),
    ]);
    const profile = stored ?? this.emptyProfile(citizen);
    const rows = await this.score(profile, feedback, { adId: ad.id, limit: 1 });
    const [match] = await this.present(rows, profile, feedback, citizen.municipalityCode, language);
    return match;
  }

  async matchesForStaff(
    actor: CaseActor,
    citizenId: string,
    language: Language,
    purpose?: string,
  ): Promise<JobMatchesDto> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'job-matches', purpose });
    return this.matchesFor(kase.id, kase.municipalityCode, language);
  }

  private emptyProfile(citizen: CitizenPrincipal): MatchProfileEntity {
    return Object.assign(new MatchProfileEntity(), {
      citizenId: citizen.id,
      municipalityCode: citizen.municipalityCode,
      active: true,
      wished: [],
      groups: [],
      skills: [],
      latitude: null,
      longitude: null,
      radiusKm: DEFAULT_RADIUS_KM,
      areaMunicipalities: [],
      hours: null,
      languages: [],
      alertMode: 'daily',
    });
  }

  /** The citizen's saved and "not relevant" marks, with the employer and occupation of each ad. */
  private async feedbackOf(citizenId: string): Promise<Feedback[]> {
    return (await this.feedback.query(
      `SELECT f.job_ad_id AS id, f.saved_at IS NOT NULL AS saved, f.not_relevant_at IS NOT NULL AS "notRelevant", a.employer, a.occupation
         FROM job_matching.job_feedback f JOIN job_matching.job_ad a ON a.id = f.job_ad_id
        WHERE f.citizen_id = $1 AND (f.saved_at IS NOT NULL OR f.not_relevant_at IS NOT NULL)`,
      [citizenId],
    )) as Feedback[];
  }

  private async score(
    profile: MatchProfileEntity,
    feedback: Feedback[],
    options: { adId?: string; limit: number },
  ): Promise<Scored[]> {
    const marked = feedback.filter((f) => f.notRelevant);
    const perOccupation = new Map<string, number>();
    for (const m of marked) perOccupation.set(m.occupation, (perOccupation.get(m.occupation) ?? 0) + 1);
    const params: unknown[] = [
      JSON.stringify(this.asRow(profile)),
      marked.map((m) => m.id),
      [...new Set(marked.map((m) => m.employer))],
      [...perOccupation].filter(([, n]) => n >= 2).map(([o]) => o),
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
    // The profile goes in as a row literal, so the same SQL scores a stored profile and an empty one.
    return (await this.dataSource.query(
      `SELECT a.*, a.date_posted::text AS date_posted_text, a.skills AS ad_skills, f.*, s.*, t.score, a.id = ANY($2::uuid[]) AS marked, a.employer = ANY($3::text[]) AS employer_marked, a.occupation = ANY($4::bpchar[]) AS occupation_marked
         FROM jsonb_populate_record(NULL::job_matching.match_profile, $1::jsonb) p
         JOIN job_matching.job_ad a ON ${candidates}
         ${SCORED_SQL(penalty)}
        ORDER BY t.score DESC, a.date_posted DESC, a.id
        LIMIT $5`,
      params,
    )) as Scored[];
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

  private async present(
    rows: Scored[],
    profile: MatchProfileEntity,
    feedback: Feedback[],
    municipalityCode: string,
    language: Language,
  ): Promise<JobMatchDto[]> {
    if (rows.length === 0) return [];
    const missingIds = [...new Set(rows.flatMap((r) => r.ad_skills.filter((s) => !profile.skills.includes(s))))];
    // The ranking query returns the ads' columns too: no second fetch.
    const ads = new Map(rows.map((r) => [r.id, this.ads.fromRow(r as unknown as Record<string, unknown>)]));
    const [developing, { occupations, municipalities }] = await Promise.all([
      this.offers.offersDeveloping(municipalityCode, missingIds),
      this.reference.catalogues(),
    ]);
    const dtos = new Map(
      (
        await this.ads.toDtos(
          rows.map((r) => ads.get(r.id)!),
          language,
          undefined,
          new Map(rows.map((r) => [r.id, r.distance_km])),
        )
      ).map((d) => [d.id, d]),
    );
    const marks = new Map(feedback.map((f) => [f.id, f]));
    const title = (code: string) =>
      (language === 'en' ? occupations.get(code)?.titleEn : occupations.get(code)?.titleDa) ?? code;
    return rows.map((r) => {
      const ad = ads.get(r.id)!;
      const codes: Reason[] = [];
      const add = (code: ReasonCode, params: Record<string, string | number> = {}) =>
        codes.push({ code, params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
      if (r.occupation_points === 40) add('exact', { title: title(ad.occupation) });
      else if (r.occupation_points > 0)
        add('related', { title: title(profile.wished.find((w) => w.startsWith(ad.occupationGroup)) ?? ad.occupation) });
      if (r.skills_total > 0 && r.skills_matched > 0)
        add('skills', { matched: r.skills_matched, total: r.skills_total });
      if (r.by_municipality && profile.areaMunicipalities.includes(ad.municipalityCode))
        add('area', { municipality: municipalities.get(ad.municipalityCode)?.name ?? ad.municipalityCode });
      else if (r.distance_km !== null) add('km', { km: Math.max(1, Math.round(r.distance_km)) });
      if (ad.hours && profile.hours && r.hours_ok) add(ad.hours);
      if (r.language_ok && ad.language !== 'da') add('language', { language: ad.language });
      if (r.employer_marked) add('employer', { employer: ad.employer });
      if (r.occupation_marked) add('occupation');
      const missingSkills: MissingSkillDto[] = ad.skills
        .filter((s) => !profile.skills.includes(s))
        .map((s) => ({
          id: s,
          name: this.ads.skillName(s, language),
          offers: developing
            .filter((o) => o.skills.includes(s))
            .slice(0, 3)
            .map((o) => ({
              id: o.id,
              title: language === 'en' ? o.titleEn : o.titleDa,
              provider: o.provider,
              kind: o.kind,
              mode: o.mode,
            })),
        }));
      const mark = marks.get(r.id);
      return {
        jobAd: dtos.get(r.id)!,
        score: r.score,
        reasons: codes.map((c) => reasonText(c, language)),
        reasonCodes: codes,
        factors: [
          { factor: 'occupation', points: r.occupation_points, max: 40 },
          { factor: 'skills', points: r.skills_points, max: 30 },
          { factor: 'distance', points: r.distance_points, max: 15 },
          { factor: 'hours', points: r.hours_points, max: 10 },
          { factor: 'language', points: r.language_points, max: 5 },
          ...(r.feedback_points ? [{ factor: 'feedback', points: r.feedback_points, max: 0 }] : []),
        ],
        missingSkills,
        saved: !!mark?.saved,
        notRelevant: !!mark?.notRelevant,
      };
    });
  }

  // ── saved and not relevant ─────────────────────────────────────────────────

  async save(citizen: CitizenPrincipal, adId: string): Promise<void> {
    await this.ads.get(adId);
    await this.mark(
      citizen.id,
      adId,
      { savedAt: new Date() },
      'saved_at = COALESCE(job_matching.job_feedback.saved_at, EXCLUDED.saved_at)',
    );
  }

  async unsave(citizen: CitizenPrincipal, adId: string): Promise<void> {
    await this.feedback.update({ citizenId: citizen.id, jobAdId: adId }, { savedAt: null });
  }

  async markNotRelevant(citizen: CitizenPrincipal, adId: string, reason?: string): Promise<void> {
    await this.ads.get(adId);
    await this.mark(
      citizen.id,
      adId,
      { notRelevantAt: new Date(), notRelevantReason: reason || null },
      'not_relevant_at = EXCLUDED.not_relevant_at, not_relevant_reason = EXCLUDED.not_relevant_reason',
    );
  }

  async undoNotRelevant(citizen: CitizenPrincipal, adId: string): Promise<void> {
    await this.feedback.update(
      { citizenId: citizen.id, jobAdId: adId },
      { notRelevantAt: null, notRelevantReason: null },
    );
  }

  private async mark(
    citizenId: string,
    jobAdId: string,
    values: Partial<JobFeedbackEntity>,
    onConflict: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const row = {
      citizen_id: citizenId,
      job_ad_id: jobAdId,
      saved_at: values.savedAt ?? null,
      not_relevant_at: values.notRelevantAt ?? null,
      not_relevant_reason: values.notRelevantReason ?? null,
    };
    await manager.query(
      `INSERT INTO job_matching.job_feedback (citizen_id, job_ad_id, saved_at, not_relevant_at, not_relevant_reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (citizen_id, job_ad_id) DO UPDATE SET ${onConflict}`,
      Object.values(row),
    );
  }

  async saved(citizen: CitizenPrincipal, language: Language): Promise<SavedJobsDto> {
    const rows = await this.feedback.find({ where: { citizenId: citizen.id }, order: { savedAt: 'DESC' }, take: 200 });
    const ids = rows.filter((r) => r.savedAt).map((r) => r.jobAdId);
    const ads = await this.ads.byIds(ids);
    return {
      items: await this.ads.toDtos(
        ids.flatMap((id) => (ads.has(id) ? [ads.get(id)!] : [])),
        language,
      ),
    };
  }

  // ── suggestions ────────────────────────────────────────────────────────────

  async suggest(
    actor: StaffPrincipal,
    citizenId: string,
    input: { jobAdId: string; note?: string },
    language: Language,
    purpose?: string,
  ): Promise<JobSuggestionDto> {
    const kase = await this.cases.authorize(actor, citizenId, {
      action: 'create',
      resource: 'job-suggestion',
      purpose,
    });
    assertCaseActive(kase);
    const ad = await this.ads.get(input.jobAdId);
    if (ad.validThrough && ad.validThrough.getTime() <= Date.now())
      throw new JobMatchingException(JobMatchingErrorCode.JobAdClosed);
    const saved = await this.dataSource
      .transaction(async (manager) => {
        const row = await manager.save(
          manager.create(JobSuggestionEntity, {
            citizenId: kase.id,
            municipalityCode: kase.municipalityCode,
            jobAdId: ad.id,
            suggestedBy: actor.id,
            suggestedByName: actor.name,
            note: input.note || null,
            answer: null,
            answerReason: null,
            answeredAt: null,
          }),
        );
        await this.cases.recordEvent(
          kase.id,
          'job_suggested',
          { by: actor.name, title: ad.title, employer: ad.employer },
          manager,
        );
        return row;
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { constraint?: string }).constraint === 'job_suggestion_citizen_ad_uq'
        )
          throw new JobMatchingException(JobMatchingErrorCode.AlreadySuggested);
        throw error;
      });
    return (await this.suggestionDtos([saved], language))[0];
  }

  async suggestionsForStaff(
    actor: CaseActor,
    citizenId: string,
    language: Language,
    purpose?: string,
  ): Promise<JobSuggestionsDto> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'job-suggestions', purpose });
    return this.suggestionsOf(kase.id, language);
  }

  async mySuggestions(citizen: CitizenPrincipal, language: Language): Promise<JobSuggestionsDto> {
    return this.suggestionsOf(citizen.id, language);
  }

  /** The citizen answers: applied (logged in the joblog too) or not relevant (and the ranking learns it). */
  async answer(
    citizen: CitizenPrincipal,
    id: string,
    input: SuggestionAnswerDto,
    language: Language,
  ): Promise<JobSuggestionDto> {
    const suggestion = await this.suggestions.findOneBy({ id, citizenId: citizen.id });
    if (!suggestion) throw new JobMatchingException(JobMatchingErrorCode.SuggestionNotFound);
    const ad = await this.ads.get(suggestion.jobAdId);
    await this.dataSource.transaction(async (manager) => {
      const [, changed] = (await manager.query(
        `UPDATE job_matching.job_suggestion SET answer = $2, answer_reason = $3, answered_at = now() WHERE id = $1 AND answer IS NULL`,
        [id, input.answer, input.reason || null],
      )) as [unknown, number];
      if (!changed) throw new JobMatchingException(JobMatchingErrorCode.AlreadyAnswered);
      if (input.answer === 'applied') await this.joblog.addFromAd(citizen, ad, manager);
      else
        await this.mark(
          citizen.id,
          ad.id,
          { notRelevantAt: new Date(), notRelevantReason: input.reason || null },
          'not_relevant_at = EXCLUDED.not_relevant_at, not_relevant_reason = EXCLUDED.not_relevant_reason',
          manager,
        );
      await this.cases.recordEvent(
        citizen.id,
        'job_suggestion_answered',
        { title: ad.title, answer: input.answer },
        manager,
      );
    });
    return (await this.suggestionDtos([(await this.suggestions.findOneBy({ id }))!], language))[0];
  }

  private async suggestionsOf(citizenId: string, language: Language): Promise<JobSuggestionsDto> {
    const rows = await this.suggestions
      .createQueryBuilder('s')
      .where('s.citizenId = :citizenId', { citizenId })
      .orderBy('s.answer IS NULL', 'DESC')
      .addOrderBy('s.createdAt', 'DESC')
      .take(200)
      .getMany();
    return { items: await this.suggestionDtos(rows, language) };
  }

  private async suggestionDtos(rows: JobSuggestionEntity[], language: Language): Promise<JobSuggestionDto[]> {
    const ads = await this.ads.byIds(rows.map((r) => r.jobAdId));
    const dtos = new Map<string, JobAdDto>((await this.ads.toDtos([...ads.values()], language)).map((d) => [d.id, d]));
    return rows.map((r) => ({
      id: r.id,
      jobAd: dtos.get(r.jobAdId)!,
      suggestedByName: r.suggestedByName,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      answer: r.answer,
      answerReason: r.answerReason,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    }));
  }

  // ── alerts ─────────────────────────────────────────────────────────────────

  /**
   * Matches ads not yet matched against the profiles that wish their occupation (GIN index on the
   * profiles' wished occupations: ad → citizens) and records one alert per citizen and ad above the
   * threshold. Batches are claimed with SKIP LOCKED, so several workers share the load and none
   * does an ad twice.
   */
  async runAlerts(): Promise<{ ads: number; alerts: number }> {
    // Two claimers side by side (SKIP LOCKED keeps them apart): the database does the work, on both cores.
    const results = await Promise.all([this.alertLoop(), this.alertLoop()]);
    return { ads: results[0].ads + results[1].ads, alerts: results[0].alerts + results[1].alerts };
  }

  private async alertLoop(): Promise<{ ads: number; alerts: number }> {
    let ads = 0;
    let alerts = 0;
    for (;;) {
      const [done] = (await this.dataSource.query(
        `WITH batch AS (
           SELECT id FROM job_matching.job_ad WHERE alerts_done_at IS NULL ORDER BY created_at, id LIMIT ${ALERT_BATCH} FOR UPDATE SKIP LOCKED
         ), made AS (
           INSERT INTO job_matching.job_alert (citizen_id, job_ad_id, score, mode)
           SELECT p.citizen_id, a.id, t.score, p.alert_mode
             FROM batch b
             JOIN job_matching.job_ad a ON a.id = b.id AND ${OPEN_SQL}
             JOIN job_matching.match_profile p ON p.wished @> ARRAY[a.occupation] AND p.active AND p.alert_mode <> 'off'
             ${SCORED_SQL()}
            WHERE ${IN_AREA_SQL} AND t.score >= ${ALERT_MIN_SCORE}
           ON CONFLICT (citizen_id, job_ad_id) DO NOTHING
           RETURNING 1
         ), marked AS (
           UPDATE job_matching.job_ad SET alerts_done_at = now() WHERE id IN (SELECT id FROM batch) RETURNING 1
         )
         SELECT (SELECT count(*) FROM marked)::int AS ads, (SELECT count(*) FROM made)::int AS alerts`,
      )) as Array<{ ads: number; alerts: number }>;
      if (done.ads === 0) return { ads, alerts };
      ads += done.ads;
      alerts += done.alerts;
    }
  }

  /**
   * Hands alerts not yet announced to the caller, marking them announced in the caller's transaction
   * (so the notification and the mark commit together): instant ones as they come, daily ones for the
   * digest. Oldest first, at most `limit`; concurrent callers never get the same alert (SKIP LOCKED).
   */
  async takeAlerts(manager: EntityManager, mode: 'instant' | 'daily', limit: number): Promise<AlertToAnnounce[]> {
    const [rows] = (await manager.query(
      `WITH due AS (
         SELECT id FROM job_matching.job_alert WHERE mode = $1 AND announced_at IS NULL ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       UPDATE job_matching.job_alert t SET announced_at = now()
         FROM due, job_matching.job_ad a
        WHERE t.id = due.id AND a.id = t.job_ad_id
       RETURNING t.id, t.citizen_id, a.id AS job_ad_id, a.title, a.employer`,
      [mode, limit],
    )) as [Array<{ id: string; citizen_id: string; job_ad_id: string; title: string; employer: string }>, number];
    if (rows.length === 0) return [];
    const profiles = await manager.getRepository(MatchProfileEntity).find({
      where: { citizenId: In([...new Set(rows.map((r) => r.citizen_id))]) },
      select: { citizenId: true, municipalityCode: true },
    });
    const municipalityOf = new Map(profiles.map((p) => [p.citizenId, p.municipalityCode]));
    return rows.flatMap((r) =>
      municipalityOf.has(r.citizen_id)
        ? [
            {
              id: r.id,
              citizenId: r.citizen_id,
              municipalityCode: municipalityOf.get(r.citizen_id)!,
              jobAdId: r.job_ad_id,
              title: r.title,
              employer: r.employer,
            },
          ]
        : [],
    );
  }

  async myAlerts(citizen: CitizenPrincipal, language: Language): Promise<JobAlertsDto> {
    const [rows, profile] = await Promise.all([
      this.alerts.find({ where: { citizenId: citizen.id }, order: { createdAt: 'DESC' }, take: 50 }),
      this.profiles.findOneBy({ citizenId: citizen.id }),
    ]);
    const ads = await this.ads.byIds(rows.map((r) => r.jobAdId));
    const dtos = new Map((await this.ads.toDtos([...ads.values()], language)).map((d) => [d.id, d]));
    return {
      items: rows
        .filter((r) => dtos.has(r.jobAdId))
        .map((r) => ({
          id: r.id,
          jobAd: dtos.get(r.jobAdId)!,
          score: r.score,
          mode: r.mode,
          createdAt: r.createdAt.toISOString(),
        })),
      mode: profile?.alertMode ?? 'daily',
    };
  }

  async setAlertMode(citizen: CitizenPrincipal, mode: AlertMode): Promise<void> {
    const result = await this.profiles.update({ citizenId: citizen.id }, { alertMode: mode });
    if (!result.affected) await this.profiles.insert({ ...this.emptyProfile(citizen), alertMode: mode });
  }

  /** The citizen's home as a search centre (from their profile's postal code). */
  async homeOf(citizenId: string): Promise<{ latitude: number; longitude: number } | null> {
    const p = await this.profiles.findOneBy({ citizenId });
    return p?.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null;
  }
}

/** A job alert handed to notifications. */
export interface AlertToAnnounce {
  id: string;
  citizenId: string;
  municipalityCode: string;
  jobAdId: string;
  title: string;
  employer: string;
}
