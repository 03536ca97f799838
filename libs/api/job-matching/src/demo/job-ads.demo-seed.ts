import { Injectable } from '@nestjs/common';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import { ReferenceService } from '@jobunivers/api/reference';
import { todayInCopenhagen } from '@jobunivers/api/time';
import type { EntityManager } from 'typeorm';
import { JobAdPublishingService } from '../job-ad-publishing.service';
import { MatchingService } from '../matching.service';
import { generateJobPostings } from './job-ads.generator';

/** Around the two demo jobcentres (Aarhus; Rudersdal in North Zealand) and a few big cities. */
const POSTAL_CODES = [
  '8000',
  '8200',
  '8210',
  '8220',
  '8230',
  '8240',
  '8260',
  '8270',
  '8300',
  '8320',
  '8361',
  '8380',
  '8520',
  '8600',
  '8660',
  '8700',
  '2840',
  '2850',
  '2950',
  '3460',
  '2800',
  '2900',
  '2970',
  '3400',
  '2100',
  '2200',
  '2730',
  '2750',
  '3520',
  '2820',
  '5000',
  '9000',
  '6700',
  '7100',
  '4000',
];

@Injectable()
@DemoSeed({ name: 'job-matching-demo-ads', order: 60 })
export class JobAdsDemoSeed implements DemoSeeder {
  constructor(
    private readonly ads: JobAdPublishingService,
    private readonly matching: MatchingService,
    private readonly reference: ReferenceService,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    const { postalCodes } = await this.reference.catalogues();
    const places = POSTAL_CODES.flatMap((code) =>
      postalCodes.has(code) ? [{ postalCode: code, locality: postalCodes.get(code)!.name }] : [],
    );
    const postings = generateJobPostings({ count: 400, seed: 2026, places, today: todayInCopenhagen() });
    await this.ads.storeAs({ source: 'demo', owner: null, identifierRequired: true }, postings, manager);
    await this.matching.rebuildProfiles(manager);
  }
}
