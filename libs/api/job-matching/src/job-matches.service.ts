import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService, type CaseActor, type Language } from '@jobunivers/api/citizens';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { OffersService } from '@jobunivers/api/offers';
import { ReferenceService } from '@jobunivers/api/reference';
import { Repository } from 'typeorm';
import type { JobMatchDto, JobMatchesDto, MissingSkillDto } from './dto/matching.dto';
import { MatchProfileEntity } from './entities/match-profile.entity';
import { JobAdViewsService } from './job-ad-views.service';
import { type Reason, type ReasonCode, reasonText } from './job-matching.texts';
import { emptyProfile } from './match-profiles.service';
import { MatchTopService, penalisedBy, profileReady } from './match-top.service';
import { type FeedbackRow, MatchingRepository, type ScoredRow } from './matching.repository';

/**
 * The citizen's matches: open ads ranked by a transparent score, with the reasons they fit, the skills the citizen
 * misses and the offers that develop them.
 */
@Injectable()
export class JobMatchesService {
  constructor(
    @InjectRepository(MatchProfileEntity) private readonly profiles: Repository<MatchProfileEntity>,
    private readonly ads: JobAdViewsService,
    private readonly cases: CitizenCasesService,
    private readonly offers: OffersService,
    private readonly reference: ReferenceService,
    private readonly repository: MatchingRepository,
    private readonly top: MatchTopService,
  ) {}

  /** The citizen's best open ads within their work area, best first (read from their maintained top-N list). */
  async matchesFor(
    citizenId: string,
    municipalityCode: string,
    language: Language,
    limit = 20,
  ): Promise<JobMatchesDto> {
    const [profile, feedback] = await Promise.all([this.profiles.findOneBy({ citizenId }), this.feedbackOf(citizenId)]);
    if (!profileReady(profile)) return { items: [], profileReady: false };
    const rows = await this.top.ranked(profile, feedback, limit);
    return { items: await this.present(rows, profile, feedback, municipalityCode, language), profileReady: true };
  }

  /** How one ad fits the citizen (for the ad's page), whether or not it is in their work area. */
  async matchOne(citizen: CitizenPrincipal, adId: string, language: Language): Promise<JobMatchDto> {
    const ad = await this.ads.get(adId);
    const [stored, feedback] = await Promise.all([
      this.profiles.findOneBy({ citizenId: citizen.id }),
      this.feedbackOf(citizen.id),
    ]);
    const profile = stored ?? emptyProfile(citizen);
    const rows = await this.repository.score(profile, penalisedBy(feedback), { adId: ad.id, limit: 1 });
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

  /** The citizen's saved and "not relevant" marks, with the employer and occupation of each ad. */
  private feedbackOf(citizenId: string): Promise<FeedbackRow[]> {
    return this.repository.feedbackOf(citizenId);
  }

  private async present(
    rows: ScoredRow[],
    profile: MatchProfileEntity,
    feedback: FeedbackRow[],
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
}
