import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PlatformException } from '@jobunivers/api/errors';
import type { Principal } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { ReferenceService } from '@jobunivers/api/reference';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { BulkImportDto, ImportResultDto } from './dto/job-ads.dto';
import { JobAdEntity } from './entities/job-ad.entity';
import { JobAdsRepository, type JobAdRow, type UpsertedRow } from './job-ads.repository';
import { type FieldError, parseJobPosting } from './job-posting';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';

export const ALERTS_JOB = 'job-matching.alerts';
export const MAX_BULK = 1000;

/** Who may publish ads: staff (their jobcentre) or an API client with jobs:write. */
export type Publisher = Extract<Principal, { kind: 'staff' | 'client' }>;
const sourceOf = (p: Publisher) => (p.kind === 'client' ? `client:${p.id}` : `jobcentre:${p.municipalityCode}`);

/**
 * Publishing job ads: schema.org JobPosting import (one or many, upsert by source + identifier) and withdrawal. New ads
 * are handed to the alert worker.
 */
@Injectable()
export class JobAdPublishingService {
  private readonly logger = new Logger('JobAds');

  constructor(
    @InjectRepository(JobAdEntity) private readonly ads: Repository<JobAdEntity>,
    private readonly repository: JobAdsRepository,
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
    const rows: Array<{ index: number; row: JobAdRow }> = [];
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
  private async upsert(rows: JobAdRow[], manager: EntityManager): Promise<Array<UpsertedRow | { error: string }>> {
    const out: Array<UpsertedRow | { error: string }> = [];
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      try {
        out.push(...(await manager.transaction((m) => this.repository.upsert(chunk, m))));
      } catch {
        for (const row of chunk) {
          try {
            out.push(...(await manager.transaction((m) => this.repository.upsert([row], m))));
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

  /** Expires an ad now (it drops out of search and matching); only its publisher may. */
  async withdraw(publisher: Publisher, id: string): Promise<void> {
    const ad = await this.ads.findOneBy({ id });
    if (!ad) throw new JobMatchingException(JobMatchingErrorCode.JobAdNotFound);
    if (ad.source !== sourceOf(publisher)) throw new JobMatchingException(JobMatchingErrorCode.NotOwnJobAd);
    await this.ads.update({ id }, { validThrough: new Date() });
  }
}
