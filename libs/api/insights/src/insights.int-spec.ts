import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations, IdentityService } from '@jobunivers/api/identity';
import { jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { MeetingsModule, meetingsMigrations } from '@jobunivers/api/meetings';
import { MessagingModule, messagingMigrations } from '@jobunivers/api/messaging';
import { OffersModule, offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { ScreeningModule, screeningMigrations } from '@jobunivers/api/screening';
import {
  createModuleTestApp,
  newCaseworker,
  newMunicipalityCode,
  plantCitizen,
  plantCitizenSignIn,
  plantConversation,
  plantMeeting,
  plantPlanItem,
  plantQueueItem,
  plantQuestion,
  plantScreening,
  SignedInBrowsers,
  TestHttp,
} from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { InsightsModule } from './insights.module';

type Kpi = {
  key: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  snapshot: boolean;
  series: Array<{ month: string; value: number | null; denominator: number | null }>;
  distribution?: number[];
  title: string;
  definition: string;
};
type Report = {
  months: string[];
  kpis: Kpi[];
  overdue: {
    total: number;
    items: Array<{
      citizenId: string;
      name: string;
      reason: string;
      daysOverdue: number;
      caseworkerName: string | null;
    }>;
  };
  teams: Array<{ name: string; caseworkerIds: string[] }>;
};
const migrations = [
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...screeningMigrations,
  ...meetingsMigrations,
  ...offersMigrations,
  ...jobMatchingMigrations,
  ...messagingMigrations,
];
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
/** A date as the API counts it: the day in Copenhagen (UTC differs around midnight). */
const dateOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);

/**
 * A hand-made municipality of its own (no other spec writes there): three caseworkers in two teams, four
 * closed and three active cases, visitations, meetings, ratings, conversations and questions from months
 * ago (planted: see the history builders) — every KPI below is computed by hand from these rows.
 */
describe('insights: KPIs on a hand-made data set equal the hand-computed values', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const M = newMunicipalityCode();
  let cwA: string;
  let cwB: string;
  let lead: string;
  const ids: Record<string, string> = {};
  const get = (path: string, headers: Record<string, string> = {}) =>
    browsers.send<Report>(lead, 'GET', path, undefined, headers);
  const kpi = (r: Report, key: string) => r.kpis.find((k) => k.key === key)!;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [
        IdentityModule,
        AuditModule,
        CitizensModule,
        ScreeningModule,
        MeetingsModule,
        OffersModule,
        MessagingModule,
        InsightsModule,
      ],
      migrations,
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
    const staffMember = async (name: string, roles: Array<'caseworker' | 'team_lead'>, team: string) =>
      (await newCaseworker(app.get(IdentityService), { municipalityCode: M, name, roles, team })).id;
    cwA = await staffMember('Anna A', ['caseworker'], 'Team A');
    cwB = await staffMember('Bo B', ['caseworker'], 'Team B');
    lead = await staffMember('Lis Leder', ['team_lead', 'caseworker'], 'Team A');
    const citizen = async (
      key: string,
      cw: string,
      since: string,
      closed?: { outcome: string; date: string; at: string },
    ) => {
      ids[key] = await plantCitizen(app, {
        municipalityCode: M,
        assignedCaseworkerId: cw,
        firstName: key,
        lastName: 'Nøgletal',
        unemployedSince: since,
        closed,
      });
    };
    await citizen('c1', cwA, '2026-07-01', { outcome: 'job', date: '2026-09-15', at: '2026-09-16T10:00:00Z' }); // 76 days: within 13 and 26 weeks
    await citizen('c2', cwA, '2026-04-01', { outcome: 'education', date: '2026-09-20', at: '2026-09-21T10:00:00Z' }); // 172 days: within 26 only
    await citizen('c3', cwB, '2026-03-01', { outcome: 'job', date: '2026-10-05', at: '2026-10-06T10:00:00Z' }); // 218 days: neither
    await citizen('c4', cwB, '2026-08-01', { outcome: 'other', date: '2026-10-10', at: '2026-10-11T10:00:00Z' }); // not job/education
    await citizen('c5', cwA, '2026-07-01', { outcome: 'job', date: '2026-08-19', at: '2026-08-20T10:00:00Z' }); // closed before the period
    await citizen('a1', cwA, '2026-09-01');
    await citizen('a2', cwA, '2026-09-10');
    await citizen('a3', cwB, '2026-10-01');

    const screening = (who: string, cw: string, track: string, at: string) =>
      plantScreening(app, { citizenId: ids[who], municipalityCode: M, caseworkerId: cw, track, createdAt: at });
    await screening('a1', cwA, 'personal', '2026-09-05T08:00:00Z');
    await screening('a1', cwA, 'self_service', '2026-10-20T08:00:00Z'); // the latest counts
    await screening('a2', cwA, 'personal', '2026-09-20T08:00:00Z');
    await screening('a3', cwB, 'self_service', '2026-10-07T08:00:00Z');

    const item = (who: string, reason: string, due: string, created: string, closed: string | null) =>
      plantQueueItem(app, {
        citizenId: ids[who],
        municipalityCode: M,
        reason,
        dueDate: due,
        status: closed ? 'resolved' : 'open',
        createdAt: created,
        closedAt: closed,
        resolution: closed ? 'screening:x' : null,
      });
    await item('a1', 'visitation_due', '2026-09-15', '2026-09-01T08:00:00Z', '2026-09-05T08:00:00Z'); // 4 days, in time
    await item('a2', 'visitation_due', '2026-09-17', '2026-09-10T08:00:00Z', '2026-09-20T08:00:00Z'); // 10 days, late
    await item('a3', 'visitation_due', '2026-10-15', '2026-10-01T08:00:00Z', '2026-10-07T08:00:00Z'); // 6 days, in time
    await item('a2', 'rescreening_due', dateOf(daysAgo(5)), '2026-10-01T08:00:00Z', null); // overdue 5 days
    await item('a3', 'inactive', dateOf(daysAgo(2)), '2026-10-01T08:00:00Z', null); // overdue 2 days
    await item('a1', 'rescreening_due', dateOf(daysAgo(-3)), '2026-10-01T08:00:00Z', null); // not yet due

    const meeting = (who: string, cw: string, form: string, status: string, start: string, rating: number | null) =>
      plantMeeting(app, {
        citizenId: ids[who],
        caseworkerId: cw,
        municipalityCode: M,
        origin: 'citizen',
        form,
        status,
        startsAt: start,
        scheduledAt: new Date(Date.parse(start) - 7 * 86_400_000),
        rating,
      });
    await meeting('a1', cwA, 'in_person', 'held', '2026-09-08T08:00:00Z', 5);
    await meeting('a2', cwA, 'video', 'held', '2026-09-09T08:00:00Z', 3);
    await meeting('a3', cwB, 'phone', 'no_show', '2026-09-10T08:00:00Z', null);
    await meeting('a3', cwB, 'video', 'cancelled', '2026-09-11T08:00:00Z', null); // cancelled: not counted
    await meeting('a3', cwB, 'video', 'held', '2026-10-12T08:00:00Z', 4);

    const rated = (who: string, rating: number, at: string) =>
      plantPlanItem(app, { citizenId: ids[who], municipalityCode: M, status: 'completed', rating, ratedAt: at });
    await rated('a1', 4, '2026-09-10T10:00:00Z');
    await rated('a3', 2, '2026-10-10T10:00:00Z');

    const conversation = (who: string, created: string, minutes: number) =>
      plantConversation(app, {
        citizenId: ids[who],
        municipalityCode: M,
        createdAt: created,
        firstResponseAt: new Date(Date.parse(created) + minutes * 60_000),
      });
    await conversation('a1', '2026-09-02T10:00:00Z', 30);
    await conversation('a3', '2026-09-03T10:00:00Z', 90);
    await conversation('a2', '2026-10-01T10:00:00Z', 10);
    const question = (who: string, at: string, resolved: boolean | null) =>
      plantQuestion(app, { citizenId: ids[who], municipalityCode: M, resolved, createdAt: at });
    await question('a1', '2026-09-05T10:00:00Z', true);
    await question('a2', '2026-09-06T10:00:00Z', false);
    await question('a3', '2026-10-05T10:00:00Z', null);
    await question('a3', '2026-10-06T10:00:00Z', true);

    await plantCitizenSignIn(app, { citizenId: ids['a1'], municipalityCode: M, at: daysAgo(3) });
    await plantCitizenSignIn(app, { citizenId: ids['a2'], municipalityCode: M, at: daysAgo(20) });
  });
  afterAll(() => app.close());

  it('for the municipality', async () => {
    const res = await get('/api/v1/insights/kpis?from=2026-09-01&to=2026-10-31');
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.months).toEqual(['2026-09', '2026-10']);
    expect(r.teams).toEqual([
      { name: 'Team A', caseworkerIds: expect.arrayContaining([cwA, lead]) },
      { name: 'Team B', caseworkerIds: [cwB] },
    ]);
    expect(kpi(r, 'job_or_education_13_weeks')).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      series: [
        { month: '2026-09', value: 0.5 },
        { month: '2026-10', value: 0 },
      ],
    });
    expect(kpi(r, 'job_or_education_26_weeks')).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      series: [{ value: 1 }, { value: 0 }],
    });
    expect(kpi(r, 'visitation_median_days')).toMatchObject({
      value: 6,
      denominator: 3,
      series: [
        { value: 7, denominator: 2 },
        { value: 6, denominator: 1 },
      ],
    });
    expect(kpi(r, 'visitation_within_deadline')).toMatchObject({
      value: 0.6667,
      numerator: 2,
      denominator: 3,
      series: [{ value: 0.5 }, { value: 1 }],
    });
    expect(kpi(r, 'meeting_form_in_person')).toMatchObject({ value: 0.25, series: [{ value: 0.3333 }, { value: 0 }] });
    expect(kpi(r, 'meeting_form_video')).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      series: [{ value: 0.3333 }, { value: 1 }],
    });
    expect(kpi(r, 'meeting_form_phone')).toMatchObject({ value: 0.25 });
    expect(kpi(r, 'no_show_rate')).toMatchObject({ value: 0.25, series: [{ value: 0.3333 }, { value: 0 }] });
    expect(kpi(r, 'meeting_satisfaction')).toMatchObject({
      value: 4,
      denominator: 3,
      distribution: [0, 0, 1, 1, 1],
      series: [{ value: 4 }, { value: 4 }],
    });
    expect(kpi(r, 'offer_satisfaction')).toMatchObject({
      value: 3,
      distribution: [0, 1, 0, 1, 0],
      series: [{ value: 4 }, { value: 2 }],
    });
    expect(kpi(r, 'first_response_median_minutes')).toMatchObject({
      value: 30,
      denominator: 3,
      series: [{ value: 60 }, { value: 10 }],
    });
    expect(kpi(r, 'knowledge_base_answered')).toMatchObject({
      value: 0.6667,
      numerator: 2,
      denominator: 3,
      series: [{ value: 0.5 }, { value: 1 }],
    });
    expect(kpi(r, 'self_service_share')).toMatchObject({ value: 0.6667, numerator: 2, denominator: 3, snapshot: true });
    expect(kpi(r, 'digitally_active_14_days')).toMatchObject({
      value: 0.3333,
      numerator: 1,
      denominator: 3,
      snapshot: true,
    });
    expect(kpi(r, 'overdue_citizens')).toMatchObject({ value: 2, snapshot: true });
    expect(r.overdue).toEqual({
      total: 2,
      items: [
        {
          citizenId: ids['a2'],
          name: 'a2 Nøgletal',
          reason: 'rescreening_due',
          dueDate: dateOf(daysAgo(5)),
          daysOverdue: 5,
          caseworkerName: 'Anna A',
        },
        {
          citizenId: ids['a3'],
          name: 'a3 Nøgletal',
          reason: 'inactive',
          dueDate: dateOf(daysAgo(2)),
          daysOverdue: 2,
          caseworkerName: 'Bo B',
        },
      ],
    });
    // Naming the overdue citizens is a read of their data: one audit row each.
    expect(
      await db.query(
        `SELECT citizen_id FROM audit.audit_event WHERE actor_id = $1 AND resource = 'insights.overdue' ORDER BY citizen_id`,
        [lead],
      ),
    ).toEqual([ids['a2'], ids['a3']].sort().map((citizen_id) => ({ citizen_id })));
    expect(kpi(r, 'job_or_education_13_weeks').title).toBe('I job eller uddannelse inden 13 uger');
  });

  it('for a team and for a caseworker; in English on request', async () => {
    const r = (
      await get('/api/v1/insights/kpis?from=2026-09-01&to=2026-10-31&team=Team%20A', { 'accept-language': 'en' })
    ).body;
    expect(kpi(r, 'job_or_education_13_weeks')).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      title: 'In job or education within 13 weeks',
    });
    expect(kpi(r, 'job_or_education_26_weeks')).toMatchObject({ value: 1 });
    expect(kpi(r, 'visitation_within_deadline')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(kpi(r, 'meeting_form_video')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(kpi(r, 'no_show_rate')).toMatchObject({ value: 0 });
    expect(kpi(r, 'self_service_share')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(kpi(r, 'first_response_median_minutes')).toMatchObject({
      value: 20,
      series: [{ value: 30 }, { value: 10 }],
    });
    expect(r.overdue.items.map((i) => i.citizenId)).toEqual([ids['a2']]);
    const b = (await get(`/api/v1/insights/kpis?from=2026-09-01&to=2026-10-31&caseworker=${cwB}`)).body;
    expect(kpi(b, 'job_or_education_26_weeks')).toMatchObject({ value: 0, denominator: 2 });
    expect(kpi(b, 'meeting_satisfaction')).toMatchObject({ value: 4, distribution: [0, 0, 0, 1, 0] });
  });

  it('refuses bad input with a 400 naming the field, and callers who are not team leads', async () => {
    for (const [query, field] of [
      ['from=2026-13-01', 'from'],
      ['from=2026-10-01&to=2026-09-01', 'from'],
      ['from=2020-01-01&to=2026-10-01', 'from'],
      ['team=Team%20Z', 'team'],
      ['caseworker=nope', 'caseworker'],
      [`caseworker=${DEMO_STAFF[0]!.id}`, 'caseworker'],
    ] as const) {
      const res = await browsers.send<{ errors: Array<{ field: string }> }>(
        lead,
        'GET',
        `/api/v1/insights/kpis?${query}`,
      );
      expect([query, res.status, res.body.errors?.map((e) => e.field)]).toEqual([query, 400, [field]]);
    }
    expect((await browsers.send(cwA, 'GET', '/api/v1/insights/kpis')).status).toBe(403);
    expect((await http.get('/api/v1/insights/kpis')).status).toBe(401);
    // Another municipality's team lead sees only their own (none of these rows).
    const other = await browsers.send<Report>(
      DEMO_STAFF.find((s) => s.name === 'Birgitte Friis')!.id,
      'GET',
      '/api/v1/insights/kpis?from=2026-09-01&to=2026-10-31',
    );
    expect(other.status).toBe(200);
    expect(other.body.overdue.items.some((i) => Object.values(ids).includes(i.citizenId))).toBe(false);
  });
});
