import { Injectable } from '@nestjs/common';
import type { Language } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import { toPage } from '@jobunivers/api/http';
import type { Principal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import type { JobAdPageDto, JobAdQueryDto } from './dto/job-ads.dto';
import { JobAdViewsService } from './job-ad-views.service';
import { JobAdsRepository, type JobAdFilter } from './job-ads.repository';
import { JobMatchingErrorCode, JobMatchingException } from './job-matching.errors';

/**
 * Searching job ads: full text (Danish stemming, accents ignored), occupation, hours, municipality and radius (around a
 * postal code, a municipality or the citizen's home); open ads only, or all of the publisher's own.
 */
@Injectable()
export class JobAdSearchService {
  constructor(
    private readonly repository: JobAdsRepository,
    private readonly views: JobAdViewsService,
    private readonly reference: ReferenceService,
  ) {}

  /** Search: full text (Danish stemming, accents ignored), filters, radius; open ads only (staff's own: all). */
  async search(
    principal: Principal,
    query: JobAdQueryDto,
    language: Language,
    home?: { latitude: number; longitude: number } | null,
  ): Promise<JobAdPageDto> {
    const { municipalities, postalCodes } = await this.reference.catalogues();
    const mine = query.mine === 'true' && principal.kind !== 'citizen';
    const filter: JobAdFilter = {
      ...(mine
        ? { source: principal.kind === 'client' ? `client:${principal.id}` : `jobcentre:${principal.municipalityCode}` }
        : {}),
      q: query.q,
      occupation: query.occupation,
      hours: query.hours,
    };
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
      else filter.municipalityCode = query.municipality;
    }
    if (!centre && home) centre = home;
    if (query.radiusKm && !centre) throw new JobMatchingException(JobMatchingErrorCode.NoSearchCentre);
    filter.centre = centre;
    filter.radiusKm = query.radiusKm;
    const limit = query.limit;
    const rows = await this.repository.search(filter, { limit, offset: (query.page - 1) * limit });
    // A page past the end has no rows to tell the total; it is counted on its own then.
    const total = rows.length ? Number(rows[0].total) : query.page === 1 ? 0 : await this.repository.count(filter);
    const byId = await this.views.byIds(rows.map((r) => r.id));
    const items = await this.views.toDtos(
      rows.map((r) => byId.get(r.id)!),
      language,
      principal,
      new Map(rows.map((r) => [r.id, r.distance_km])),
    );
    return toPage(items, total, query);
  }
}
