import type { INestApplication } from '@nestjs/common';
import { CitizensService } from '@jobunivers/api/citizens';
import { MeetingsService } from '@jobunivers/api/meetings';
import {
  generateJobPostings,
  GENERATED_OCCUPATIONS,
  JobAdsService,
  MatchingService,
  prng,
} from '@jobunivers/api/job-matching';
import { addDays, copenhagenToUtc, isClosedDay, isoWeekday } from '@jobunivers/api/time';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { copyRows, json, withIndexesDeferred } from './copy-writer';

/** The national scale the issue names; `factor` scales every count (tests use a small one). */
export const NATIONAL_SCALE = {
  citizens: 150_000,
  meetings: 2_000_000,
  jobAds: 50_000,
  joblogPerCitizen: 5,
  planItemsPerCitizen: 3,
  conversationsPerCitizen: 0.5,
  messagesPerConversation: 3,
  auditRows: 2_000_000,
  citizensPerCaseworker: 60,
  offersPerMunicipality: 15,
};
export const SCALE_MARKER = 'scale-data';
const DEV_ISSUER = 'scale-data';

export interface ScaleSeedOptions {
  seed: number;
  factor: number;
  /** The day the data is built around (Copenhagen date); with the same seed and day the data is the same. */
  today: string;
  log?: (line: string) => void;
}
export interface ScaleSeedReport {
  seed: number;
  factor: number;
  today: string;
  rows: Record<string, number>;
  ms: Record<string, number>;
  totalMs: number;
}

