import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Language } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import { toPage } from '@jobunivers/api/http';
import type { Principal } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { ReferenceService } from '@jobunivers/api/reference';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { BulkImportDto, ImportResultDto, JobAdDto, JobAdPageDto, JobAdQueryDto } from './dto/job-ads.dto';
import { JobAdEntity } from './entities/job-ad.entity';
import { type FieldError, parseJobPosting } from './job-posting';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';
import { OPEN_SQL, SEARCH_DOCUMENT_SQL } from './scoring';

export const ALERTS_JOB = 'job-matching.alerts';
export const MAX_BULK = 1000;

/** Who may publish ads: staff (their jobcentre) or an API client with jobs:write. */
export type Publisher = Extract<Principal, { kind: 'staff' | 'client' }>;
const sourceOf = (p: Publisher) => (p.kind === 'client' ? `client:${p.id}` : `jobcentre:${p.municipalityCode}`);

type Row = Omit<JobAdEntity, 'id' | 'createdAt' | 'updatedAt' | 'alertsDoneAt'>;
const UPDATABLE: Array<keyof Row> = [
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

/**
 * Job ads: schema.org JobPosting import (one or many, upsert by source + identifier), JSON-LD
 * export, and search (Danish full text, filters, radius). New ads are handed to the alert worker.
 */
@Injectable()
export class JobAdsService {
  private readonly logger = new Logger('JobAds');

  constructor(
    @InjectRepository(JobAdEntity) private readonly ads: Repository<JobAdEntity>,
    private readonly reference: ReferenceService,
    private readonly queue: QueueService,
    private readonly dataSource: DataSource,
  ) {}

  /** One posting: 400 naming every bad field, or created/updated. */
  async importOne(publisher: Publisher, posting: unknown): Promise<{ created: boolean; id: string }> {
    const [result] = await this.store(publisher, [posting]);
    if (result.status === 'invalid') throw PlatformException.validation(result.errors!);
    return { created: result.status === 'created', id: result.id! };
  }

  /** Many postings: every valid one is stored, every invalid one reported with its errors. */
  async importMany(publisher: Publisher, body: unknown): Promise<BulkImportDto> {
    const list = Array.isArray(body)
      ? body
      : body && typeof body === 'object'
        ? ((body as Record<string, unknown>)['items'] ?? (body as Record<string, unknown>)['@graph'])
        : undefined;
    if (!Array.isArray(list))
      throw PlatformException.validation([
        { field: 'items', message: 'send a JSON array of JobPostings, {"items": [...]} or {"@graph": [...]}' },
      ]);
    if (list.length === 0) throw PlatformException.validation([{ field: 'items', message: 'items must not be empty' }]);
    if (list.length > MAX_BULK)
      throw new JobMatchingException(
        JobMatchingErrorCode.TooManyJobAds,
        `Send at most ${MAX_BULK} job ads per request; split the rest into more requests.`,
      );
    const items = await this.store(publisher, list);
    const count = (s: ImportResultDto['status']) => items.filter((i) => i.status === s).length;
    return { items, created: count('created'), updated: count('updated'), invalid: count('invalid') };
  }

  private store(publisher: Publisher, postings: unknown[]): Promise<ImportResultDto[]> {
    return this.storeAs(
      {
        source: sourceOf(publisher),
        owner: publisher.municipalityCode,
        identifierRequired: publisher.kind === 'client',
      },
      postings,
    );
  }

  /** Parses, checks against the catalogues and upserts; one result per posting, in order. */
  async storeAs(
    by: { source: string; owner: string | null; identifierRequired: boolean },
    postings: unknown[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ImportResultDto[]> {
    const { occupations, postalCodes, municipalities } = await this.reference.catalogues();
    const skillIds = new Map(
      this.reference.searchSkills().flatMap(
        (s) =>
          [
            [s.id, s.id],
            [s.da.toLowerCase(), s.id],
            [s.en.toLowerCase(), s.id],
          ] as Array<[string, string]>,
      ),
    );
    const source = by.source;
    const results: ImportResultDto[] = [];
    const rows: Array<{ index: number; row: Row }> = [];
    const seen = new Map<string, number>();
    postings.forEach((posting, index) => {
      const { posting: p, errors } = parseJobPosting(posting, { identifierRequired: by.identifierRequired });
      const more: FieldError[] = [...errors];
      if (p) {
        if (!occupations.has(p.occupation))
          more.push({ field: 'occupationalCategory', message: `${p.occupation} is not an ISCO-08 unit group` });
        if (!postalCodes.has(p.postalCode))
          more.push({
            field: 'jobLocation.address.postalCode',
            message: `${p.postalCode} is not a Danish postal code`,
          });
      }
      if (!p || more.length) {
        results[index] = { index, status: 'invalid', identifier: p?.identifier ?? null, errors: more };
        return;
      }
      const identifier = p.identifier ?? randomUUID();
      const earlier = seen.get(identifier);
      if (earlier !== undefined) {
        results[earlier] = {
          index: earlier,
          status: 'invalid',
          identifier,
          errors: [
            {
              field: 'identifier',
              message: `identifier ${identifier} comes again later in this request; the later one was used`,
            },
          ],
        };
        rows.splice(
          rows.findIndex((r) => r.index === earlier),
          1,
        );
      }
      seen.set(identifier, index);
      const postal = postalCodes.get(p.postalCode)!;
      const municipalityCode = postal.municipalityCodes[0];
      rows.push({
        index,
        row: {
          source,
          identifier,
          ownerMunicipalityCode: by.owner,
          title: p.title,
          description: p.description,
          employer: p.employer,
          employerUrl: p.employerUrl,
          datePosted: p.datePosted,
          validThrough: p.validThrough,
          employmentType: p.employmentType,
          hours: p.hours,
          workHours: p.workHours,
          streetAddress: p.streetAddress,
          postalCode: p.postalCode,
          locality: p.locality ?? postal.name ?? municipalities.get(municipalityCode)?.name ?? '',
          municipalityCode,
          latitude: p.geo?.latitude ?? postal.latitude,
          longitude: p.geo?.longitude ?? postal.longitude,
          occupation: p.occupation,
          occupationGroup: p.occupation.slice(0, 3),
          skills: [
            ...new Set(
              p.skills.flatMap((s) => (skillIds.has(s.toLowerCase()) ? [skillIds.get(s.toLowerCase())!] : [])),
            ),
          ],
          otherSkills: p.skills.filter((s) => !skillIds.has(s.toLowerCase())),
          language: p.language,
          salary: p.salary,
          url: p.url,
        },
      });
    });
    if (rows.length) {
      const stored = await this.upsert(
        rows.map((r) => r.row),
        manager,
      );
      rows.forEach((r, i) => {
        const s = stored[i];
        results[r.index] =
          'id' in s
            ? { index: r.index, status: s.inserted ? 'created' : 'updated', id: s.id, identifier: r.row.identifier }
            : {
                index: r.index,
                status: 'invalid',
                identifier: r.row.identifier,
                errors: [{ field: 'item', message: s.error }],
              };
      });
      if (stored.some((s) => 'id' in s && s.inserted))
        await this.queue.send(ALERTS_JOB, {}, { singletonKey: ALERTS_JOB }).catch(() => undefined);
    }
    return results;
  }

  /**
   * Multi-row INSERT … ON CONFLICT (source, identifier) DO UPDATE per 500 rows; `xmax = 0` tells a new
   * row. Each statement runs in its own transaction (a savepoint when the caller's manager is in one);
   * when PostgreSQL refuses a statement, its rows are stored one by one, so only the row it refuses
   * fails (reported as that item's error) and never the batch, nor the caller's transaction.
   */
  private async upsert(
    rows: Row[],
    manager: EntityManager,
  ): Promise<Array<{ id: string; inserted: boolean } | { error: string }>> {
    const out: Array<{ id: string; inserted: boolean } | { error: string }> = [];
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      try {
        out.push(...(await manager.transaction((m) => this.insert(chunk, m))));
      } catch {
        for (const row of chunk) {
          try {
            out.push(...(await manager.transaction((m) => this.insert([row], m))));
          } catch (error) {
            this.logger.warn(
              `Job ad ${row.source}/${row.identifier} was refused by the database: ${error instanceof Error ? error.message : String(error)}`,
            );
            out.push({
              error: 'the job ad could not be stored (the database refused one of its values); nothing of it was saved',
            });
          }
        }
      }
    }
    return out;
  }

  private async insert(rows: Row[], manager: EntityManager): Promise<Array<{ id: string; inserted: boolean }>> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(JobAdEntity)
      .values(rows)
      .orUpdate([...UPDATABLE.map((c) => COLUMN[c] ?? c), 'updated_at'], ['source', 'identifier'])
      .returning('id, (xmax = 0) AS inserted')
      .execute();
    return result.raw as Array<{ id: string; inserted: boolean }>;
  }

  /** Expires an ad now (it drops out of search and matching); only its publisher may. */
  async withdraw(publisher: Publisher, id: string): Promise<void> {
    const ad = await this.ads.findOneBy({ id });
    if (!ad) throw new JobMatchingException(JobMatchingErrorCode.JobAdNotFound);
    if (ad.source !== sourceOf(publisher)) throw new JobMatchingException(JobMatchingErrorCode.NotOwnJobAd);
    await this.ads.update({ id }, { validThrough: new Date() });
  }

  async get(id: string): Promise<JobAdEntity> {
    const ad = await this.ads.findOneBy({ id });
    if (!ad) throw new JobMatchingException(JobMatchingErrorCode.JobAdNotFound);
    return ad;
  }

  /** An ad from a raw `job_matching.job_ad` row (`a.*` plus `date_posted_text`), e.g. the ranking query's. */
  fromRow(r: Record<string, unknown>): JobAdEntity {
    const col = <T>(name: string) => r[name] as T;
    return Object.assign(new JobAdEntity(), {
      id: col<string>('id'),
      source: col<string>('source'),
      identifier: col<string>('identifier'),
      ownerMunicipalityCode: col<string | null>('owner_municipality_code'),
      title: col<string>('title'),
      description: col<string>('description'),
      employer: col<string>('employer'),
      employerUrl: col<string | null>('employer_url'),
      datePosted: col<string>('date_posted_text'),
      validThrough: col<Date | null>('valid_through'),
      employmentType: col<string[]>('employment_type'),
      hours: col<JobAdEntity['hours']>('hours'),
      workHours: col<string | null>('work_hours'),
      streetAddress: col<string | null>('street_address'),
      postalCode: col<string>('postal_code'),
      locality: col<string>('locality'),
      municipalityCode: col<string>('municipality_code'),
      latitude: col<number>('latitude'),
      longitude: col<number>('longitude'),
      occupation: col<string>('occupation'),
      occupationGroup: col<string>('occupation_group'),
      skills: col<string[]>('skills'),
      otherSkills: col<string[]>('other_skills'),
      language: col<string>('language'),
      salary: col<JobAdEntity['salary']>('salary'),
      url: col<string | null>('url'),
      alertsDoneAt: col<Date | null>('alerts_done_at'),
      createdAt: col<Date>('created_at'),
      updatedAt: col<Date>('updated_at'),
    });
  }

  async byIds(ids: string[]): Promise<Map<string, JobAdEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.ads.createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The ad as schema.org JobPosting JSON-LD, as it would be published. */
  async jsonLd(id: string, baseUrl: string): Promise<Record<string, unknown>> {
    const a = await this.get(id);
    const { occupations, municipalities } = await this.reference.catalogues();
    return {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      '@id': `${baseUrl}/api/v1/job-ads/${a.id}`,
      identifier: { '@type': 'PropertyValue', name: a.source, value: a.identifier },
      title: a.title,
      description: a.description,
      datePosted: a.datePosted,
      ...(a.validThrough ? { validThrough: a.validThrough.toISOString() } : {}),
      ...(a.employmentType.length ? { employmentType: a.employmentType } : {}),
      hiringOrganization: {
        '@type': 'Organization',
        name: a.employer,
        ...(a.employerUrl ? { sameAs: a.employerUrl } : {}),
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          ...(a.streetAddress ? { streetAddress: a.streetAddress } : {}),
          postalCode: a.postalCode,
          addressLocality: a.locality,
          addressRegion: municipalities.get(a.municipalityCode)?.region,
          addressCountry: 'DK',
        },
        geo: { '@type': 'GeoCoordinates', latitude: a.latitude, longitude: a.longitude },
      },
      occupationalCategory: {
        '@type': 'CategoryCode',
        codeValue: a.occupation,
        inCodeSet: 'ISCO-08',
        name: occupations.get(a.occupation)?.titleEn,
      },
      ...(a.skills.length || a.otherSkills.length
        ? {
            skills: [
              ...a.skills.map((s) => ({
                '@type': 'DefinedTerm',
                termCode: s,
                name: this.skillName(s, 'da'),
                inDefinedTermSet: `${baseUrl}/api/v1/skills`,
              })),
              ...a.otherSkills,
            ],
          }
        : {}),
      inLanguage: a.language,
      ...(a.salary
        ? {
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: a.salary.currency,
              value: {
                '@type': 'QuantitativeValue',
                ...(a.salary.value !== undefined ? { value: a.salary.value } : {}),
                ...(a.salary.minValue !== undefined ? { minValue: a.salary.minValue } : {}),
                ...(a.salary.maxValue !== undefined ? { maxValue: a.salary.maxValue } : {}),
                ...(a.salary.unitText ? { unitText: a.salary.unitText } : {}),
              },
            },
          }
        : {}),
      ...(a.workHours ? { workHours: a.workHours } : {}),
      ...(a.url ? { url: a.url } : {}),
      dateModified: a.updatedAt.toISOString(),
    };
  }

  private skillsById?: Map<string, { da: string; en: string }>;

  skillName(id: string, language: Language): string {
    this.skillsById ??= new Map(this.reference.searchSkills().map((x) => [x.id, x]));
    const s = this.skillsById.get(id);
    return s ? s[language] : id;
  }

  /** Search: full text (Danish stemming, accents ignored), filters, radius; open ads only (staff's own: all). */
  async search(
    principal: Principal,
    query: JobAdQueryDto,
    language: Language,
    home?: { latitude: number; longitude: number } | null,
  ): Promise<JobAdPageDto> {
    const { municipalities, postalCodes } = await this.reference.catalogues();
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    const mine = query.mine === 'true' && principal.kind !== 'citizen';
    if (mine)
      where.push(
        `a.source = ${p(principal.kind === 'client' ? `client:${principal.id}` : `jobcentre:${principal.municipalityCode}`)}`,
      );
    else where.push(OPEN_SQL);
    let rank = 'NULL::real';
    if (query.q) {
      const tsq = `websearch_to_tsquery('public.danish_unaccent', ${p(query.q)})`;
      where.push(`${SEARCH_DOCUMENT_SQL} @@ ${tsq}`);
      rank = `ts_rank_cd(${SEARCH_DOCUMENT_SQL}, ${tsq})`;
    }
    if (query.occupation)
      where.push(
        query.occupation.length === 4
          ? `a.occupation = ${p(query.occupation)}`
          : `a.occupation LIKE ${p(`${query.occupation}%`)}`,
      );
    if (query.hours) where.push(`a.hours = ${p(query.hours)}`);
    let centre: { latitude: number; longitude: number } | undefined;
    const unknown = (field: string, message: string) => PlatformException.validation([{ field, message }]);
    if (query.postalCode) {
      const pc = postalCodes.get(query.postalCode);
      if (!pc) throw unknown('postalCode', `${query.postalCode} is not a Danish postal code`);
      centre = pc;
    }
    if (query.municipality) {
      const m = municipalities.get(query.municipality);
      if (!m) throw unknown('municipality', `${query.municipality} is not a municipality code`);
      if (query.radiusKm && !centre) centre = m;
      else where.push(`a.municipality_code = ${p(query.municipality)}`);
    }
    if (!centre && home) centre = home;
    if (query.radiusKm) {
      if (!centre) throw new JobMatchingException(JobMatchingErrorCode.NoSearchCentre);
      where.push(
        `job_matching.distance_km(${p(centre.latitude)}, ${p(centre.longitude)}, a.latitude, a.longitude) <= ${p(query.radiusKm)}`,
      );
    }
    // The count below (a page past the end) takes the filters' parameters only, not the distance's or the paging's.
    const filterParams = params.length;
    const distance = centre
      ? `job_matching.distance_km(${p(centre.latitude)}, ${p(centre.longitude)}, a.latitude, a.longitude)`
      : 'NULL::float8';
    const limit = query.limit;
    const rows = (await this.ads.query(
      `SELECT a.id, ${distance} AS distance_km, count(*) OVER () AS total
         FROM job_matching.job_ad a
        WHERE ${where.join(' AND ')}
        ORDER BY ${query.q ? `${rank} DESC, ` : ''}a.date_posted DESC, a.id
        LIMIT ${p(limit)} OFFSET ${p((query.page - 1) * limit)}`,
      params,
    )) as Array<{ id: string; distance_km: number | null; total: string }>;
    const total = rows.length
      ? Number(rows[0].total)
      : query.page === 1
        ? 0
        : await this.count(where.join(' AND '), params.slice(0, filterParams));
    const byId = await this.byIds(rows.map((r) => r.id));
    const items = await this.toDtos(
      rows.map((r) => byId.get(r.id)!),
      language,
      principal,
      new Map(rows.map((r) => [r.id, r.distance_km])),
    );
    return toPage(items, total, query);
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const [row] = (await this.ads.query(
      `SELECT count(*)::int AS n FROM job_matching.job_ad a WHERE ${where}`,
      params,
    )) as Array<{ n: number }>;
    return row.n;
  }

  async toDtos(
    ads: JobAdEntity[],
    language: Language,
    viewer?: { kind: string; municipalityCode: string },
    distances?: Map<string, number | null>,
  ): Promise<JobAdDto[]> {
    const { occupations, municipalities } = await this.reference.catalogues();
    const now = Date.now();
    return ads.map((a) => {
      const occupation = occupations.get(a.occupation);
      const distance = distances?.get(a.id);
      return {
        id: a.id,
        title: a.title,
        employer: a.employer,
        description: a.description,
        occupation: {
          code: a.occupation,
          title: (language === 'en' ? occupation?.titleEn : occupation?.titleDa) ?? a.occupation,
        },
        streetAddress: a.streetAddress,
        postalCode: a.postalCode,
        locality: a.locality,
        municipalityCode: a.municipalityCode,
        municipalityName: municipalities.get(a.municipalityCode)?.name ?? a.municipalityCode,
        hours: a.hours,
        employmentType: a.employmentType,
        workHours: a.workHours,
        skills: a.skills,
        otherSkills: a.otherSkills,
        language: a.language,
        salary: a.salary,
        datePosted: a.datePosted,
        validThrough: a.validThrough?.toISOString() ?? null,
        url: a.url,
        open: !a.validThrough || a.validThrough.getTime() > now,
        ownedByMyMunicipality:
          !!viewer && viewer.kind === 'staff' && a.source === `jobcentre:${viewer.municipalityCode}`,
        ...(distance !== undefined && distance !== null ? { distanceKm: Math.round(distance) } : {}),
      };
    });
  }
}
