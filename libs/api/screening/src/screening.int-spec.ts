import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations, DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { referenceMigrations } from '@jobunivers/api/reference';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import {
  createModuleTestApp,
  moveMeeting,
  SignedInBrowsers,
  TestHttp,
  newCitizen,
  newMeeting,
  type CitizenRegistration,
} from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import { screeningMigrations } from './migrations';
import { ScreeningScanService } from './screening-scan.service';
import { ScreeningModule } from './screening.module';

const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!;
const today = todayInCopenhagen();

describe('screening: visitation, self-assessment, screenings with tracks, the queue', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;

  const send = (userId: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    browsers.send(userId, method, path, body, headers);
  /** Registers a citizen in Aarhus through the API, by Mette (so on her caseload); answers their id. */
  const register = async (overrides: Partial<CitizenRegistration> = {}) =>
    (await newCitizen(browsers, staff('Mette Kjær').id, { unemployedSince: '2026-11-01', ...overrides })).id;
  const items = async (citizenId: string) =>
    (await db.query(
      `SELECT reason, due_key, due_date::text AS due, status FROM screening.queue_item WHERE citizen_id = $1 ORDER BY created_at, reason, due_key`,
      [citizenId],
    )) as Array<{ reason: string; due_key: string; due: string; status: string }>;
  const screeningBody = (overrides: Record<string, unknown> = {}) => ({
    assessment: 'Jobparat, god erfaring, klarer sig digitalt.',
    track: 'self_service',
    summaryForCitizen: 'Du søger selv job i jobuniverset, og du kan altid booke en samtale.',
    nextScreeningDate: addDays(today, 42),
    ...overrides,
  });

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

  it('calls every newly registered citizen to visitation within the legal deadline, on the queue and the timeline', async () => {
    const cash = await register({ benefitType: 'cash_benefit' });
    const benefit = await register({ benefitType: 'unemployment_benefit' });
    expect(await items(cash)).toEqual([
      { reason: 'visitation_due', due_key: 'visitation', due: addDays(today, 7), status: 'open' },
    ]);
    expect(await items(benefit)).toEqual([
      { reason: 'visitation_due', due_key: 'visitation', due: addDays(today, 14), status: 'open' },
    ]);
    const timeline = await send(cash, 'GET', '/api/v1/me/timeline');
    expect(
      (timeline.body['items'] as Array<{ kind: string; text: string }>).find((i) => i.kind === 'visitation_due')?.text,
    ).toMatch(/^Du bliver kaldt til en visitationssamtale med jobcentret senest \d+\. \w+ \d{4}\.$/);
  });

  it('takes the self-assessment (each bad answer a 400, nothing stored), keeps every answer, and queues a wish for personal help', async () => {
    const citizen = await register();
    const good = {
      jobConfidence: 2,
      healthLimitations: false,
      digitalConfidence: 4,
      danishLevel: 'native',
      childcareChallenges: true,
      transportChallenges: false,
      wantsPersonalHelp: false,
    };
    for (const bad of [
      { jobConfidence: 6 },
      { jobConfidence: 'high' },
      { healthLimitations: 'no' },
      { danishLevel: 'fluent' },
      { wantsPersonalHelp: undefined },
    ]) {
      const res = await send(citizen, 'POST', '/api/v1/me/self-assessment', { ...good, ...bad });
      expect(res.status).toBe(400);
      expect([...new Set((res.body['errors'] as Array<{ field: string }>).map((e) => e.field))]).toEqual([
        Object.keys(bad)[0],
      ]);
    }
    expect(
      await db.query(`SELECT count(*)::int AS n FROM screening.self_assessment WHERE citizen_id = $1`, [citizen]),
    ).toEqual([{ n: 0 }]);
    const first = await send(citizen, 'POST', '/api/v1/me/self-assessment', good);
    expect(first.status).toBe(201);
    expect(first.body['flags']).toEqual(['low_job_confidence', 'childcare']);
    const second = await send(citizen, 'POST', '/api/v1/me/self-assessment', {
      ...good,
      jobConfidence: 4,
      wantsPersonalHelp: true,
    });
    expect(second.body['flags']).toEqual(['childcare', 'wants_personal_help']);
    expect((await send(citizen, 'GET', '/api/v1/me/self-assessment')).body['latest']).toMatchObject({
      id: second.body['id'],
      jobConfidence: 4,
    });
    expect(
      await db.query(`SELECT count(*)::int AS n FROM screening.self_assessment WHERE citizen_id = $1`, [citizen]),
    ).toEqual([{ n: 2 }]);
    expect((await items(citizen)).map((i) => i.reason)).toEqual(['visitation_due', 'help_requested']);
  });

  it('records a screening with a track; the citizen sees track and summary; the queue items it answers are resolved', async () => {
    const citizen = await register();
    expect((await send(citizen, 'GET', '/api/v1/me/screening')).body).toMatchObject({
      track: 'undecided',
      summary: null,
    });
    expect(
      (await send(citizen, 'POST', '/api/v1/me/help-requests', { message: 'Jeg vil gerne tale med en person.' }))
        .status,
    ).toBe(201);
    const mette = staff('Mette Kjær').id;

    const indicators = await send(mette, 'GET', `/api/v1/citizens/${citizen}/screening-indicators`);
    expect(indicators.status).toBe(200);
    expect(indicators.body).toMatchObject({
      benefitType: 'cash_benefit',
      earlierCases: 0,
      openQueueItems: 2,
      missedMeetings: 0,
    });

    for (const [field, bad] of [
      ['track', { track: 'automatic' }],
      ['summaryForCitizen', { summaryForCitizen: '' }],
      ['nextScreeningDate', { nextScreeningDate: today }],
    ] as const) {
      const res = await send(mette, 'POST', `/api/v1/citizens/${citizen}/screenings`, screeningBody(bad));
      expect(res.status).toBe(400);
      expect((res.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    }
    expect(
      await db.query(`SELECT count(*)::int AS n FROM screening.screening WHERE citizen_id = $1`, [citizen]),
    ).toEqual([{ n: 0 }]);

    const recorded = await send(
      mette,
      'POST',
      `/api/v1/citizens/${citizen}/screenings`,
      screeningBody({
        track: 'personal',
        summaryForCitizen: 'Vi ses hver anden uge, og jeg hjælper dig med ansøgningerne.',
      }),
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ track: 'personal', caseworkerName: 'Mette Kjær' });
    expect((recorded.body['indicators'] as Record<string, unknown>)['openQueueItems']).toBe(2);
    expect(await items(citizen)).toEqual([
      { reason: 'visitation_due', due_key: 'visitation', due: addDays(today, 7), status: 'resolved' },
      {
        reason: 'help_requested',
        due_key: expect.stringMatching(/^help-/),
        due: addDays(today, 2),
        status: 'resolved',
      },
      {
        reason: 'rescreening_due',
        due_key: `screening-${recorded.body['id']}`,
        due: addDays(today, 42),
        status: 'open',
      },
    ]);

    const row = (await send(mette, 'GET', `/api/v1/citizens?assignedTo=me&limit=100`)).body['items'] as Array<{
      id: string;
      track: string;
      openQueueItems: number;
    }>;
    expect(row.find((r) => r.id === citizen)).toMatchObject({ track: 'personal', openQueueItems: 1 });
    const mine = await send(citizen, 'GET', '/api/v1/me/screening');
    expect(mine.body).toMatchObject({
      track: 'personal',
      summary: 'Vi ses hver anden uge, og jeg hjælper dig med ansøgningerne.',
      caseworkerName: 'Mette Kjær',
      nextScreeningDate: addDays(today, 42),
    });
    const timeline = await send(citizen, 'GET', '/api/v1/me/timeline');
    expect((timeline.body['items'] as Array<{ text: string }>)[0].text).toBe(
      'Din jobkonsulent har vurderet din situation: du får tæt, personlig støtte fra jobcentret.',
    );

    const commented = await send(citizen, 'POST', '/api/v1/me/screening/comment', {
      comment: 'Jeg vil hellere klare mig selv.',
      requestChange: true,
    });
    expect(commented.status).toBe(200);
    expect(commented.body).toMatchObject({ comment: 'Jeg vil hellere klare mig selv.', changeRequested: true });
    expect((await items(citizen)).filter((i) => i.status === 'open').map((i) => i.reason)).toEqual([
      'rescreening_due',
      'track_change_requested',
    ]);
  });

  it('refuses a comment before any screening, and keeps municipalities and caseloads apart', async () => {
    const citizen = await register();
    expect(
      (await send(citizen, 'POST', '/api/v1/me/screening/comment', { comment: 'Hej', requestChange: false })).status,
    ).toBe(409);
    expect(
      (await send(staff('Anne Dahl').id, 'POST', `/api/v1/citizens/${citizen}/screenings`, screeningBody())).status,
    ).toBe(404);
    expect((await send(staff('Anne Dahl').id, 'GET', `/api/v1/citizens/${citizen}/screening-indicators`)).status).toBe(
      404,
    );
    const jonas = await send(staff('Jonas Holm').id, 'GET', `/api/v1/citizens/${citizen}/screening-indicators`);
    expect(jonas.status).toBe(403);
    const anneQueue = await send(staff('Anne Dahl').id, 'GET', '/api/v1/screening-queue?scope=all&limit=100');
    expect((anneQueue.body['items'] as Array<{ citizenId: string }>).some((i) => i.citizenId === citizen)).toBe(false);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM screening.screening WHERE citizen_id = $1`, [citizen]),
    ).toEqual([{ n: 0 }]);
  });

  it('lists the queue overdue first, own caseload for caseworkers, and lets them dismiss an item with a reason', async () => {
    const mads = DEMO_CITIZENS[1];
    const lead = await send(staff('Susanne Vestergaard').id, 'GET', '/api/v1/screening-queue?overdue=true&limit=100');
    const overdue = (
      lead.body['items'] as Array<{ citizenId: string; reason: string; overdue: boolean; daysOverdue: number }>
    ).find((i) => i.citizenId === mads.id);
    expect(overdue).toMatchObject({ reason: 'visitation_due', overdue: true });
    expect(overdue!.daysOverdue).toBeGreaterThan(0);

    const mine = await send(staff('Mette Kjær').id, 'GET', '/api/v1/screening-queue?limit=100');
    const caseload: string[] = (
      await db.query(`SELECT id FROM citizens.citizen WHERE assigned_caseworker_id = $1 AND status = 'active'`, [
        staff('Mette Kjær').id,
      ])
    ).map((r: { id: string }) => r.id);
    expect((mine.body['items'] as Array<{ citizenId: string }>).every((i) => caseload.includes(i.citizenId))).toBe(
      true,
    );
    const dueDates = (mine.body['items'] as Array<{ dueDate: string }>).map((i) => i.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());

    const citizen = await register();
    const [item] = (await send(staff('Mette Kjær').id, 'GET', `/api/v1/screening-queue?citizenId=${citizen}`)).body[
      'items'
    ] as Array<{ id: string }>;
    expect(
      (await send(staff('Anne Dahl').id, 'POST', `/api/v1/screening-queue/${item.id}/dismiss`, { reason: 'Fejl' }))
        .status,
    ).toBe(404);
    expect(
      (await send(staff('Mette Kjær').id, 'POST', `/api/v1/screening-queue/${item.id}/dismiss`, { reason: '' })).status,
    ).toBe(400);
    const dismissed = await send(staff('Mette Kjær').id, 'POST', `/api/v1/screening-queue/${item.id}/dismiss`, {
      reason: 'Borgeren er flyttet',
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body['status']).toBe('dismissed');
    expect(
      (await send(staff('Mette Kjær').id, 'POST', `/api/v1/screening-queue/${item.id}/dismiss`, { reason: 'igen' }))
        .status,
    ).toBe(409);
  });

  it('queues re-screening weeks and inactivity from the scheduled scan exactly once, however often it runs', async () => {
    const citizen = await register({ unemployedSince: addDays(today, -30) });
    const scan = app.get(ScreeningScanService);
    // Week 6 falls 12 days from today: on the queue from 7 days before it is due.
    const week6 = addDays(addDays(today, -30), 42);
    await scan.scan(addDays(week6, -8));
    expect((await items(citizen)).filter((i) => i.reason !== 'visitation_due')).toEqual([]);
    await scan.scan(addDays(week6, -7));
    expect((await items(citizen)).filter((i) => i.reason !== 'visitation_due')).toEqual([
      { reason: 'rescreening_due', due_key: 'week-6', due: week6, status: 'open' },
    ]);
    // 21 days without a sign-in since registration (never signed in: the test used no session for them).
    expect(
      await db.query(`SELECT count(*)::int AS n FROM identity.session WHERE principal_id = $1`, [citizen]),
    ).toEqual([{ n: 0 }]);
    const inactiveDay = addDays(today, 21);
    await scan.scan(inactiveDay);
    const again = await scan.scan(inactiveDay);
    expect(again).toBe(0);
    expect((await items(citizen)).filter((i) => i.reason === 'inactive')).toEqual([
      { reason: 'inactive', due_key: `inactive-since-${today}`, due: inactiveDay, status: 'open' },
    ]);
    expect((await items(citizen)).filter((i) => i.due_key === 'week-6')).toHaveLength(1);
  });

  it('puts a citizen who missed a meeting on the queue (the meetings module’s no-show event) and counts it in the indicators', async () => {
    const citizenId = await register();
    const mette = staff('Mette Kjær').id;
    // Invited ahead (the default time is early morning, before any availability window, so Mette's visitation calls
    // cannot overlap it), then over: it started an hour ago.
    const { id: meetingId } = await newMeeting(browsers, mette, citizenId, { form: 'phone' });
    const now = Date.now();
    await moveMeeting(app, meetingId, {
      startsAt: new Date(now - 3_600_000),
      endsAt: new Date(now - 1_800_000),
    });
    expect((await send(mette, 'POST', `/api/v1/meetings/${meetingId}/outcome`, { outcome: 'no_show' })).status).toBe(
      200,
    );
    expect((await items(citizenId)).filter((i) => i.reason === 'missed_meeting')).toEqual([
      { reason: 'missed_meeting', due_key: `meeting-${meetingId}`, due: addDays(today, 2), status: 'open' },
    ]);
    expect(
      (await send(mette, 'GET', `/api/v1/citizens/${citizenId}/screening-indicators`)).body['missedMeetings'],
    ).toBe(1);
    const timeline = await send(citizenId, 'GET', '/api/v1/me/timeline');
    expect((timeline.body['items'] as Array<{ kind: string }>).map((i) => i.kind)).toContain('meeting_missed');
  });

  it('answers bad input on the citizen and queue routes with a 400 naming the field, storing nothing', async () => {
    const citizen = await register();
    const mette = staff('Mette Kjær').id;
    const itemsBefore = await items(citizen);
    const cases: Array<[string, string, string, unknown, string]> = [
      [citizen, 'POST', '/api/v1/me/help-requests', { message: '' }, 'message'],
      [citizen, 'POST', '/api/v1/me/help-requests', { message: 'x'.repeat(2001) }, 'message'],
      [citizen, 'POST', '/api/v1/me/screening/comment', { comment: 'Hej' }, 'requestChange'],
      [mette, 'GET', '/api/v1/screening-queue?scope=everyone', undefined, 'scope'],
      [mette, 'GET', '/api/v1/screening-queue?overdue=maybe', undefined, 'overdue'],
      [mette, 'GET', '/api/v1/screening-queue?citizenId=123', undefined, 'citizenId'],
      [mette, 'POST', '/api/v1/screening-queue/not-a-uuid/dismiss', { reason: 'x' }, 'id'],
      [mette, 'GET', '/api/v1/citizens/not-a-uuid/screening-indicators', undefined, 'id'],
    ];
    for (const [who, method, path, body, field] of cases) {
      const res = await send(who, method, path, body);
      expect([method, path, res.status]).toEqual([method, path, 400]);
      expect((res.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    }
    expect(await items(citizen)).toEqual(itemsBefore);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM screening.help_request WHERE citizen_id = $1`, [citizen]),
    ).toEqual([{ n: 0 }]);
  });
});
