import { Injectable } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import type { EntityManager } from 'typeorm';
import { CprCipher } from '../cpr';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { type BenefitType, CitizenEntity } from '../entities/citizen.entity';
import { TimelineEntryEntity } from '../entities/timeline-entry.entity';

interface DemoCitizen {
  id: string;
  municipalityCode: string;
  /** Valid format, clearly fictitious (the demo identity provider's test persons). */
  cpr: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postalCode: string;
  benefitType: BenefitType;
  unemployedSince: string;
  unemploymentFund: string | null;
  assignedCaseworkerId: string;
}

export const DEMO_CITIZENS: DemoCitizen[] = [
  { id: 'c0751000-0000-4000-8000-000000000001', municipalityCode: '0751', cpr: '0103921234', firstName: 'Sofie', lastName: 'Jensen', email: 'sofie.jensen@example.dk', phone: '+4520000001', postalCode: '8000', benefitType: 'unemployment_benefit', unemployedSince: '2026-10-05', unemploymentFund: 'Akademikernes A-kasse', assignedCaseworkerId: 'a0751000-0000-4000-8000-000000000001' },
  { id: 'c0751000-0000-4000-8000-000000000002', municipalityCode: '0751', cpr: '1508852345', firstName: 'Mads', lastName: 'Pedersen', email: 'mads.pedersen@example.dk', phone: '+4520000002', postalCode: '8210', benefitType: 'cash_benefit', unemployedSince: '2026-11-02', unemploymentFund: null, assignedCaseworkerId: 'a0751000-0000-4000-8000-000000000002' },
  { id: 'c0230000-0000-4000-8000-000000000001', municipalityCode: '0230', cpr: '2207903456', firstName: 'Fatima', lastName: 'Ali', email: 'fatima.ali@example.dk', phone: '+4520000003', postalCode: '2840', benefitType: 'unemployment_benefit', unemployedSince: '2026-09-14', unemploymentFund: 'HK Danmarks A-kasse', assignedCaseworkerId: 'a0230000-0000-4000-8000-000000000001' },
  { id: 'c0230000-0000-4000-8000-000000000002', municipalityCode: '0230', cpr: '0311784567', firstName: 'Henrik', lastName: 'Mortensen', email: 'henrik.mortensen@example.dk', phone: '+4520000004', postalCode: '2950', benefitType: 'unemployment_benefit', unemployedSince: '2026-11-16', unemploymentFund: '3F A-kasse', assignedCaseworkerId: 'a0230000-0000-4000-8000-000000000002' },
];

export const DEMO_CITIZEN_IDS = DEMO_CITIZENS.map((c) => c.id);

@Injectable()
@DemoSeed({ name: 'citizens-demo-citizens', order: 20 })
export class CitizensDemoSeed implements DemoSeeder {
  constructor(private readonly config: AppConfig) {}

  async seed(manager: EntityManager): Promise<void> {
    const cipher = new CprCipher(this.config.secrets.dataEncryptionKey);
    await manager.insert(
      CitizenEntity,
      DEMO_CITIZENS.map(({ cpr, ...c }) => ({ ...c, cprEncrypted: cipher.encrypt(cpr), cprHash: cipher.lookupHash(cpr), status: 'active' as const, closedAt: null })),
    );
    await manager.insert(
      TimelineEntryEntity,
      DEMO_CITIZENS.flatMap((c) => [
        { citizenId: c.id, occurredAt: new Date(`${c.unemployedSince}T09:00:00Z`), kind: 'registered', params: { unemployedSince: c.unemployedSince } },
        { citizenId: c.id, occurredAt: new Date(`${c.unemployedSince}T09:00:01Z`), kind: 'caseworker_assigned', params: { caseworkerName: DEMO_STAFF.find((s) => s.id === c.assignedCaseworkerId)?.name ?? '' } },
      ]),
    );
  }
}
