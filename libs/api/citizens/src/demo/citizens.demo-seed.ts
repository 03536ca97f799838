import { Injectable } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import type { EntityManager } from 'typeorm';
import { CprCipher } from '../cpr';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { type BenefitType, CitizenEntity } from '../entities/citizen.entity';
import { ProfileEntity } from '../entities/profile.entity';
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
  {
    id: 'c0751000-0000-4000-8000-000000000001',
    municipalityCode: '0751',
    cpr: '0103921234',
    firstName: 'Sofie',
    lastName: 'Jensen',
    email: 'sofie.jensen@example.dk',
    phone: '+4520000001',
    postalCode: '8000',
    benefitType: 'unemployment_benefit',
    unemployedSince: '2026-10-05',
    unemploymentFund: 'Akademikernes A-kasse',
    assignedCaseworkerId: 'a0751000-0000-4000-8000-000000000001',
  },
  {
    id: 'c0751000-0000-4000-8000-000000000002',
    municipalityCode: '0751',
    cpr: '1508852345',
    firstName: 'Mads',
    lastName: 'Pedersen',
    email: 'mads.pedersen@example.dk',
    phone: '+4520000002',
    postalCode: '8210',
    benefitType: 'cash_benefit',
    unemployedSince: '2026-11-02',
    unemploymentFund: null,
    assignedCaseworkerId: 'a0751000-0000-4000-8000-000000000002',
  },
  {
    id: 'c0230000-0000-4000-8000-000000000001',
    municipalityCode: '0230',
    cpr: '2207903456',
    firstName: 'Fatima',
    lastName: 'Ali',
    email: 'fatima.ali@example.dk',
    phone: '+4520000003',
    postalCode: '2840',
    benefitType: 'unemployment_benefit',
    unemployedSince: '2026-09-14',
    unemploymentFund: 'HK Danmarks A-kasse',
    assignedCaseworkerId: 'a0230000-0000-4000-8000-000000000001',
  },
  {
    id: 'c0230000-0000-4000-8000-000000000002',
    municipalityCode: '0230',
    cpr: '0311784567',
    firstName: 'Henrik',
    lastName: 'Mortensen',
    email: 'henrik.mortensen@example.dk',
    phone: '+4520000004',
    postalCode: '2950',
    benefitType: 'unemployment_benefit',
    unemployedSince: '2026-11-16',
    unemploymentFund: '3F A-kasse',
    assignedCaseworkerId: 'a0230000-0000-4000-8000-000000000002',
  },
];

export const DEMO_CITIZEN_IDS = DEMO_CITIZENS.map((c) => c.id);

@Injectable()
@DemoSeed({ name: 'citizens-demo-citizens', order: 20 })
export class CitizensDemoSeed implements DemoSeeder {
  constructor(private readonly config: AppConfig) {}

  async seed(manager: EntityManager): Promise<void> {
    const cipher = new CprCipher(this.config.secrets.cprKeys);
    await manager.insert(
      CitizenEntity,
      DEMO_CITIZENS.map(({ cpr, ...c }) => ({
        ...c,
        cprEncrypted: cipher.encrypt(cpr, c.id),
        cprHash: cipher.lookupHash(cpr),
        status: 'active' as const,
        closedAt: null,
      })),
    );
    await manager.insert(
      TimelineEntryEntity,
      DEMO_CITIZENS.flatMap((c) => [
        {
          citizenId: c.id,
          occurredAt: new Date(`${c.unemployedSince}T09:00:00Z`),
          kind: 'registered',
          params: { unemployedSince: c.unemployedSince },
        },
        {
          citizenId: c.id,
          occurredAt: new Date(`${c.unemployedSince}T09:00:01Z`),
          kind: 'caseworker_assigned',
          params: { caseworkerName: DEMO_STAFF.find((s) => s.id === c.assignedCaseworkerId)?.name ?? '' },
        },
      ]),
    );
  }
}

/**
 * Profiles of three demo citizens, so job matches, offers for skill gaps and the CV pages have
 * something to show; Henrik has none yet (the app asks him to fill it in).
 */
export const DEMO_PROFILES: Array<
  Pick<
    ProfileEntity,
    | 'citizenId'
    | 'wishedOccupations'
    | 'skills'
    | 'education'
    | 'experience'
    | 'workArea'
    | 'hours'
    | 'languages'
    | 'drivingLicences'
    | 'preferredMeetingForms'
    | 'notificationChannels'
  >
> = [
  {
    citizenId: DEMO_CITIZENS[0].id,
    wishedOccupations: ['4311', '3313'],
    skills: [
      { id: 'bookkeeping', name: 'Bogføring' },
      { id: 'office-software', name: 'Office-pakken (Word, Excel, Outlook)' },
      { id: 'customer-service', name: 'Kundeservice' },
    ],
    education: [
      { title: 'Kontoruddannelse med speciale i økonomi', institution: 'Aarhus Business College', completedYear: 2013 },
    ],
    experience: [
      {
        title: 'Bogholderiassistent',
        employer: 'Jysk Revision',
        from: '2016-03',
        to: '2026-09',
        occupationCode: '4311',
      },
    ],
    workArea: { radiusKm: 30 },
    hours: 'full_time',
    languages: [
      { language: 'da', level: 'native' },
      { language: 'en', level: 'good' },
    ],
    drivingLicences: ['B'],
    preferredMeetingForms: ['video', 'in_person'],
    notificationChannels: ['push', 'email'],
  },
  {
    citizenId: DEMO_CITIZENS[1].id,
    wishedOccupations: ['9333', '4321'],
    skills: [
      { id: 'warehouse', name: 'Lagerarbejde' },
      { id: 'delivery', name: 'Udbringning' },
    ],
    education: [],
    experience: [
      { title: 'Lagermedarbejder', employer: 'Salling Group', from: '2019-01', to: '2026-10', occupationCode: '9333' },
    ],
    workArea: { radiusKm: 25 },
    hours: 'both',
    languages: [{ language: 'da', level: 'native' }],
    drivingLicences: ['B'],
    preferredMeetingForms: ['phone'],
    notificationChannels: ['push'],
  },
  {
    citizenId: DEMO_CITIZENS[2].id,
    wishedOccupations: ['5322', '5321'],
    skills: [
      { id: 'elder-care', name: 'Ældrepleje' },
      { id: 'personal-care', name: 'Personlig pleje' },
    ],
    education: [{ title: 'Social- og sundhedshjælper', institution: 'SOSU H', completedYear: 2018 }],
    experience: [
      {
        title: 'Social- og sundhedshjælper',
        employer: 'Rudersdal Kommune',
        from: '2018-08',
        to: '2026-08',
        occupationCode: '5322',
      },
    ],
    workArea: { radiusKm: 20 },
    hours: 'both',
    languages: [
      { language: 'da', level: 'good' },
      { language: 'ar', level: 'native' },
      { language: 'en', level: 'good' },
    ],
    drivingLicences: ['B'],
    preferredMeetingForms: ['in_person'],
    notificationChannels: ['email'],
  },
];

@Injectable()
@DemoSeed({ name: 'citizens-demo-profiles', order: 21 })
export class CitizenProfilesDemoSeed implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const existing = new Set(
      (
        (await manager.query(`SELECT id FROM citizens.citizen WHERE id = ANY($1::uuid[])`, [
          DEMO_CITIZEN_IDS,
        ])) as Array<{ id: string }>
      ).map((r) => r.id),
    );
    const rows = DEMO_PROFILES.filter((p) => existing.has(p.citizenId));
    if (rows.length) await manager.upsert(ProfileEntity, rows, ['citizenId']);
  }
}