const hex = (rnd: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
/** A version-4-shaped UUID from the PRNG (deterministic, still unique enough for 10⁷ rows: 122 random bits). */
const uuid = (rnd: () => number) =>
  `${hex(rnd, 8)}-${hex(rnd, 4)}-4${hex(rnd, 3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(rnd, 3)}-${hex(rnd, 12)}`;
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

const FIRST = [
  'Anne',
  'Mette',
  'Kirsten',
  'Hanne',
  'Helle',
  'Susanne',
  'Lene',
  'Maria',
  'Sofie',
  'Ida',
  'Emma',
  'Fatima',
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Thomas',
  'Søren',
  'Mads',
  'Jonas',
  'Ali',
  'Mohammed',
  'Anders',
  'Rasmus',
  'Freja',
  'Laura',
  'Oliver',
  'Noah',
  'Karim',
];
const LAST = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Hussein',
  'Yilmaz',
  'Nowak',
];
const SKILLS: Array<[string, string]> = [
  ['customer-service', 'Kundeservice'],
  ['sales', 'Salg'],
  ['office-software', 'Office-pakken'],
  ['bookkeeping', 'Bogføring'],
  ['warehouse', 'Lagerarbejde'],
  ['forklift', 'Truckcertifikat'],
  ['elder-care', 'Ældrepleje'],
  ['personal-care', 'Personlig pleje'],
  ['first-aid', 'Førstehjælp'],
  ['cooking', 'Madlavning'],
  ['food-hygiene', 'Hygiejnebevis'],
  ['cleaning', 'Rengøring'],
  ['logistics', 'Logistik'],
  ['delivery', 'Udbringning'],
  ['communication', 'Kommunikation'],
  ['english', 'Engelsk'],
];
const EMPLOYERS = [
  'Salling Group',
  'PostNord',
  'Coop Danmark',
  'DSV',
  'Region Midtjylland',
  'Arla Foods',
  'ISS Facility Services',
  'Netto',
  'Bilka',
  'Danske Fragtmænd',
  'Aarhus Kommune',
  'Københavns Kommune',
  'Telia Danmark',
  'Novo Nordisk',
];
const JOB_TITLES = [
  'Lagermedarbejder',
  'Butiksassistent',
  'Kontorassistent',
  'Chauffør',
  'SOSU-hjælper',
  'Kundeservicemedarbejder',
  'Rengøringsassistent',
  'Køkkenmedhjælper',
  'Bogholder',
  'Pædagogmedhjælper',
];
const OFFER_TITLES: Array<[string, string, string]> = [
  ['Jobsøgningskursus', 'Job search course', 'course'],
  ['CV-værksted', 'CV workshop', 'workshop'],
  ['Digital jobsøgning (e-læring)', 'Digital job search (e-learning)', 'e_learning'],
  ['Jobklub', 'Job club', 'job_club'],
  ['Truckcertifikat', 'Forklift certificate', 'upskilling'],
  ['Virksomhedspraktik i detail', 'Company internship in retail', 'company_internship'],
  ['Webinar: Sådan går du til jobsamtale', 'Webinar: job interviews', 'webinar'],
  ['Hygiejnekursus', 'Food hygiene course', 'course'],
  ['Engelsk for jobsøgende', 'English for job seekers', 'course'],
  ['Løntilskud i kommunen', 'Wage subsidy in the municipality', 'wage_subsidy'],
];
const MESSAGES = [
  'Hej, jeg har et spørgsmål om mit forløb.',
  'Kan jeg flytte min samtale til næste uge?',
  'Tak for svaret. Det giver mening.',
  'Hej. Ja, det kan du godt. Jeg har sendt dig en ny tid.',
  'Jeg har søgt tre job i denne uge.',
  'Husk at opdatere din joblog inden samtalen.',
];
const SLOT_TIMES = Array.from(
  { length: 16 },
  (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

interface Municipality {
  code: string;
  name: string;
  postalCodes: string[];
  citizens: number;
  staff: Array<{ id: string; name: string; roles: string[]; team: string }>;
  caseworkers: Array<{ id: string; name: string }>;
  offers: string[];
}
interface Citizen {
  id: string;
  municipality: Municipality;
  caseworker: { id: string; name: string };
  active: boolean;
  unemployedSince: string;
  track: 'self_service' | 'personal';
}

/**
 * `seed:scale`: fills the database with national-scale data — 150,000 citizens with profiles and
 * timelines across all 98 municipalities, ~2,500 staff, 2,000,000 meetings over two years (each
 * caseworker's meetings on distinct half-hour slots of working days, so the no-overlap constraints
 * hold), 50,000 open job ads (the module's own import) and match profiles, offers and plans,
 * joblogs, conversations with messages, screenings, notifications and 2,000,000 audit rows — via
 * COPY, one table at a time. Deterministic: the same seed and day give the same rows (CPR numbers
 * are still encrypted with random IVs, as always). Refuses to run twice on one database.
 */
export async function seedScale(app: INestApplication, options: ScaleSeedOptions): Promise<ScaleSeedReport> {
  const log = options.log ?? (() => undefined);
  const dataSource = app.get(DataSource);
  const done = await dataSource.query(`SELECT 1 FROM platform.demo_seed WHERE name = $1`, [SCALE_MARKER]);
  if (done.length)
    throw new Error(
      'This database already holds the scale data (platform.demo_seed "scale-data"); use a fresh DATA_DIR or DATABASE_URL.',
    );
  const started = Date.now();
  const rows: Record<string, number> = {};
  const ms: Record<string, number> = {};
  const n = (base: number) => Math.max(1, Math.round(base * options.factor));
  const rnd = prng(options.seed);
  const today = options.today;
  const now = copenhagenToUtc(today, '12:00');
  const cpr = app.get(CitizensService).cpr;

  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  const step = async (name: string, work: () => Promise<number | void>) => {
    const t0 = Date.now();
    const count = await work();
    ms[name] = Date.now() - t0;
    if (typeof count === 'number') rows[name] = count;
    log(
      `${name.padEnd(22)} ${typeof count === 'number' ? String(count).padStart(10) : ''.padStart(10)} rows  ${(ms[name] / 1000).toFixed(1).padStart(6)} s`,
    );
  };
  try {
    await client.query('SET synchronous_commit = off');
    await client.query("SET maintenance_work_mem = '512MB'");
    // ── municipalities, weighted by their number of postal codes (a fair proxy for size) ──
    const refs = (
      await client.query<{ code: string; name: string; postal: string[] }>(
        `SELECT m.code, m.name, coalesce(array_agg(p.code ORDER BY p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS postal
         FROM reference.municipality m LEFT JOIN reference.postal_code p ON m.code = ANY(p.municipality_codes) GROUP BY m.code, m.name ORDER BY m.code`,
      )
    ).rows;
    const weights = refs.map((r) => Math.max(1, r.postal.length));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const citizensTotal = n(NATIONAL_SCALE.citizens);
    const municipalities: Municipality[] = refs.map((r, i) => ({
      code: r.code.trim(),
      name: r.name,
      postalCodes: r.postal.length ? r.postal.map((p) => p.trim()) : ['8000'],
      citizens: Math.max(2, Math.round((citizensTotal * weights[i]) / totalWeight)),
      staff: [],
      caseworkers: [],
      offers: [],
    }));

    await step('identity.staff_user', async () => {
      for (const m of municipalities) {
        const caseworkers = Math.max(1, Math.ceil(m.citizens / NATIONAL_SCALE.citizensPerCaseworker));
        for (let i = 0; i < caseworkers; i++) {
          const s = {
            id: uuid(rnd),
            name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`,
            roles: ['caseworker'],
            team: `Team ${1 + Math.floor(i / 10)}`,
          };
          m.staff.push(s);
          m.caseworkers.push(s);
        }
        m.staff.push({
          id: uuid(rnd),
          name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`,
          roles: ['caseworker', 'team_lead'],
          team: 'Team 1',
        });
        m.staff.push({
          id: uuid(rnd),
          name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`,
          roles: ['municipality_admin'],
          team: 'Team 1',
        });
      }
      return copyRows(
        client,
        'identity.staff_user',
        ['id', 'municipality_code', 'name', 'email', 'roles', 'issuer', 'subject', 'active', 'team'],
        (function* () {
          for (const m of municipalities)
            for (const s of m.staff)
              yield [
                s.id,
                m.code,
                s.name,
                `${s.id.slice(0, 8)}@${m.code}.scale.example.dk`,
                s.roles,
                DEV_ISSUER,
                s.id,
                true,
                s.team,
              ];
        })(),
      );
    });

    // ── citizens, profiles, timelines ──
    const citizens: Citizen[] = [];
    for (const m of municipalities) {
      for (let i = 0; i < m.citizens; i++) {
        const active = rnd() < 0.88;
        citizens.push({
          id: uuid(rnd),
          municipality: m,
          caseworker: m.caseworkers[i % m.caseworkers.length],
          active,
          unemployedSince: addDays(today, -Math.floor(7 + rnd() * (active ? 400 : 700))),
          track: rnd() < 0.7 ? 'self_service' : 'personal',
        });
      }
    }
    await step('citizens.citizen', () =>
      copyRows(
        client,
        'citizens.citizen',
        [
          'id',
          'municipality_code',
          'cpr_encrypted',
          'cpr_hash',
          'first_name',
          'last_name',
          'email',
          'phone',
          'postal_code',
          'benefit_type',
          'unemployed_since',
          'unemployment_fund',
          'assigned_caseworker_id',
          'status',
          'registered_at',
          'closed_at',
          'outcome',
          'outcome_date',
        ],
        (function* () {
          let i = 0;
          for (const c of citizens) {
            // Unique, well-formed CPR numbers: birth dates 1960–2003 and a serial per date.
            const birth = new Date(Date.UTC(1960, 0, 1) + (i % 16_000) * 86_400_000);
            const number = `${String(birth.getUTCDate()).padStart(2, '0')}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCFullYear() % 100).padStart(2, '0')}${String(1000 + Math.floor(i / 16_000)).padStart(4, '0')}`;
            i++;
            const first = pick(rnd, FIRST);
            const benefit = rnd() < 0.55 ? 'unemployment_benefit' : 'cash_benefit';
            const closedOn = c.active ? null : addDays(c.unemployedSince, 30 + Math.floor(rnd() * 300));
            const closed = closedOn && closedOn < today ? closedOn : c.active ? null : addDays(today, -1);
            yield [
              c.id,
              c.municipality.code,
              cpr.encrypt(number, c.id),
              cpr.lookupHash(number),
              first,
              pick(rnd, LAST),
              `${first.toLowerCase()}.${c.id.slice(0, 6)}@example.dk`,
              `+452${String(Math.floor(rnd() * 10_000_000)).padStart(7, '0')}`,
              pick(rnd, c.municipality.postalCodes),
              benefit,
              c.unemployedSince,
              benefit === 'unemployment_benefit'
                ? pick(rnd, ['3F A-kasse', 'HK A-kasse', 'FOA A-kasse', 'Krifa A-kasse'])
                : null,
              c.caseworker.id,
              c.active ? 'active' : 'closed',
              copenhagenToUtc(c.unemployedSince, '10:00'),
              closed ? copenhagenToUtc(closed, '14:00') : null,
              closed ? pick(rnd, ['job', 'job', 'job', 'education', 'other', 'moved']) : null,
              closed,
            ];
          }
        })(),
      ),
    );
    await step('citizens.profile', () =>
      copyRows(
        client,
        'citizens.profile',
        [
          'citizen_id',
          'wished_occupations',
          'skills',
          'education',
          'experience',
          'work_area',
          'hours',
          'languages',
          'driving_licences',
          'preferred_meeting_forms',
          'notification_channels',
        ],
        (function* () {
          for (const c of citizens) {
            const skills = [pick(rnd, SKILLS), pick(rnd, SKILLS), pick(rnd, SKILLS)].filter(
              (s, i, all) => all.findIndex((x) => x[0] === s[0]) === i,
            );
            const wished = [pick(rnd, GENERATED_OCCUPATIONS), pick(rnd, GENERATED_OCCUPATIONS)].filter(
              (w, i, all) => all.indexOf(w) === i,
            );
            yield [
              c.id,
              wished,
              json(skills.map(([id, name]) => ({ id, name }))),
              json([]),
              json([
                {
                  title: pick(rnd, JOB_TITLES),
                  employer: pick(rnd, EMPLOYERS),
                  from: '2018-01',
                  to: c.unemployedSince.slice(0, 7),
                  occupationCode: wished[0],
                },
              ]),
              { radiusKm: pick(rnd, [15, 20, 30, 40]) },
              pick(rnd, ['full_time', 'part_time', 'both']),
              json([{ language: 'da', level: 'native' }]),
              rnd() < 0.7 ? ['B'] : [],
              ['video', 'in_person'],
              ['push', 'email'],
            ];
          }
        })(),
      ),
    );
    await step('citizens.timeline_entry', () =>
      withIndexesDeferred(client, 'citizens.timeline_entry', () =>
        copyRows(
          client,
          'citizens.timeline_entry',
          ['id', 'citizen_id', 'occurred_at', 'kind', 'params'],
          (function* () {
            for (const c of citizens) {
              const at = (days: number) => copenhagenToUtc(addDays(c.unemployedSince, days), '10:00');
              yield [uuid(rnd), c.id, at(0), 'registered', { unemployedSince: c.unemployedSince }];
              yield [
                uuid(rnd),
                c.id,
                new Date(at(0).getTime() + 1),
                'caseworker_assigned',
                { caseworkerName: c.caseworker.name },
              ];
              yield [uuid(rnd), c.id, at(1), 'profile_created', {}];
              yield [uuid(rnd), c.id, at(6), 'screened', { track: c.track }];
            }
          })(),
        ),
      ),
    );
    await step('screening.screening', () =>
      copyRows(
        client,
        'screening.screening',
        [
          'id',
          'citizen_id',
          'municipality_code',
          'caseworker_id',
          'caseworker_name',
          'indicators',
          'assessment',
          'track',
          'summary_for_citizen',
          'next_screening_date',
          'created_at',
        ],
        (function* () {
          for (const c of citizens) {
            const self = c.track === 'self_service';
            yield [
              uuid(rnd),
              c.id,
              c.municipality.code,
              c.caseworker.id,
              c.caseworker.name,
              {
                weeksUnemployed: 1,
                benefitType: 'unemployment_benefit',
                selfAssessment: null,
                daysSinceSignIn: null,
                missedMeetings: null,
                earlierCases: 0,
                openQueueItems: 0,
              },
              self ? 'Jobparat. Kan selv søge job.' : 'Jobparat, men har brug for personlig støtte til jobsøgningen.',
              c.track,
              self
                ? 'Du søger selv job og kan altid booke en samtale.'
                : 'Vi mødes jævnligt og planlægger din jobsøgning sammen.',
              addDays(c.unemployedSince, 6 + 13 * 7),
              copenhagenToUtc(addDays(c.unemployedSince, 6), '11:00'),
            ];
          }
        })(),
      ),
    );
    await step('screening.queue_item', () =>
      copyRows(
        client,
        'screening.queue_item',
        ['id', 'citizen_id', 'municipality_code', 'reason', 'due_key', 'due_date', 'status'],
        (function* () {
          for (const c of citizens)
            if (c.active && rnd() < 0.04)
              yield [
                uuid(rnd),
                c.id,
                c.municipality.code,
                'rescreening_due',
                `rescreening:${addDays(c.unemployedSince, 97)}`,
                addDays(today, Math.floor(rnd() * 10) - 3),
                'open',
              ];
        })(),
      ),
    );

    // ── meetings: each caseworker's on distinct half-hour slots of working days over two years ──
    const days: string[] = [];
    for (let d = addDays(today, -700); d <= addDays(today, 30); d = addDays(d, 1))
      if (isoWeekday(d) <= 5 && !isClosedDay(d)) days.push(d);
    const caseloads = new Map<string, Citizen[]>();
    for (const c of citizens) {
      const caseload = caseloads.get(c.caseworker.id) ?? [];
      caseload.push(c);
      caseloads.set(c.caseworker.id, caseload);
    }
    const meetingsTotal = n(NATIONAL_SCALE.meetings);
    await step('meetings.availability_window', () =>
      copyRows(
        client,
        'meetings.availability_window',
        [
          'id',
          'caseworker_id',
          'municipality_code',
          'weekday',
          'start_time',
          'end_time',
          'form',
          'slot_minutes',
          'address',
        ],
        (function* () {
          for (const m of municipalities)
            for (const s of m.caseworkers)
              for (const weekday of [1, 2, 3, 4, 5]) {
                yield [uuid(rnd), s.id, m.code, weekday, '08:00', '12:00', 'in_person', 30, `Jobcenter ${m.name}`];
                yield [uuid(rnd), s.id, m.code, weekday, '12:00', '16:00', 'video', 30, null];
              }
        })(),
      ),
    );
    await step('meetings.meeting', () =>
      withIndexesDeferred(client, 'meetings.meeting', () =>
        copyRows(
          client,
          'meetings.meeting',
          [
            'id',
            'citizen_id',
            'caseworker_id',
            'municipality_code',
            'kind',
            'origin',
            'form',
            'starts_at',
            'ends_at',
            'status',
            'topic',
            'address',
            'phone_number',
            'video_url',
            'scheduled_at',
            'shared_summary',
            'outcome_at',
            'outcome_by',
            'rating',
            'created_at',
            'updated_at',
          ],
          (function* () {
            const slots = days.length * SLOT_TIMES.length;
            for (const [caseworkerId, caseload] of caseloads) {
              const target = Math.min(slots, Math.round((meetingsTotal * caseload.length) / citizens.length));
              const gap = slots / target;
              for (let j = 0; j < target; j++) {
                const position = Math.floor(j * gap + rnd() * Math.max(0, Math.floor(gap) - 1));
                const date = days[Math.floor(position / SLOT_TIMES.length)];
                const startsAt = copenhagenToUtc(date, SLOT_TIMES[position % SLOT_TIMES.length]);
                const c = pick(rnd, caseload);
                const past = startsAt < now;
                const r = rnd();
                const status = past
                  ? r < 0.85
                    ? 'held'
                    : r < 0.9
                      ? 'no_show'
                      : r < 0.97
                        ? 'cancelled'
                        : 'cancelled_by_jobcentre'
                  : r < 0.85
                    ? 'booked'
                    : r < 0.95
                      ? 'invited'
                      : 'cancelled';
                const form = pick(rnd, ['in_person', 'video', 'video', 'phone'] as const);
                const visitation = rnd() < 0.08;
                const held = status === 'held';
                yield [
                  uuid(rnd),
                  c.id,
                  caseworkerId,
                  c.municipality.code,
                  visitation ? 'visitation' : 'job_meeting',
                  visitation ? 'system' : rnd() < 0.7 ? 'citizen' : 'caseworker',
                  form,
                  startsAt,
                  new Date(startsAt.getTime() + 30 * 60_000),
                  status,
                  visitation ? null : 'Opfølgning på jobsøgning',
                  form === 'in_person' ? `Jobcenter ${c.municipality.name}` : null,
                  form === 'phone' ? '+4570000000' : null,
                  form === 'video' ? `https://video.example.dk/jobunivers-${c.id.slice(0, 8)}-${j}` : null,
                  new Date(startsAt.getTime() - 14 * 86_400_000),
                  held && rnd() < 0.5 ? 'Vi talte om din jobsøgning. Du søger mindst to job om ugen.' : null,
                  held ? new Date(startsAt.getTime() + 40 * 60_000) : null,
                  held ? caseworkerId : null,
                  held && rnd() < 0.3 ? 1 + Math.floor(rnd() * 5) : null,
                  new Date(startsAt.getTime() - 14 * 86_400_000),
                  new Date(startsAt.getTime() - 14 * 86_400_000),
                ];
              }
            }
          })(),
        ),
      ),
    );

    // The upcoming meetings' slot claims (what a booking meets first; the exclusion constraints stay the last guard).
    await step('meetings.slot_claim', () => app.get(MeetingsService).fillSlotClaims(now));

    // ── offers and plans ──
    await step('offers.offer', () =>
      copyRows(
        client,
        'offers.offer',
        [
          'id',
          'municipality_code',
          'title_da',
          'title_en',
          'description_da',
          'description_en',
          'provider',
          'kind',
          'mode',
          'location',
          'self_paced',
          'benefit_types',
          'tracks',
          'requires_approval',
          'skills',
          'status',
        ],
        (function* () {
          for (const m of municipalities)
            for (let i = 0; i < NATIONAL_SCALE.offersPerMunicipality; i++) {
              const [da, en, kind] = OFFER_TITLES[i % OFFER_TITLES.length];
              const id = uuid(rnd);
              m.offers.push(id);
              const virtual = kind === 'e_learning' || kind === 'webinar';
              yield [
                id,
                m.code,
                `${da}${i >= OFFER_TITLES.length ? ' (hold 2)' : ''}`,
                en,
                `${da} hos Jobcenter ${m.name}.`,
                `${en} at Jobcenter ${m.name}.`,
                `Jobcenter ${m.name}`,
                kind,
                virtual ? 'virtual' : 'in_person',
                virtual ? null : `Jobcenter ${m.name}`,
                kind === 'e_learning',
                ['unemployment_benefit', 'cash_benefit'],
                ['self_service', 'personal'],
                kind === 'company_internship' || kind === 'wage_subsidy',
                [pick(rnd, SKILLS)[0]],
                'published',
              ];
            }
        })(),
      ),
    );
    await step('offers.plan_goal', () =>
      copyRows(
        client,
        'offers.plan_goal',
        ['citizen_id', 'text', 'occupations'],
        (function* () {
          for (const c of citizens)
            if (c.active)
              yield [c.id, 'Fast job inden for mit fag inden for et halvt år.', [pick(rnd, GENERATED_OCCUPATIONS)]];
        })(),
      ),
    );
    await step('offers.plan_item', () =>
      withIndexesDeferred(client, 'offers.plan_item', () =>
        copyRows(
          client,
          'offers.plan_item',
          [
            'id',
            'citizen_id',
            'municipality_code',
            'offer_id',
            'activity_title',
            'due_date',
            'status',
            'created_at',
            'updated_at',
          ],
          (function* () {
            for (const c of citizens) {
              const offers = new Set<string>();
              for (let i = 0; i < NATIONAL_SCALE.planItemsPerCitizen; i++) offers.add(pick(rnd, c.municipality.offers));
              const created = copenhagenToUtc(addDays(c.unemployedSince, 7), '12:00');
              for (const offer of offers)
                yield [
                  uuid(rnd),
                  c.id,
                  c.municipality.code,
                  offer,
                  null,
                  null,
                  pick(rnd, ['planned', 'enrolled', 'completed', 'suggested']),
                  created,
                  created,
                ];
              yield [
                uuid(rnd),
                c.id,
                c.municipality.code,
                null,
                'Søg to job om ugen',
                addDays(c.unemployedSince, 30),
                'planned',
                created,
                created,
              ];
            }
          })(),
        ),
      ),
    );
    await client.query(
      `UPDATE offers.offer o SET enrolled = e.n FROM (SELECT offer_id, count(*)::int AS n FROM offers.plan_item WHERE status = 'enrolled' GROUP BY offer_id) e WHERE e.offer_id = o.id`,
    );

    // ── joblog, conversations, notifications ──
    await step('job_matching.joblog_entry', () =>
      withIndexesDeferred(client, 'job_matching.joblog_entry', () =>
        copyRows(
          client,
          'job_matching.joblog_entry',
          [
            'id',
            'citizen_id',
            'municipality_code',
            'employer',
            'title',
            'applied_on',
            'status',
            'created_at',
            'updated_at',
          ],
          (function* () {
            for (const c of citizens)
              for (let i = 0; i < NATIONAL_SCALE.joblogPerCitizen; i++) {
                const on = addDays(c.unemployedSince, 3 + i * 9);
                if (on > today) break;
                const at = copenhagenToUtc(on, '15:00');
                yield [
                  uuid(rnd),
                  c.id,
                  c.municipality.code,
                  pick(rnd, EMPLOYERS),
                  pick(rnd, JOB_TITLES),
                  on,
                  pick(rnd, ['applied', 'applied', 'interview', 'rejected']),
                  at,
                  at,
                ];
              }
          })(),
        ),
      ),
    );
    const conversations: Array<{ id: string; citizen: Citizen; at: Date }> = [];
    await step('messaging.conversation', () =>
      copyRows(
        client,
        'messaging.conversation',
        [
          'id',
          'citizen_id',
          'municipality_code',
          'subject',
          'status',
          'assigned_to',
          'assigned_name',
          'origin',
          'created_at',
          'last_message_at',
          'first_response_at',
          'citizen_read_at',
          'staff_read_at',
          'closed_at',
        ],
        (function* () {
          for (const c of citizens)
            if (rnd() < NATIONAL_SCALE.conversationsPerCitizen) {
              const at = copenhagenToUtc(addDays(c.unemployedSince, 10 + Math.floor(rnd() * 20)), '09:15');
              const conversation = { id: uuid(rnd), citizen: c, at };
              conversations.push(conversation);
              const answered = new Date(at.getTime() + 3 * 3_600_000);
              const closed = rnd() < 0.6;
              yield [
                conversation.id,
                c.id,
                c.municipality.code,
                pick(rnd, ['Spørgsmål om mit forløb', 'Flytte samtale', 'Min joblog']),
                closed ? 'closed' : 'open',
                c.caseworker.id,
                c.caseworker.name,
                'citizen',
                at,
                new Date(at.getTime() + 4 * 3_600_000),
                answered,
                answered,
                answered,
                closed ? new Date(at.getTime() + 86_400_000) : null,
              ];
            }
        })(),
      ),
    );
    await step('messaging.message', () =>
      copyRows(
        client,
        'messaging.message',
        ['id', 'conversation_id', 'author_kind', 'author_id', 'author_name', 'body', 'internal', 'created_at'],
        (function* () {
          for (const { id, citizen, at } of conversations)
            for (let i = 0; i < NATIONAL_SCALE.messagesPerConversation; i++) {
              const staff = i % 2 === 1;
              yield [
                uuid(rnd),
                id,
                staff ? 'staff' : 'citizen',
                staff ? citizen.caseworker.id : citizen.id,
                staff ? citizen.caseworker.name : 'Borger',
                MESSAGES[(i * 2 + (staff ? 1 : 0)) % MESSAGES.length],
                false,
                new Date(at.getTime() + i * 90 * 60_000),
              ];
            }
        })(),
      ),
    );
    await step('notifications.notification', () =>
      withIndexesDeferred(client, 'notifications.notification', () =>
        copyRows(
          client,
          'notifications.notification',
          [
            'id',
            'recipient_kind',
            'recipient_id',
            'municipality_code',
            'category',
            'kind',
            'params',
            'source_key',
            'created_at',
            'read_at',
          ],
          (function* () {
            for (const c of citizens)
              for (let i = 0; i < 2; i++) {
                const at = copenhagenToUtc(addDays(today, -1 - i * 7 - Math.floor(rnd() * 5)), '07:30');
                yield [
                  uuid(rnd),
                  'citizen',
                  c.id,
                  c.municipality.code,
                  'jobs',
                  'job_digest',
                  { count: String(1 + Math.floor(rnd() * 9)) },
                  `scale:${c.id}:${i}`,
                  at,
                  i === 1 ? at : null,
                ];
              }
          })(),
        ),
      ),
    );

    // ── audit: staff reads of citizens' data over two years ──
    await step('audit.audit_event', () =>
      withIndexesDeferred(client, 'audit.audit_event', () =>
        copyRows(
          client,
          'audit.audit_event',
          [
            'occurred_at',
            'actor_kind',
            'actor_id',
            'actor_name',
            'actor_municipality_code',
            'citizen_id',
            'action',
            'resource',
            'resource_id',
            'purpose',
            'outcome',
          ],
          (function* () {
            const total = n(NATIONAL_SCALE.auditRows);
            const span = 700 * 86_400_000;
            for (let i = 0; i < total; i++) {
              const c = citizens[Math.floor(rnd() * citizens.length)];
              const resource = pick(rnd, [
                'citizen',
                'citizen',
                'meetings',
                'plan',
                'joblog',
                'citizen.timeline',
                'screening',
              ]);
              yield [
                new Date(now.getTime() - span + Math.floor((i / total) * span)),
                'staff',
                c.caseworker.id,
                c.caseworker.name,
                c.municipality.code,
                c.id,
                'read',
                resource,
                c.id,
                'casework',
                'allowed',
              ];
            }
          })(),
        ),
      ),
    );

    // ── job ads through the module's own import (validation, geocoding, occupations), then match profiles ──
    await step('job_matching.job_ad', async () => {
      const places = municipalities.flatMap((m) =>
        m.postalCodes.map((postalCode) => ({ postalCode, locality: m.name })),
      );
      const postings = generateJobPostings({
        count: n(NATIONAL_SCALE.jobAds),
        seed: options.seed,
        places,
        today,
        identifierPrefix: 'scale',
      });
      const publisher = {
        kind: 'client' as const,
        id: '5ca1e000-0000-4000-8000-000000000001',
        clientId: 'scale-data',
        name: 'Scale data',
        municipalityCode: '0101',
        scopes: ['jobs:write'],
      };
      let created = 0;
      for (let i = 0; i < postings.length; i += 1000)
        created += (await app.get(JobAdsService).importMany(publisher, postings.slice(i, i + 1000))).created;
      await client.query(`UPDATE job_matching.job_ad SET alerts_done_at = now() WHERE alerts_done_at IS NULL`);
      return created;
    });
    await step('job_matching.match_profile', () => app.get(MatchingService).rebuildProfiles());

    await step('ANALYZE', async () => void (await client.query('ANALYZE')));
    await client.query(`INSERT INTO platform.demo_seed (name) VALUES ($1)`, [SCALE_MARKER]);
  } finally {
    client.release();
  }
  return { seed: options.seed, factor: options.factor, today, rows, ms, totalMs: Date.now() - started };
}
