import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import { JobAdEntity } from './entities/job-ad.entity';
import { OPEN_SQL, SEARCH_DOCUMENT_SQL } from './scoring';

/** A job ad as stored by an import: every column but the generated ones. */
export type JobAdRow = Omit<JobAdEntity, 'id' | 'createdAt' | 'updatedAt' | 'alertsDoneAt'>;

/** The columns an import overwrites when the publisher sends an ad again (same source and identifier). */
const UPDATABLE: Array<keyof JobAdRow> = [
  'ownerMunicipalityCode',
  'title',
  'description',
  'employer',
  'employerUrl',
  'datePosted',
  'validThrough',
  'employmentType',
  'hours',
  'workHours',
  'streetAddress',
  'postalCode',
  'locality',
  'municipalityCode',
  'latitude',
  'longitude',
  'occupation',
  'occupationGroup',
  'skills',
  'otherSkills',
  'language',
  'salary',
  'url',
];
const COLUMN: Record<string, string> = {
  ownerMunicipalityCode: 'owner_municipality_code',
  employerUrl: 'employer_url',
  datePosted: 'date_posted',
  validThrough: 'valid_through',
  employmentType: 'employment_type',
  workHours: 'work_hours',
  streetAddress: 'street_address',
  postalCode: 'postal_code',
  municipalityCode: 'municipality_code',
  occupationGroup: 'occupation_group',
  otherSkills: 'other_skills',
};

/** One stored ad of an upsert: its id, and whether the statement inserted it (rather than updated it). */
export interface UpsertedRow {
  id: string;
  inserted: boolean;
}

/**
 * What a search looks for, its rules already applied by the service: which ads count (the publisher's own, or the open
 * ones), the filters, and the centre that distances are measured from.
 */
export interface JobAdFilter {
  /** Only this publisher's ads (`client:…` or `jobcentre:…`), open or not; without it, open ads only. */
  source?: string;
  /** Words for the full-text search (Danish stemming, accents ignored); the hits are ranked by them. */
  q?: string;
  /** An ISCO-08 unit group (4 digits), or the start of one. */
  occupation?: string;
  hours?: string;
  municipalityCode?: string;
  /** Where distances are measured from. */
  centre?: { latitude: number; longitude: number };
  /** Only ads within this many km of `centre`. */
  radiusKm?: number;
}

/** One hit of a search page: the ad, its distance from the centre (when there is one) and the count of all hits. */
export interface JobAdHitRow {
  id: string;
  distance_km: number | null;
  total: string;
}

/** Ad `a`'s distance in km from the centre, whose latitude and longitude `p` adds as parameters. */
const distanceFrom = (centre: { latitude: number; longitude: number }, p: (v: unknown) => string) =>
  `job_matching.distance_km(${p(centre.latitude)}, ${p(centre.longitude)}, a.latitude, a.longitude)`;

/** The job ads' SQL statements, in one place (the services hold the rules). */
@Injectable()
export class JobAdsRepository extends SqlRepository {
  /** Inserts the ads, or updates the ones with the same source and identifier, in one statement; `xmax = 0` tells a new row. */
  async upsert(rows: JobAdRow[], manager: EntityManager): Promise<UpsertedRow[]> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(JobAdEntity)
      .values(rows)
      .orUpdate([...UPDATABLE.map((c) => COLUMN[c] ?? c), 'updated_at'], ['source', 'identifier'])
      .returning('id, (xmax = 0) AS inserted')
      .execute();
    return result.raw as UpsertedRow[];
  }

  /** One page of the ads the filter finds, best first (by rank when it has words, then newest), with the count of all. */
  search(filter: JobAdFilter, page: { limit: number; offset: number }): Promise<JobAdHitRow[]> {
    const { where, rank, params, p } = this.where(filter);
    const distance = filter.centre ? distanceFrom(filter.centre, p) : 'NULL::float8';
    return this.q(
      `SELECT a.id, ${distance} AS distance_km, count(*) OVER () AS total
         FROM job_matching.job_ad a
        WHERE ${where.join(' AND ')}
        ORDER BY ${filter.q ? `${rank} DESC, ` : ''}a.date_posted DESC, a.id
        LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}`,
      params,
    );
  }

  /** How many ads the filter finds (for a page past the end, which has no rows to count them). */
  async count(filter: JobAdFilter): Promise<number> {
    const { where, params } = this.where(filter);
    const [row] = await this.q<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM job_matching.job_ad a WHERE ${where.join(' AND ')}`,
      params,
    );
    return row.n;
  }

  /** The filter's conditions over `a` (job_ad) and its rank expression; `p` adds a parameter (filters' come first). */
  private where(filter: JobAdFilter): {
    where: string[];
    rank: string;
    params: unknown[];
    p: (v: unknown) => string;
  } {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (filter.source !== undefined) where.push(`a.source = ${p(filter.source)}`);
    else where.push(OPEN_SQL);
    let rank = 'NULL::real';
    if (filter.q) {
      const tsq = `websearch_to_tsquery('public.danish_unaccent', ${p(filter.q)})`;
      where.push(`${SEARCH_DOCUMENT_SQL} @@ ${tsq}`);
      rank = `ts_rank_cd(${SEARCH_DOCUMENT_SQL}, ${tsq})`;
    }
    if (filter.occupation)
      where.push(
        filter.occupation.length === 4
          ? `a.occupation = ${p(filter.occupation)}`
          : `a.occupation LIKE ${p(`${filter.occupation}%`)}`,
      );
    if (filter.hours) where.push(`a.hours = ${p(filter.hours)}`);
    if (filter.municipalityCode) where.push(`a.municipality_code = ${p(filter.municipalityCode)}`);
    if (filter.radiusKm && filter.centre) where.push(`${distanceFrom(filter.centre, p)} <= ${p(filter.radiusKm)}`);
    return { where, rank, params, p };
  }
}
