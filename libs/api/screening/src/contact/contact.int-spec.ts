import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { referenceMigrations } from '@jobunivers/api/reference';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import {
  createModuleTestApp,
  newCitizen,
  plantMeeting,
  rewriteCaseDates,
  SignedInBrowsers,
  TestHttp,
  unique,
} from '@jobunivers/api/testing';
import { addDays, copenhagenToUtc, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { screeningMigrations } from '../migrations';
import { ScreeningScanService } from '../screening-scan.service';
import { ScreeningModule } from '../screening.module';
import { ContactService } from './contact.service';

const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!;
const mette = staff('Mette Kjær').id;
const jonas = staff('Jonas Holm').id;
const anne = staff('Anne Dahl').id; // Rudersdal
const purpose = { 'x-access-purpose': 'Samtalekrav: fritagelse' };
const today = todayInCopenhagen();

type Plan = {
  ruleSetId: string;
  targetGroup: string;
  requirements: Array<{ kind: string; index: number; dueBy: string; status: string; meetingId: string | null }>;
  exemption: null | { reason: string; by: string; at: string };
};

describe('contact rules: the plan, exemptions within the quota, the scan, the KPIs', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;

  const send = (userId: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    browsers.send(userId, method, path, body, headers);
  /**
   * Registers a citizen in Aarhus on Mette's caseload with no meetings and nothing queued: the visitation call is
   * cancelled by the jobcentre (a cancelled meeting meets no requirement); `unemployedSince` and
   * `registeredDaysAgo` are set afterwards.
   */
  const register = async (benefitType: string, unemployedSince = addDays(today, -10), registeredDaysAgo = 0) => {
    const { id, answer } = await newCitizen(browsers, mette, {
      firstName: 'Kontakt',
      benefitType,
      unemployedSince: addDays(today, -1),
    });
    expect(answer['assignedCaseworkerId']).toBe(mette);
    await rewriteCaseDates(app, id, {
      unemployedSince,
      registeredAt: new Date(Date.now() - registeredDaysAgo * 86_400_000),
    });
    const call = (answer['nextSteps'] as { visitationInvitation: { meetingId: string } | null }).visitationInvitation;
    if (call) {
      const cancelled = await send(mette, 'POST', `/api/v1/meetings/${call.meetingId}/outcome`, {
        outcome: 'cancelled_by_jobcentre',
      });
      expect(cancelled.status).toBe(200);
    }
    await db.query(`DELETE FROM screening.queue_item WHERE citizen_id = $1`, [id]);
    return id;
  };
  /** A meeting with Jonas the citizen booked, on a Copenhagen date with a status (each at its own minute, so none overlap). */
  const meeting = (citizenId: string, date: string, status: string) => {
    const start = copenhagenToUtc(date, '05:00').getTime() + (unique() % 1000) * 60_000;
    return plantMeeting(app, {
      citizenId,
      caseworkerId: jonas,
      municipalityCode: '0751',
      origin: 'citizen',
      form: 'phone',
      status,
      startsAt: new Date(start),
      endsAt: new Date(start + 30_000),
    });
  };
  const plan = async (citizenId: string) => {
    const res = await send(mette, 'GET', `/api/v1/citizens/${citizenId}/contact-plan`);
    expect(res.status).toBe(200);
    return res.body as unknown as Plan;
  };
  const contactItems = async (citizenId: string) =>
    (await db.query(
      `SELECT reason, due_key, due_date::text AS due FROM screening.queue_item WHERE citizen_id = $1 AND reason LIKE 'contact_%' ORDER BY reason, due_key`,
      [citizenId],
    )) as Array<{ reason: string; due_key: string; due: string }>;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, ScreeningModule],
      migrations: [
        ...referenceMigrations,
        ...identityMigrations,
        ...auditMigrations,
        ...citizensMigrations,
        ...screeningMigrations,
        ...meetingsMigrations,
      ],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('publishes the rule sets as dated data', async () => {
    const res = await http.request<{
      items: Array<{
        id: string;
        validFrom: string;
        validTo: string | null;
        source: string;
        groups: Array<{ targetGroup: string; requirements: Array<Record<string, unknown>> }>;
      }>;
    }>('GET', '/api/v1/contact-rules');
    expect(res.status).toBe(200);
    expect(res.body.items.map((s) => [s.id, s.validFrom, s.validTo])).toEqual([
      ['lab-2024', '2024-01-01', '2026-06-30'],
      ['lov-1750-2026', '2026-07-01', '2026-12-31'],
      ['beskaeftigelseslov-2027', '2027-01-01', null],
    ]);
    expect(res.body.items[1]!.source).toMatch(/1750/);
    expect(res.body.items[1]!.groups.find((g) => g.targetGroup === 'unemployment_benefit')!.requirements[0]).toEqual({
      kind: 'first_meeting',
      count: 1,
      withinDays: 14,
      atDay: null,
      fromDay: 0,
      form: 'in_person_first',
      exemptable: false,
    });
  });

  it('applies each rule set on its boundary dates, by the day the unemployment started', async () => {
    const cases: Array<[string, string]> = [
      ['2026-06-30', 'lab-2024'],
      ['2026-07-01', 'lov-1750-2026'],
      ['2026-12-31', 'lov-1750-2026'],
      ['2027-01-01', 'beskaeftigelseslov-2027'],
    ];
    for (const [since, set] of cases) {
      const id = await register('unemployment_benefit', since);
      const p = await plan(id);
      expect([since, p.ruleSetId, p.targetGroup]).toEqual([since, set, 'unemployment_benefit']);
      expect(p.requirements[0]).toMatchObject({ kind: 'first_meeting', dueBy: addDays(since, 14) });
      expect(p.requirements.filter((r) => r.kind === 'job_meetings')).toHaveLength(set === 'lab-2024' ? 3 : 1);
    }
    // From 2027 kontanthjælp is job-ready by default: 4 meetings, where the 2026 rules asked only the first.
    const cash2026 = await register('cash_benefit', '2026-12-31');
    const cash2027 = await register('cash_benefit', '2027-01-01');
    expect((await plan(cash2026)).requirements.map((r) => r.kind)).toEqual(['first_meeting']);
    expect((await plan(cash2027)).requirements.map((r) => r.kind)).toEqual([
      'first_meeting',
      'job_meetings',
      'job_meetings',
      'job_meetings',
    ]);
  });

  it('counts a held meeting, not a no-show; a booked meeting holds a line until it is cancelled', async () => {
    const since = addDays(today, -20);
    const citizen = await register('job_ready_cash_benefit', since);
    const noShow = await meeting(citizen, addDays(since, 2), 'no_show');
    let p = await plan(citizen);
    expect(p.requirements[0]).toMatchObject({ kind: 'first_meeting', status: 'overdue', meetingId: null });
    expect(p.requirements.map((r) => r.meetingId)).not.toContain(noShow);

    const held = await meeting(citizen, addDays(since, 5), 'held');
    const booked = await meeting(citizen, addDays(today, 3), 'booked');
    p = await plan(citizen);
    expect(p.requirements.map((r) => [r.kind, r.index, r.status, r.meetingId])).toEqual([
      ['first_meeting', 1, 'met', held],
      ['job_meetings', 1, 'due', booked],
      ['job_meetings', 2, 'due', null],
      ['job_meetings', 3, 'due', null],
    ]);

    const cancelled = await send(citizen, 'POST', `/api/v1/me/meetings/${booked}/cancel`, { reason: 'Fået job' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    p = await plan(citizen);
    expect(p.requirements[1]).toMatchObject({ kind: 'job_meetings', index: 1, status: 'due', meetingId: null });

    // The citizen sees the same plan of their own, and only their own.
    const mine = await send(citizen, 'GET', '/api/v1/me/contact-plan');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual(p);
    expect((await send(citizen, 'GET', `/api/v1/citizens/${citizen}/contact-plan`)).status).toBe(403);
  });

  it('audits staff reads and keeps other municipalities out', async () => {
    const citizen = await register('unemployment_benefit');
    await plan(citizen);
    expect(
      await db.query(
        `SELECT action, resource FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'screening.contact_plan'`,
        [citizen],
      ),
    ).toEqual([{ action: 'read', resource: 'screening.contact_plan' }]);
    for (const [method, path, body] of [
      ['GET', 'contact-plan', undefined],
      ['GET', 'contact-exemption-quota', undefined],
      ['POST', 'contact-exemption', { reason: 'Udenfor kommunen, skal afvises.' }],
      ['DELETE', 'contact-exemption', undefined],
    ] as const) {
      expect([path, (await send(anne, method, `/api/v1/citizens/${citizen}/${path}`, body, purpose)).status]).toEqual([
        path,
        404,
      ]);
    }
    expect(
      await db.query(`SELECT count(*)::int AS n FROM screening.contact_exemption WHERE citizen_id = $1`, [citizen]),
    ).toEqual([{ n: 0 }]);
  });

  it('exempts within the quota, refuses at the limit (exactly one of two at once), and frees a place when lifted', async () => {
    // A cohort of its own: ledighedsydelse, started in the first half of 2026 (8 citizens → 2 may be exempt).
    const cohort: string[] = [];
    for (let i = 0; i < 8; i++) cohort.push(await register('unemployment_allowance', addDays('2026-03-02', i)));
    // The 2026-H1 cohort falls under the 2024 rules, which allow no exemption.
    expect(
      (
        await send(mette, 'POST', `/api/v1/citizens/${cohort[0]}/contact-exemption`, {
          reason: 'Har fået arbejde fra næste måned.',
        })
      ).body['code'],
    ).toBe('exemption_not_applicable');
    for (const [i, id] of cohort.entries())
      await rewriteCaseDates(app, id, { unemployedSince: addDays('2026-03-02', i + 180) });

    const bad = await send(mette, 'POST', `/api/v1/citizens/${cohort[0]}/contact-exemption`, { reason: 'for kort' });
    expect(bad.status).toBe(400);
    expect((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toEqual(['reason']);

    const quota0 = await send(mette, 'GET', `/api/v1/citizens/${cohort[0]}/contact-exemption-quota`);
    expect(quota0.status).toBe(200);
    expect(quota0.body).toMatchObject({
      targetGroup: 'unemployment_allowance',
      ruleSetId: 'lov-1750-2026',
      cohort: '2026-H2',
      cohortSize: 8,
      exempt: 0,
      maxShare: 0.25,
      allowed: 2,
      remaining: 2,
    });

    const first = await send(mette, 'POST', `/api/v1/citizens/${cohort[0]}/contact-exemption`, {
      reason: '  Har fået arbejde fra næste måned.  ',
    });
    expect(first.status).toBe(201);
    expect((first.body as unknown as Plan).exemption).toMatchObject({
      reason: 'Har fået arbejde fra næste måned.',
      by: 'Mette Kjær',
    });
    expect((first.body as unknown as Plan).requirements.map((r) => r.status)).toEqual([
      'overdue',
      'exempt',
      'exempt',
      'exempt',
    ]);
    expect(
      (
        await send(mette, 'POST', `/api/v1/citizens/${cohort[0]}/contact-exemption`, {
          reason: 'Har fået arbejde fra næste måned.',
        })
      ).body['code'],
    ).toBe('already_exempt');

    // Two caseworkers take the last free place at the same moment: exactly one 201.
    const [a, b] = await Promise.all([
      send(mette, 'POST', `/api/v1/citizens/${cohort[1]}/contact-exemption`, {
        reason: 'Starter på uddannelse om en måned.',
      }),
      send(
        jonas,
        'POST',
        `/api/v1/citizens/${cohort[2]}/contact-exemption`,
        { reason: 'Starter på uddannelse om en måned.' },
        purpose,
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body).toMatchObject({ status: 409, code: 'exemption_quota_exceeded' });
    expect(
      await db.query(
        `SELECT count(*)::int AS n FROM screening.contact_exemption WHERE citizen_id = ANY($1::uuid[]) AND lifted_at IS NULL`,
        [cohort],
      ),
    ).toEqual([{ n: 2 }]);
    const refused = await send(mette, 'POST', `/api/v1/citizens/${cohort[3]}/contact-exemption`, {
      reason: 'Starter på uddannelse om en måned.',
    });
    expect([refused.status, refused.body['code']]).toEqual([409, 'exemption_quota_exceeded']);
    expect((await send(mette, 'GET', `/api/v1/citizens/${cohort[3]}/contact-exemption-quota`)).body).toMatchObject({
      exempt: 2,
      allowed: 2,
      remaining: 0,
    });

    // Lifting frees the place; lifting again finds nothing.
    const lifted = await send(mette, 'DELETE', `/api/v1/citizens/${cohort[0]}/contact-exemption`);
    expect(lifted.status).toBe(200);
    expect((lifted.body as unknown as Plan).exemption).toBeNull();
    expect((await send(mette, 'DELETE', `/api/v1/citizens/${cohort[0]}/contact-exemption`)).body).toMatchObject({
      status: 404,
      code: 'not_exempt',
    });
    expect(
      (
        await send(mette, 'POST', `/api/v1/citizens/${cohort[3]}/contact-exemption`, {
          reason: 'Starter på uddannelse om en måned.',
        })
      ).status,
    ).toBe(201);

    // Timeline (the citizen's words), audit and the feed's source entry.
    const timeline = await send(cohort[0]!, 'GET', '/api/v1/me/timeline');
    expect((timeline.body['items'] as Array<{ kind: string }>).map((i) => i.kind)).toEqual(
      expect.arrayContaining(['contact_exempted', 'contact_exemption_lifted']),
    );
    expect(
      await db.query(
        `SELECT action FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'screening.contact_exemption' ORDER BY id`,
        [cohort[0]],
      ),
    ).toEqual([{ action: 'create' }, { action: 'update' }]);
  });

  it('queues a requirement due within 5 working days with no meeting booked, and a missed one as overdue — once each', async () => {
    const scan = app.get(ScreeningScanService);
    const soon = await register('job_ready_cash_benefit', addDays(today, -3));
    const missed = await register('job_ready_cash_benefit', addDays(today, -20), 20);
    const booked = await register('job_ready_cash_benefit', addDays(today, -3));
    await meeting(booked, addDays(today, 2), 'booked');
    await scan.scan(today);
    await scan.scan(today);
    expect(await contactItems(soon)).toEqual([
      { reason: 'contact_due', due_key: 'contact-lov-1750-2026-first_meeting-1', due: addDays(today, 4) },
    ]);
    expect(await contactItems(missed)).toEqual([
      { reason: 'contact_overdue', due_key: 'contact-lov-1750-2026-first_meeting-1', due: addDays(today, -13) },
    ]);
    expect(await contactItems(booked)).toEqual([]);
    // Days later the due one is missed: it is queued once more, as overdue, and only once.
    await scan.scan(addDays(today, 6));
    await scan.scan(addDays(today, 7));
    expect((await contactItems(soon)).map((i) => i.reason)).toEqual(['contact_due', 'contact_overdue']);
  });

  it('computes the coverage and exempt-share figures of a planted cohort', async () => {
    const since = '2026-07-01';
    const [covered, firstOnly, exempt, nothing] = [
      await register('job_ready_cash_benefit', since),
      await register('job_ready_cash_benefit', since),
      await register('job_ready_cash_benefit', since),
      await register('job_ready_cash_benefit', since),
    ];
    for (const day of [3, 40, 80, 120]) await meeting(covered!, addDays(since, day), 'held');
    await meeting(firstOnly!, addDays(since, 3), 'held');
    await meeting(exempt!, addDays(since, 3), 'held');
    expect(
      (
        await send(mette, 'POST', `/api/v1/citizens/${exempt}/contact-exemption`, {
          reason: 'Har fået job fra januar, fritages.',
        })
      ).status,
    ).toBe(201);
    const stats = await app
      .get(ContactService)
      .contactStats('0751', [covered!, firstOnly!, exempt!, nothing!], '2026-07-01', '2027-01-31');
    expect(stats.coverage).toEqual([{ month: '2026-12', targetGroup: 'job_ready_cash_benefit', covered: 1, total: 4 }]);
    expect(stats.exempt).toEqual([{ month: '2026-07', targetGroup: 'job_ready_cash_benefit', exempt: 1, started: 4 }]);
  });
});
