import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BulkImportDto, ImportResultDto } from './dto/job-ads.dto';
import { JobAdPublishingService, type Publisher } from './job-ad-publishing.service';

export type { Publisher };

/**
 * Job ads: schema.org JobPosting import (one or many, upsert by source + identifier), JSON-LD
 * export, and search (Danish full text, filters, radius). New ads are handed to the alert worker.
 *
 * This is the facade other modules call (the employers module publishes its requests as ads; the
 * scale seed imports in bulk). Job ads work by concern behind it:
 * - `JobAdPublishingService`: import (one or many) and withdrawal; new ads go to the alert run;
 * - `JobAdSearchService`: search (full text, filters, radius);
 * - `JobAdViewsService`: one ad or many, as list items and as JSON-LD (what the other concerns read);
 * - `JobAdsRepository`: the SQL.
 */
@Injectable()
export class JobAdsService {
  constructor(private readonly publishing: JobAdPublishingService) {}

  /** Many postings: every valid one is stored, every invalid one reported with its errors. */
  importMany(publisher: Publisher, body: unknown): Promise<BulkImportDto> {
    return this.publishing.importMany(publisher, body);
  }

  /** Parses, checks against the catalogues and upserts; one result per posting, in order. */
  storeAs(
    by: { source: string; owner: string | null; identifierRequired: boolean },
    postings: unknown[],
    manager?: EntityManager,
  ): Promise<ImportResultDto[]> {
    return this.publishing.storeAs(by, postings, manager);
  }
}
