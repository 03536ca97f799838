import { Injectable } from '@nestjs/common';
import { ReferenceService } from '@jobunivers/api/reference';
import { randomUUID } from 'node:crypto';
import { MatchingRepository } from './matching.repository';

/** What a company's request asks for, scored like a job ad. */
export interface RankCriteria {
  occupation: string;
  postalCode: string;
  hoursPerWeek: number | null;
}

export type CandidateReasonCode = 'exact' | 'related' | 'skills' | 'area' | 'km' | 'full_time' | 'part_time';

export interface RankedCitizen {
  citizenId: string;
  score: number;
  reasons: Array<{ code: CandidateReasonCode; params: Record<string, string> }>;
}

/** Full time from this many hours a week (as in Danish collective agreements, 37 is full time). */
const FULL_TIME_HOURS = 30;

/**
 * Citizens ranked for a company's request with the same score and reasons as job matches (the request
 * is scored as if it were an ad): occupation, skills, distance, hours. Only the given citizens (the
 * employers module passes those who let employers see them) and only those with a match profile.
 */
@Injectable()
export class CandidateRankingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly reference: ReferenceService,
  ) {}

  async rank(criteria: RankCriteria, citizenIds: string[], limit = 50): Promise<RankedCitizen[]> {
    if (citizenIds.length === 0) return [];
    const { postalCodes, occupations, municipalities } = await this.reference.catalogues();
    const place = postalCodes.get(criteria.postalCode);
    const hours =
      criteria.hoursPerWeek === null ? null : criteria.hoursPerWeek >= FULL_TIME_HOURS ? 'full_time' : 'part_time';
    const ad = {
      id: randomUUID(),
      occupation: criteria.occupation,
      occupation_group: criteria.occupation.slice(0, 3),
      skills: [],
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      municipality_code: place?.municipalityCodes[0] ?? null,
      hours,
      language: 'da',
    };
    const rows = await this.repository.candidates(ad, citizenIds, limit);
    const title = (code: string) => occupations.get(code)?.titleDa ?? code;
    return rows.map((r) => {
      const reasons: RankedCitizen['reasons'] = [];
      if (r.occupation_points === 40) reasons.push({ code: 'exact', params: { title: title(criteria.occupation) } });
      else if (r.occupation_points > 0) {
        const related = r.wished.find((w) => w.startsWith(ad.occupation_group)) ?? criteria.occupation;
        reasons.push({ code: 'related', params: { title: title(related) } });
      }
      if (r.skills_total > 0 && r.skills_matched > 0)
        reasons.push({ code: 'skills', params: { matched: String(r.skills_matched), total: String(r.skills_total) } });
      if (r.by_municipality && ad.municipality_code && r.area_municipalities.includes(ad.municipality_code))
        reasons.push({
          code: 'area',
          params: { municipality: municipalities.get(ad.municipality_code)?.name ?? ad.municipality_code },
        });
      else if (r.distance_km !== null)
        reasons.push({ code: 'km', params: { km: String(Math.max(1, Math.round(r.distance_km))) } });
      if (hours && r.hours && r.hours_ok) reasons.push({ code: hours, params: {} });
      return { citizenId: r.citizen_id, score: r.score, reasons };
    });
  }
}
