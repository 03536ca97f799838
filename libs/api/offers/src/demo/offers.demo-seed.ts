import { Injectable } from '@nestjs/common';
import { DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import { addDays, copenhagenToUtc, todayInCopenhagen, workingDayOnOrAfter } from '@jobunivers/api/time';
import type { EntityManager } from 'typeorm';
import { OfferEntity, type OfferKind, type OfferMode } from '../entities/offer.entity';

const JOBCENTRES: Record<string, { name: string; address: string }> = {
  '0751': { name: 'Jobcenter Aarhus', address: 'Værkmestergade 9, 8000 Aarhus C' },
  '0230': { name: 'Jobcenter Rudersdal', address: 'Stationsvej 36, 3460 Birkerød' },
};

interface DemoOffer {
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  provider?: string;
  kind: OfferKind;
  mode: OfferMode;
  /** Days from today and hours (Copenhagen) of each session; none: self-paced. */
  sessions?: Array<{ inDays: number; from: number; to: number }>;
  capacity?: number;
  requiresApproval?: boolean;
  skills?: string[];
  status?: 'draft' | 'published';
  atJobcentre?: boolean;
}

const OFFERS: DemoOffer[] = [
  {
    titleDa: 'CV-værksted online',
    titleEn: 'Online CV workshop',
    descriptionDa:
      'Få hjælp til at skrive et CV, der viser dine kompetencer. To formiddage på video med en jobkonsulent og andre ledige.',
    descriptionEn:
      'Get help writing a CV that shows your skills. Two mornings on video with a caseworker and other jobseekers.',
    kind: 'workshop',
    mode: 'virtual',
    sessions: [
      { inDays: 7, from: 9, to: 12 },
      { inDays: 9, from: 9, to: 12 },
    ],
    capacity: 20,
    skills: ['communication'],
  },
  {
    titleDa: 'Find job via LinkedIn',
    titleEn: 'Finding a job on LinkedIn',
    descriptionDa: 'Webinar om din profil, netværk og at søge job på LinkedIn.',
    descriptionEn: 'Webinar on your profile, networking and applying for jobs on LinkedIn.',
    kind: 'webinar',
    mode: 'virtual',
    sessions: [{ inDays: 5, from: 13, to: 14 }],
    skills: ['social-media'],
  },
  {
    titleDa: 'Excel for begyndere',
    titleEn: 'Excel for beginners',
    descriptionDa: 'E-læring i dit eget tempo: formler, tabeller og diagrammer.',
    descriptionEn: 'E-learning at your own pace: formulas, tables and charts.',
    provider: 'AMU Online',
    kind: 'e_learning',
    mode: 'virtual',
    skills: ['office-software'],
  },
  {
    titleDa: 'Truckcertifikat',
    titleEn: 'Forklift licence',
    descriptionDa: 'Fem dages kursus med certifikat (kræver godkendelse fra jobcentret).',
    descriptionEn: 'Five-day course with a certificate (needs the jobcentre’s approval).',
    provider: 'AMU-centret',
    kind: 'course',
    mode: 'in_person',
    sessions: [1, 2, 3, 4, 5].map((d) => ({ inDays: 13 + d, from: 8, to: 15 })),
    capacity: 12,
    requiresApproval: true,
    skills: ['forklift', 'warehouse'],
  },
  {
    titleDa: 'Jobklub',
    titleEn: 'Job club',
    descriptionDa: 'Mød andre jobsøgende hver uge, del erfaringer og få sparring på ansøgninger.',
    descriptionEn: 'Meet other jobseekers every week, share experience and get feedback on applications.',
    kind: 'job_club',
    mode: 'hybrid',
    sessions: [3, 10, 17].map((d) => ({ inDays: d, from: 10, to: 12 })),
    capacity: 15,
    atJobcentre: true,
  },
  {
    titleDa: 'Bogholderi med e-conomic',
    titleEn: 'Bookkeeping with e-conomic',
    descriptionDa: 'Opkvalificering i bogføring og lønsystemer (kræver godkendelse).',
    descriptionEn: 'Upskilling in bookkeeping and payroll systems (needs approval).',
    provider: 'Erhvervsakademiet',
    kind: 'upskilling',
    mode: 'in_person',
    sessions: [{ inDays: 21, from: 9, to: 15 }],
    capacity: 2,
    requiresApproval: true,
    skills: ['bookkeeping', 'payroll'],
  },
  {
    titleDa: 'Virksomhedspraktik i detailhandlen',
    titleEn: 'Work placement in retail',
    descriptionDa: 'Fire ugers praktik i en butik tæt på dig.',
    descriptionEn: 'Four weeks’ placement in a shop near you.',
    provider: 'Lokale butikker',
    kind: 'company_internship',
    mode: 'in_person',
    capacity: 5,
    requiresApproval: true,
    skills: ['customer-service', 'sales'],
    status: 'draft',
  },
];

/** The hour (Copenhagen) on a date, as an ISO instant. */
const at = (date: string, hour: number): string =>
  copenhagenToUtc(date, `${String(hour).padStart(2, '0')}:00`).toISOString();

/**
 * The sessions' dates: each on its day from today, moved to the next working day when that falls on a
 * weekend, a holiday or Christmas Eve, and never on or before the session before it.
 */
export function sessionDates(inDays: number[], today = todayInCopenhagen()): string[] {
  const dates: string[] = [];
  for (const days of inDays) {
    const previous = dates.at(-1);
    const wanted = addDays(today, days);
    dates.push(workingDayOnOrAfter(previous && wanted <= previous ? addDays(previous, 1) : wanted));
  }
  return dates;
}

const sessionsOf = (sessions: NonNullable<DemoOffer['sessions']>) => {
  const dates = sessionDates(sessions.map((s) => s.inDays));
  return sessions.map((s, i) => ({ start: at(dates[i], s.from), end: at(dates[i], s.to) }));
};

/** A catalogue for each demo municipality: virtual and physical, with and without approval, one full soon. */
@Injectable()
@DemoSeed({ name: 'offers-demo', order: 50 })
export class OffersDemoSeed implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    for (const [municipalityCode, jobcentre] of Object.entries(JOBCENTRES)) {
      await manager.insert(
        OfferEntity,
        OFFERS.map((o) => ({
          municipalityCode,
          titleDa: o.titleDa,
          titleEn: o.titleEn,
          descriptionDa: o.descriptionDa,
          descriptionEn: o.descriptionEn,
          provider: o.provider ?? jobcentre.name,
          kind: o.kind,
          mode: o.mode,
          location:
            o.mode === 'virtual'
              ? null
              : o.atJobcentre || !o.provider
                ? `${jobcentre.name}, ${jobcentre.address}`
                : `${o.provider}, ${jobcentre.address.split(', ')[1]}`,
          selfPaced: !o.sessions,
          sessions: sessionsOf(o.sessions ?? []),
          capacity: o.capacity ?? null,
          enrolled: 0,
          benefitTypes: [],
          tracks: [],
          requiresApproval: o.requiresApproval ?? false,
          skills: o.skills ?? [],
          status: o.status ?? 'published',
        })),
      );
    }
  }
}
