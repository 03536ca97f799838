import { Injectable, type INestApplication, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations, OnModuleEvent } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations, IdentityService } from '@jobunivers/api/identity';
import { referenceMigrations } from '@jobunivers/api/reference';
import {
  createModuleTestApp,
  newCaseworker,
  newCitizen,
  SignedInBrowsers,
  testConfig,
  TestHttp,
} from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import {
  addDays,
  addWorkingDays,
  copenhagenToUtc,
  inCopenhagen,
  isClosedDay,
  isoWeekday,
  workingDayOnOrAfter,
} from '@jobunivers/api/time';
import type { MeetingEvent } from './events/meeting.event';
import { meetingsMigrations } from './migrations';
import { MeetingsModule } from './meetings.module';
import { MeetingsService } from './meetings.service';

type Json = Record<string, unknown>;

/** Hears the meetings' notices as any other module does (`@OnModuleEvent`), for the specs to look at. */
@Injectable()
class NoticeListener {
  static heard: MeetingEvent[] = [];

  @OnModuleEvent('meeting.notice')
  async onNotice(event: MeetingEvent): Promise<void> {
    NoticeListener.heard.push(event);
  }
}

@Module({ providers: [NoticeListener] })
class NoticeListenerModule {}

/** The notices heard since `since` (an index into the list) for this citizen or meeting. */
const heardSince = (since: number, match: (e: MeetingEvent) => boolean) =>
  NoticeListener.heard.slice(since).filter(match);
interface Slot {
  start: string;
  end: string;
  form: string;
  caseworkerId: string;
  ownCaseworker: boolean;
}

const today = inCopenhagen(new Date()).date;
/** The n-th working day after today (no weekend, no holiday). */
const workingDay = (n: number): string => addWorkingDays(today, n);
const at = (date: string, time: string) => copenhagenToUtc(date, time).toISOString();
const WEEKDAYS = [1, 2, 3, 4, 5];
const standardWeek = WEEKDAYS.flatMap((weekday) => [
  { weekday, startTime: '09:00', endTime: '11:00', form: 'video', slotMinutes: 30 },
  { weekday, startTime: '13:00', endTime: '14:00', form: 'phone', slotMinutes: 30 },
  {
    weekday,
    startTime: '08:00',
    endTime: '09:00',
    form: 'in_person',
    slotMinutes: 30,
    address: 'Jobcenter Test, Testvej 1, 1000 København',
  },
]);

/** What the module apps of this spec run (each worker's database gets them once). */
const MIGRATIONS = [
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...meetingsMigrations,
];

describe('meetings: availability, slots, booking, invitations, outcomes, iCalendar, reminders', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;

  const as = (userId: string) => browsers.as(userId);
  const send = <T = Json>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => browsers.send<T>(userId, method, path, body, headers);
  /** A caseworker of their own (test) municipality with the given weekly windows. */
  const caseworker = async (municipalityCode: string, windows: unknown[] = standardWeek) => {
    const { id } = await newCaseworker(app.get(IdentityService), { municipalityCode });
    if (windows.length)
      expect((await send(id, 'PUT', '/api/v1/caseworkers/me/availability', { windows, blocks: [] })).status).toBe(200);
    return id;
  };
  const registered = new Map<string, unknown>();
  /** Registers a citizen through the API by their caseworker (so on their caseload); removes the automatic visitation invitation unless kept. */
  const citizen = async (caseworkerId: string, overrides: Json = {}, keepVisitation = false) => {
    const { id, answer } = await newCitizen(browsers, caseworkerId, {
      email: 'test@example.dk',
      postalCode: '2100',
      benefitType: 'unemployment_benefit',
      unemployedSince: addDays(today, -3),
      ...overrides,
    });
    expect(answer['assignedCaseworkerId']).toBe(caseworkerId);
    registered.set(id, answer);
    if (!keepVisitation) await db.query(`DELETE FROM meetings.meeting WHERE citizen_id = $1`, [id]);
    return id;
  };
  const slots = async (citizenId: string, query: string) => {
    const res = await send<{ items: Slot[] }>(citizenId, 'GET', `/api/v1/me/meeting-slots?${query}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const row = async (id: string) =>
    (
      (await db.query(
        `SELECT status, form, starts_at, sequence, video_url, phone_number, cancel_reason FROM meetings.meeting WHERE id = $1`,
        [id],
      )) as Json[]
    )[0];
  const notices = async (meetingId: string) =>
    (
      (await db.query(`SELECT kind, sequence FROM meetings.notice WHERE meeting_id = $1 ORDER BY created_at, kind`, [
        meetingId,
      ])) as Array<{ kind: string; sequence: number }>
    ).map((n) => `${n.kind}#${n.sequence}`);
  const meetingCount = async (citizenId: string) =>
    Number(
      (
        (await db.query(`SELECT count(*) AS n FROM meetings.meeting WHERE citizen_id = $1`, [citizenId])) as Array<{
          n: string;
        }>
      )[0].n,
    );

  /** Another instance of the meetings API on the same database: its own pool, its own in-process state. */
  const anotherInstance = (env: Record<string, string> = {}) =>
    createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, MeetingsModule],
      migrations: MIGRATIONS,
      config: testConfig({ QUEUE_ENABLED: 'false', ...env }),
    });
  /** The slot claims of these caseworkers, as `meetingId@start`, sorted. */
  const claims = async (caseworkerIds: string[]) =>
    (
      (await db.query(
        `SELECT meeting_id, starts_at FROM meetings.slot_claim WHERE caseworker_id = ANY($1::uuid[]) ORDER BY starts_at, meeting_id`,
        [caseworkerIds],
      )) as Array<{ meeting_id: string; starts_at: Date }>
    ).map((c) => `${c.meeting_id}@${c.starts_at.toISOString()}`);
  /** What the claims must be: one per meeting of these caseworkers that holds its time (not cancelled), at its start. */
  const claimsOfLiveMeetings = async (caseworkerIds: string[]) =>
    (
      (await db.query(
        `SELECT id, starts_at FROM meetings.meeting WHERE caseworker_id = ANY($1::uuid[])
            AND status NOT IN ('cancelled', 'cancelled_by_jobcentre') ORDER BY starts_at, id`,
        [caseworkerIds],
      )) as Array<{ id: string; starts_at: Date }>
    ).map((m) => `${m.id}@${m.starts_at.toISOString()}`);

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, MeetingsModule, NoticeListenerModule],
      migrations: MIGRATIONS,
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('offers slots in Copenhagen time across a daylight-saving change and skips public holidays', async () => {
    // Mon 29 March 2027 is Easter Monday (a holiday) and the day after summer time starts.
    const cw = await caseworker('0101', [
      { weekday: 1, startTime: '09:00', endTime: '10:00', form: 'video', slotMinutes: 30 },
      { weekday: 2, startTime: '09:00', endTime: '09:30', form: 'video', slotMinutes: 30 },
    ]);
    const c = await citizen(cw);
    const items = await slots(c, 'from=2027-03-22&to=2027-03-30&form=video');
    expect(items.map((s) => s.start)).toEqual([
      '2027-03-22T08:00:00.000Z',
      '2027-03-22T08:30:00.000Z',
      '2027-03-23T08:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
    ]);
    expect(items.every((s) => s.caseworkerId === cw && s.ownCaseworker && s.form === 'video')).toBe(true);
    // Christmas: 24, 25 and 26 December closed, the 28th open.
    const christmas = await slots(c, 'from=2026-12-21&to=2026-12-29');
    expect([...new Set(christmas.map((s) => inCopenhagen(new Date(s.start)).date))]).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-28',
      '2026-12-29',
    ]);
  });

  it('falls back to other caseworkers of the jobcentre when the own caseworker has no time soon enough', async () => {
    const own = await caseworker('0147', [
      { weekday: 1, startTime: '09:00', endTime: '09:30', form: 'video', slotMinutes: 30 },
    ]);
    const other = await caseworker('0147');
    const c = await citizen(own);
    await send(own, 'PUT', '/api/v1/caseworkers/me/availability', {
      windows: [{ weekday: 1, startTime: '09:00', endTime: '09:30', form: 'video', slotMinutes: 30 }],
      blocks: [{ date: workingDay(1), reason: 'Kursus' }],
    });
    // A range where the own caseworker has a Monday slot within the first week: only theirs.
    const monday = (() => {
      let d = workingDay(2);
      while (isoWeekday(d) !== 1 || isClosedDay(d)) d = addDays(d, 1);
      return d;
    })();
    const soon = await slots(c, `from=${monday}&to=${addDays(monday, 4)}`);
    expect(new Set(soon.map((s) => s.caseworkerId))).toEqual(new Set([own]));
    // A range starting on Tuesday: the next own slot is 6 days ahead, so the colleague's are offered too (the day off blocks nothing there).
    const later = await slots(c, `from=${addDays(monday, 1)}&to=${addDays(monday, 5)}`);
    expect(new Set(later.map((s) => s.caseworkerId))).toEqual(new Set([other]));
    expect(later.every((s) => !s.ownCaseworker)).toBe(true);
  });

  it('books a free slot (video link), refuses a taken slot with 409 and a non-slot with 422, and bad input with 400 — storing nothing', async () => {
    const cw = await caseworker('0151');
    const [a, b] = [await citizen(cw), await citizen(cw)];
    const day = workingDay(3);
    const booked = await send(a, 'POST', '/api/v1/me/meetings', {
      start: at(day, '09:30'),
      form: 'video',
      topic: 'Mit CV',
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      form: 'video',
      status: 'booked',
      start: at(day, '09:30'),
      end: at(day, '10:00'),
      caseworkerId: cw,
      topic: 'Mit CV',
      kind: 'job_meeting',
      origin: 'citizen',
      sequence: 0,
      changeable: true,
    });
    expect(booked.body['videoUrl']).toMatch(/^https:\/\/meet\.jit\.si\/jobunivers-[A-Za-z0-9_-]{22}$/);
    expect(await row(booked.body['id'] as string)).toMatchObject({ status: 'booked', form: 'video' });
    expect(await notices(booked.body['id'] as string)).toEqual(['booked#0']);

    const taken = await send(b, 'POST', '/api/v1/me/meetings', { start: at(day, '09:30'), form: 'video' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'slot_taken', status: 409 });
    expect((await slots(b, `from=${day}&to=${day}&form=video`)).map((s) => s.start)).not.toContain(at(day, '09:30'));
    const notASlot = await send(b, 'POST', '/api/v1/me/meetings', { start: at(day, '03:00'), form: 'video' });
    expect(notASlot.status).toBe(422);
    expect(notASlot.body['code']).toBe('not_a_slot');
    const wrongForm = await send(b, 'POST', '/api/v1/me/meetings', { start: at(day, '09:00'), form: 'phone' });
    expect(wrongForm.status).toBe(422);
    const bad = await send(b, 'POST', '/api/v1/me/meetings', {
      start: 'tomorrow',
      form: 'pigeon',
      caseworkerId: 'x',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect([...new Set((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field))].sort()).toEqual([
      'caseworkerId',
      'extra',
      'form',
      'start',
    ]);
    const foreign = await send(b, 'POST', '/api/v1/me/meetings', {
      start: at(day, '10:00'),
      form: 'video',
      caseworkerId: DEMO_STAFF[0].id,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body['code']).toBe('unknown_caseworker');
    expect(await meetingCount(b)).toBe(0);

    const phone = await send(b, 'POST', '/api/v1/me/meetings', { start: at(day, '13:00'), form: 'phone' });
    expect(phone.status).toBe(201);
    expect(phone.body).toMatchObject({ phoneNumber: '+4520202020', videoUrl: null, address: null });
    const inPerson = await send(b, 'POST', '/api/v1/me/meetings', {
      start: at(workingDay(4), '08:00'),
      form: 'in_person',
    });
    expect(inPerson.body).toMatchObject({
      address: 'Jobcenter Test, Testvej 1, 1000 København',
      phoneNumber: null,
      videoUrl: null,
    });
    // The same citizen cannot be in two meetings at once, even with two caseworkers.
    const colleague = await caseworker('0151');
    const twice = await send(b, 'POST', '/api/v1/me/meetings', {
      start: at(day, '13:00'),
      form: 'phone',
      caseworkerId: colleague,
    });
    expect(twice.status).toBe(409);
    expect(twice.body['code']).toBe('citizen_busy');
  });

  it('reschedules and cancels until the cut-off, bumping the sequence; the iCalendar file follows', async () => {
    const cw = await caseworker('0153');
    const c = await citizen(cw);
    const day = workingDay(3);
    const id = (await send(c, 'POST', '/api/v1/me/meetings', { start: at(day, '09:00'), form: 'video' })).body[
      'id'
    ] as string;
    const moved = await send(c, 'PATCH', `/api/v1/me/meetings/${id}`, { start: at(day, '13:30'), form: 'phone' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      start: at(day, '13:30'),
      form: 'phone',
      sequence: 1,
      videoUrl: null,
      phoneNumber: '+4520202020',
    });
    expect((await slots(c, `from=${day}&to=${day}&form=video`)).map((s) => s.start)).toContain(at(day, '09:00'));
    const notSlot = await send(c, 'PATCH', `/api/v1/me/meetings/${id}`, { start: at(day, '13:30'), form: 'video' });
    expect(notSlot.status).toBe(422);

    const ics = await send(c, 'GET', `/api/v1/me/meetings/${id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const parse = (text: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
      return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    };
    const event = parse(ics.text);
    expect(event.uid).toBe(`${id}@jobunivers`);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe(at(day, '13:30'));
    // Named for the municipality's own unit (reference.municipality.unit_name), not a fixed "jobcentret".
    expect(event.summary).toBe('Jobsamtale med Brøndby Kommune (telefon)');
    expect(event.component.getFirstPropertyValue('organizer')).toBe('mailto:noreply@jobunivers.localhost');
    expect(event.component.getFirstProperty('organizer')!.getParameter('cn')).toBe('Brøndby Kommune');

    const cancelled = await send(c, 'POST', `/api/v1/me/meetings/${id}/cancel`, {
      reason: 'Jeg har fået en jobsamtale hos en virksomhed',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      sequence: 2,
      cancelReason: 'Jeg har fået en jobsamtale hos en virksomhed',
      changeable: false,
    });
    const after = parse((await send(c, 'GET', `/api/v1/me/meetings/${id}/calendar.ics?lang=en`)).text);
    expect(after.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(after.sequence).toBe(2);
    expect(after.summary).toBe('Job meeting with Brøndby Kommune (phone)');
    expect(await notices(id)).toEqual(['booked#0', 'rescheduled#1', 'cancelled#2']);
    expect((await send(c, 'POST', `/api/v1/me/meetings/${id}/cancel`, { reason: 'igen' })).status).toBe(409);
    expect((await send(c, 'POST', `/api/v1/me/meetings/${id}/cancel`, { reason: '' })).status).toBe(400);

    // Within the cut-off (24 h by default) the citizen can no longer change or cancel here.
    const soon = (await send(c, 'POST', '/api/v1/me/meetings', { start: at(day, '10:00'), form: 'video' })).body[
      'id'
    ] as string;
    await db.query(
      `UPDATE meetings.meeting SET starts_at = now() + interval '3 hours', ends_at = now() + interval '210 minutes' WHERE id = $1`,
      [soon],
    );
    const late = await send(c, 'PATCH', `/api/v1/me/meetings/${soon}`, { start: at(day, '10:30') });
    expect(late.status).toBe(409);
    expect(late.body['code']).toBe('past_cutoff');
    expect((await send(c, 'POST', `/api/v1/me/meetings/${soon}/cancel`, { reason: 'syg' })).body['code']).toBe(
      'past_cutoff',
    );
    expect((await send(c, 'GET', `/api/v1/me/meetings/${soon}`)).body).toMatchObject({
      status: 'booked',
      changeable: false,
    });
  });

  it('keeps meetings to their citizen and municipality; staff outside the meeting and caseload need a purpose, and reads are audited', async () => {
    const cw = await caseworker('0155');
    const colleague = await caseworker('0155');
    const [a, b] = [await citizen(cw), await citizen(cw)];
    const id = (await send(a, 'POST', '/api/v1/me/meetings', { start: at(workingDay(3), '09:00'), form: 'video' }))
      .body['id'] as string;
    expect((await send(b, 'GET', `/api/v1/me/meetings/${id}`)).status).toBe(404);
    expect((await send(b, 'PATCH', `/api/v1/me/meetings/${id}`, { form: 'phone' })).status).toBe(404);
    expect((await send(b, 'POST', `/api/v1/me/meetings/${id}/cancel`, { reason: 'x' })).status).toBe(404);
    expect((await send(b, 'GET', `/api/v1/me/meetings/${id}/calendar.ics`)).status).toBe(404);
    expect((await send(DEMO_STAFF[0].id, 'GET', `/api/v1/meetings/${id}`)).status).toBe(404);
    expect((await send(DEMO_STAFF[0].id, 'POST', `/api/v1/meetings/${id}/outcome`, { outcome: 'held' })).status).toBe(
      404,
    );
    expect((await send(DEMO_STAFF[0].id, 'GET', `/api/v1/citizens/${a}/meetings`)).status).toBe(404);
    expect((await send(a, 'GET', `/api/v1/meetings/${id}`)).status).toBe(403);
    expect((await send(colleague, 'GET', `/api/v1/meetings/${id}`)).status).toBe(403);
    const audits = async () =>
      Number(
        (
          (await db.query(
            `SELECT count(*) AS n FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'meeting'`,
            [a],
          )) as Array<{ n: string }>
        )[0].n,
      );
    const before = await audits();
    const withPurpose = await send(colleague, 'GET', `/api/v1/meetings/${id}`, undefined, {
      'x-access-purpose': 'Dækker for kollega',
    });
    expect(withPurpose.status).toBe(200);
    expect((await send(cw, 'GET', `/api/v1/meetings/${id}`)).body).toMatchObject({
      id,
      citizenId: a,
      internalNote: null,
    });
    expect(await audits()).toBe(before + 2);
    const week = await send<{ items: Json[] }>(
      cw,
      'GET',
      `/api/v1/caseworkers/me/meetings?from=${workingDay(3)}&to=${workingDay(3)}`,
    );
    expect(week.body.items.map((m) => m['id'])).toEqual([id]);
    expect((await send(cw, 'GET', '/api/v1/caseworkers/me/meetings?from=2026-01-01&to=2027-01-01')).status).toBe(400);
    expect((await send(a, 'GET', '/api/v1/caseworkers/me/meetings')).status).toBe(403);
  });

  it('invites to visitation at registration: the assigned caseworker’s first free slot within the deadline, in the preferred form', async () => {
    const cw = await caseworker('0157');
    const c = await citizen(cw, { preferredMeetingForms: ['phone'], benefitType: 'cash_benefit' }, true);
    const [visitation] = (await send<{ items: Json[] }>(c, 'GET', '/api/v1/me/meetings')).body.items;
    // The registration answered with the next steps: the invitation that went out, when and how.
    expect(registered.get(c)).toEqual({
      id: c,
      assignedCaseworkerId: cw,
      assignedCaseworkerName: expect.stringMatching(/^Test Konsulent/),
      nextSteps: {
        visitationDeadline: null,
        visitationInvitation: {
          meetingId: visitation['id'],
          sentAt: expect.any(String),
          startsAt: visitation['start'],
          form: 'phone',
          channels: ['in_app', 'email'],
        },
      },
    });
    expect(visitation).toMatchObject({
      kind: 'visitation',
      status: 'invited',
      form: 'phone',
      caseworkerId: cw,
      origin: 'system',
      phoneNumber: '+4520202020',
    });
    const start = new Date(visitation['start'] as string);
    expect(inCopenhagen(start).date <= addDays(today, 7)).toBe(true);
    expect((await slots(c, 'form=phone'))[0]?.start > (visitation['start'] as string)).toBe(true);
    const timeline = await send<{ items: Array<{ kind: string; text: string }> }>(c, 'GET', '/api/v1/me/timeline');
    expect(timeline.body.items.find((i) => i.kind === 'visitation_invited')?.text).toMatch(
      /^Du er indkaldt til visitationssamtale \d+\. \w+ \d{4} kl\. \d\d\.\d\d \(telefon\)\.$/,
    );
    // Accept; a caseworker-made invitation can be answered with a change request instead.
    const accepted = await send(c, 'POST', `/api/v1/me/meetings/${visitation['id']}/accept`);
    expect(accepted.body).toMatchObject({ status: 'booked', sequence: 1 });
    expect((await send(c, 'POST', `/api/v1/me/meetings/${visitation['id']}/accept`)).status).toBe(409);
    const invited = await send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, {
      start: at(workingDay(6), '10:00'),
      form: 'video',
      topic: 'Opfølgning',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      status: 'invited',
      origin: 'caseworker',
      caseworkerId: cw,
      citizenId: c,
      form: 'video',
    });
    const asked = await send(c, 'POST', `/api/v1/me/meetings/${invited.body['id']}/change-request`, {
      form: 'phone',
      message: 'Jeg kan bedst tale i telefon',
    });
    expect(asked.body).toMatchObject({
      status: 'change_requested',
      changeRequest: { form: 'phone', message: 'Jeg kan bedst tale i telefon' },
    });
    const answered = await send(cw, 'PATCH', `/api/v1/meetings/${invited.body['id']}`, { form: 'phone' });
    expect(answered.body).toMatchObject({
      status: 'invited',
      form: 'phone',
      changeRequest: null,
      phoneNumber: '+4520202020',
    });
    // The caseworker cannot invite over their own meeting.
    const clash = await send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, {
      start: at(workingDay(6), '10:15'),
      form: 'video',
    });
    expect(clash.status).toBe(409);
    expect(
      (await send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, { start: '2020-01-01T10:00:00Z', form: 'video' }))
        .status,
    ).toBe(400);
  });

  it('holds the citizen to a call-in: a visitation or an invitation cannot be cancelled (409), a visitation moves only to a day up to its deadline', async () => {
    const cw = await caseworker('0147');
    const c = await citizen(cw, { benefitType: 'cash_benefit' }, true);
    const deadline = addDays(today, 7);
    const [visitation] = (await send<{ items: Json[] }>(c, 'GET', '/api/v1/me/meetings')).body.items;
    expect(visitation).toMatchObject({
      kind: 'visitation',
      status: 'invited',
      mustAttend: true,
      cancellable: false,
      moveBy: deadline,
    });
    const id = visitation['id'] as string;
    // Beyond the change cut-off, so the rules below (not the cut-off) are what answers.
    await db.query(
      `UPDATE meetings.meeting SET starts_at = $2, ends_at = $2::timestamptz + interval '30 minutes' WHERE id = $1`,
      [id, at(workingDay(2), '08:00')],
    );
    const before = await row(id);
    // Cancel: refused with a clear code; nothing changes.
    const cancel = await send(c, 'POST', `/api/v1/me/meetings/${id}/cancel`, { reason: 'Jeg gider ikke' });
    expect(cancel.status).toBe(409);
    expect(cancel.body).toMatchObject({ status: 409, code: 'meeting_attendance_required' });
    // Move past the deadline: refused, even to a free slot; nothing changes.
    const late = workingDayOnOrAfter(addDays(deadline, 1));
    const tooLate = await send(c, 'PATCH', `/api/v1/me/meetings/${id}`, { start: at(late, '09:00'), form: 'video' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body).toMatchObject({ code: 'meeting_after_deadline' });
    expect(await row(id)).toEqual(before);
    // Move within the deadline: fine.
    const target = (await slots(c, `from=${today}&to=${deadline}&form=video`)).find((s) => s.caseworkerId === cw)!;
    const moved = await send(c, 'PATCH', `/api/v1/me/meetings/${id}`, { start: target.start, form: 'video' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      start: target.start,
      status: 'booked',
      mustAttend: true,
      cancellable: false,
      moveBy: deadline,
    });
    expect((await send(c, 'POST', `/api/v1/me/meetings/${id}/cancel`, { reason: 'x' })).body['code']).toBe(
      'meeting_attendance_required',
    );
    expect((await row(id))['status']).toBe('booked');
    // A caseworker's invitation is a call-in too (no legal deadline to move within); a meeting the citizen booked can be cancelled.
    const invited = await send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, {
      start: at(workingDay(8), '10:00'),
      form: 'video',
    });
    expect((await send(c, 'GET', `/api/v1/me/meetings/${invited.body['id']}`)).body).toMatchObject({
      mustAttend: true,
      cancellable: false,
      moveBy: null,
    });
    expect(
      (await send(c, 'POST', `/api/v1/me/meetings/${invited.body['id']}/cancel`, { reason: 'x' })).body,
    ).toMatchObject({ status: 409, code: 'meeting_attendance_required' });
    const own = await send(c, 'POST', '/api/v1/me/meetings', { start: at(workingDay(9), '13:00'), form: 'phone' });
    expect(own.body).toMatchObject({ mustAttend: false, cancellable: true, moveBy: null });
    expect(
      (await send(c, 'POST', `/api/v1/me/meetings/${own.body['id']}/cancel`, { reason: 'Jeg har fået job' })).body,
    ).toMatchObject({ status: 'cancelled' });
  });

  it('records outcomes: held with a shared summary the citizen reads (never the internal note) and rates; a no-show is announced (screening listens)', async () => {
    const cw = await caseworker('0159');
    const c = await citizen(cw);
    const [first, second] = [
      (await send(c, 'POST', '/api/v1/me/meetings', { start: at(workingDay(3), '09:00'), form: 'video' })).body[
        'id'
      ] as string,
      (await send(c, 'POST', '/api/v1/me/meetings', { start: at(workingDay(4), '09:00'), form: 'video' })).body[
        'id'
      ] as string,
    ];
    const early = await send(cw, 'POST', `/api/v1/meetings/${first}/outcome`, { outcome: 'held' });
    expect(early.status).toBe(409);
    expect(early.body['code']).toBe('meeting_not_over');
    await db.query(
      `UPDATE meetings.meeting SET starts_at = starts_at - interval '10 days', ends_at = ends_at - interval '10 days' WHERE id = ANY($1::uuid[])`,
      [[first, second]],
    );
    const held = await send(cw, 'POST', `/api/v1/meetings/${first}/outcome`, {
      outcome: 'held',
      sharedSummary: 'Vi aftalte, at du søger tre job om ugen.',
      internalNote: 'Virker motiveret.',
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      status: 'held',
      sharedSummary: 'Vi aftalte, at du søger tre job om ugen.',
      internalNote: 'Virker motiveret.',
    });
    const mine = await send(c, 'GET', `/api/v1/me/meetings/${first}`);
    expect(mine.body).toMatchObject({ status: 'held', sharedSummary: 'Vi aftalte, at du søger tre job om ugen.' });
    expect(mine.body).not.toHaveProperty('internalNote');
    expect(JSON.stringify((await send(c, 'GET', '/api/v1/me/meetings')).body)).not.toContain('Virker motiveret');
    expect((await send(c, 'POST', `/api/v1/me/meetings/${first}/rating`, { score: 6 })).status).toBe(400);
    const rated = await send(c, 'POST', `/api/v1/me/meetings/${first}/rating`, { score: 5, comment: 'Godt møde' });
    expect(rated.body['rating']).toEqual({ score: 5, comment: 'Godt møde' });
    expect((await send(c, 'POST', `/api/v1/me/meetings/${second}/rating`, { score: 4 })).body['code']).toBe(
      'meeting_not_held',
    );

    const since = NoticeListener.heard.length;
    const missed = await send(cw, 'POST', `/api/v1/meetings/${second}/outcome`, {
      outcome: 'no_show',
      internalNote: 'Ringede uden svar',
    });
    expect(missed.body['status']).toBe('no_show');
    expect(heardSince(since, (e) => e.citizenId === c).map((e) => e.kind)).toEqual(['no_show']);
    expect(await notices(second)).toEqual(['booked#0', 'no_show#1']);
    expect(await app.get(MeetingsService).missedMeetings(c)).toBe(1);
    expect((await send(cw, 'POST', `/api/v1/meetings/${second}/outcome`, { outcome: 'maybe' })).status).toBe(400);
  });

  it('sends each reminder once (24 h and 1 h before), however often and concurrently the scheduler runs; a moved meeting gets new ones', async () => {
    const cw = await caseworker('0161');
    const c = await citizen(cw);
    const id = (await send(c, 'POST', '/api/v1/me/meetings', { start: at(workingDay(3), '09:00'), form: 'video' }))
      .body['id'] as string;
    const start = new Date(((await row(id)) as { starts_at: Date }).starts_at);
    const service = app.get(MeetingsService);
    const since = NoticeListener.heard.length;
    const events = () => heardSince(since, (e) => e.meetingId === id).map((e) => `${e.kind}#${e.sequence}`);
    await service.sendDueReminders(new Date(start.getTime() - 30 * 3_600_000));
    expect(await notices(id)).toEqual(['booked#0']);
    const dayBefore = new Date(start.getTime() - 23 * 3_600_000);
    await Promise.all([1, 2, 3, 4].map(() => service.sendDueReminders(dayBefore).catch(() => 0)));
    expect(await notices(id)).toEqual(['booked#0', 'reminder_24h#0']);
    await service.sendDueReminders(new Date(start.getTime() - 2 * 3_600_000));
    await service.sendDueReminders(new Date(start.getTime() - 50 * 60_000));
    await service.sendDueReminders(new Date(start.getTime() - 40 * 60_000));
    expect(await notices(id)).toEqual(['booked#0', 'reminder_24h#0', 'reminder_1h#0']);
    expect(events()).toEqual(['reminder_24h#0', 'reminder_1h#0']);
    // Moved by the caseworker two days later: sequence 1, and its own reminders (the old ones are history).
    const later = new Date(start.getTime() + 48 * 3_600_000);
    expect((await send(cw, 'PATCH', `/api/v1/meetings/${id}`, { start: later.toISOString() })).body).toMatchObject({
      sequence: 1,
      start: later.toISOString(),
    });
    await service.sendDueReminders(new Date(later.getTime() - 23 * 3_600_000));
    await service.sendDueReminders(new Date(later.getTime() - 23 * 3_600_000));
    expect(events()).toEqual(['reminder_24h#0', 'reminder_1h#0', 'rescheduled#1', 'reminder_24h#1']);
  });

  it('gives exactly one of many simultaneous bookings of a slot; the rest get 409, none a 5xx', async () => {
    const cw = await caseworker('0163');
    const citizens = await Promise.all(Array.from({ length: 12 }, () => citizen(cw)));
    await Promise.all(citizens.map((c) => as(c)));
    const day = workingDay(5);
    const starts = [at(day, '09:00'), at(day, '09:30')];
    const results = await Promise.all(
      citizens.map((c, i) => send(c, 'POST', '/api/v1/me/meetings', { start: starts[i % 2], form: 'video' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    const rows = (await db.query(
      `SELECT starts_at FROM meetings.meeting WHERE caseworker_id = $1 AND status <> 'cancelled'`,
      [cw],
    )) as Array<{ starts_at: Date }>;
    expect(rows.map((r) => r.starts_at.toISOString()).sort()).toEqual(starts);
  });

  it('claims a slot once, across two API instances: one of 16 simultaneous bookings wins, every other gets a 409 slot_taken problem; the claim follows its meeting', async () => {
    // A second instance on the same database: its attempts meet this one's only at the slot's claim in PostgreSQL.
    const second = await anotherInstance();
    try {
      const onSecond = new SignedInBrowsers(await TestHttp.of(second));
      const cw = await caseworker('0169');
      const citizens = await Promise.all(Array.from({ length: 16 }, () => citizen(cw)));
      for (const c of citizens) await Promise.all([as(c), onSecond.as(c)]);
      const day = workingDay(8);
      const [start, later] = [at(day, '09:30'), at(day, '10:30')];
      const on = (i: number) => (i % 2 ? onSecond : browsers);
      const results = await Promise.all(
        citizens.map((c, i) => on(i).send<Json>(c, 'POST', '/api/v1/me/meetings', { start, form: 'video' })),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      const losers = results.filter((r) => r.status !== 201);
      expect(losers.map((r) => r.status)).toEqual(Array(15).fill(409));
      for (const r of losers) {
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(r.body).toMatchObject({ code: 'slot_taken', status: 409, title: 'That time is no longer free' });
      }
      const w = results.findIndex((r) => r.status === 201);
      const [winner, meetingId] = [citizens[w] ?? '', results[w]?.body['id'] as string];
      expect(await claims([cw])).toEqual([`${meetingId}@${start}`]);
      expect(await claims([cw])).toEqual(await claimsOfLiveMeetings([cw]));

      // Cancelled on the instance that booked it: free at once, there and on the other — the next citizen gets it.
      const cancel = await on(w).send(winner, 'POST', `/api/v1/me/meetings/${meetingId}/cancel`, { reason: 'Syg' });
      expect(cancel.status).toBe(200);
      expect(await claims([cw])).toEqual([]);
      const next = citizens[(w + 1) % 16] ?? '';
      expect((await slots(next, `from=${day}&to=${day}&form=video`)).map((s) => s.start)).toContain(start);
      const again = await on(w).send<Json>(next, 'POST', '/api/v1/me/meetings', { start, form: 'video' });
      expect(again.status).toBe(201);
      const againId = again.body['id'] as string;
      expect(await claims([cw])).toEqual([`${againId}@${start}`]);

      // Moved: the claim moves with it, and the old time is bookable again.
      expect((await send(next, 'PATCH', `/api/v1/me/meetings/${againId}`, { start: later })).status).toBe(200);
      expect(await claims([cw])).toEqual([`${againId}@${later}`]);
      const third = citizens[(w + 2) % 16] ?? '';
      const thirdBooking = await send<Json>(third, 'POST', '/api/v1/me/meetings', { start, form: 'video' });
      expect(thirdBooking.status).toBe(201);
      // The moved meeting's slot is refused by its claim, also to a staff invitation at that exact time.
      const invite = await send(cw, 'POST', `/api/v1/citizens/${third}/meetings`, { start: later, form: 'phone' });
      expect(invite.status).toBe(409);
      expect(invite.body).toMatchObject({ code: 'slot_taken' });
      expect(await claims([cw])).toEqual(await claimsOfLiveMeetings([cw]));

      // Cancelled by the jobcentre, or gone from the table: no claim is left behind.
      const byJobcentre = await send(cw, 'POST', `/api/v1/meetings/${againId}/outcome`, {
        outcome: 'cancelled_by_jobcentre',
      });
      expect(byJobcentre.status).toBe(200);
      expect(await claims([cw])).toEqual([`${thirdBooking.body['id'] as string}@${start}`]);
      await db.query(`DELETE FROM meetings.meeting WHERE id = $1`, [thirdBooking.body['id']]);
      expect(await claims([cw])).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('answers a burst of invitations and bookings on a pool of two connections: each transaction uses only its own', async () => {
    // A transaction that asks the pool for a second connection deadlocks with the others once every
    // connection is held by such a transaction: they all wait out the connect timeout and fail (503).
    const small = await anotherInstance({ DATABASE_POOL_SIZE: '2' });
    try {
      const onSmall = new SignedInBrowsers(await TestHttp.of(small));
      const cw = await caseworker('0167');
      const citizens = await Promise.all(Array.from({ length: 6 }, () => citizen(cw)));
      for (const id of [cw, ...citizens]) await onSmall.as(id);
      const [bookingDay, invitationDay] = [workingDay(6), workingDay(7)];
      const bookingTimes = [
        ['09:00', 'video'],
        ['09:30', 'video'],
        ['10:00', 'video'],
        ['10:30', 'video'],
        ['13:00', 'phone'],
        ['13:30', 'phone'],
      ];
      const results = await Promise.all([
        ...citizens.map((c, i) =>
          onSmall.send(c, 'POST', '/api/v1/me/meetings', {
            start: at(bookingDay, bookingTimes[i]![0]!),
            form: bookingTimes[i]![1],
          }),
        ),
        ...citizens.map((c, i) =>
          onSmall.send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, {
            start: at(invitationDay, `${10 + i}:00`),
            form: 'video',
            topic: 'Opfølgning',
          }),
        ),
      ]);
      expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
      const rows = (await db.query(
        `SELECT count(*)::int AS n FROM meetings.meeting WHERE caseworker_id = $1 AND status IN ('booked', 'invited')`,
        [cw],
      )) as Array<{ n: number }>;
      expect(rows).toEqual([{ n: 12 }]);
    } finally {
      await small.close();
    }
  });

  it('never lets two active meetings overlap for a caseworker or a citizen, under random interleavings of book, reschedule, cancel, invite and accept (property)', async () => {
    const cw = await caseworker('0165');
    const cw2 = await caseworker('0165');
    const citizens = [await citizen(cw), await citizen(cw), await citizen(cw)];
    const day = workingDay(7);
    const times = ['09:00', '09:30', '10:00', '10:30'].map((t) => at(day, t));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('book' as const), who: fc.nat(2), time: fc.nat(3), other: fc.boolean() }),
      fc.record({ kind: fc.constant('reschedule' as const), who: fc.nat(2), time: fc.nat(3), pick: fc.nat(5) }),
      fc.record({ kind: fc.constant('cancel' as const), who: fc.nat(2), pick: fc.nat(5) }),
      fc.record({ kind: fc.constant('invite' as const), who: fc.nat(2), minute: fc.integer({ min: 0, max: 110 }) }),
      fc.record({ kind: fc.constant('accept' as const), who: fc.nat(2), pick: fc.nat(5) }),
    );
    const overlaps = async () =>
      (await db.query(
        `SELECT count(*) AS n FROM meetings.meeting a JOIN meetings.meeting b ON a.id < b.id
          AND (a.caseworker_id = b.caseworker_id OR a.citizen_id = b.citizen_id)
          AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
          WHERE a.status NOT IN ('cancelled', 'cancelled_by_jobcentre') AND b.status NOT IN ('cancelled', 'cancelled_by_jobcentre')
            AND a.caseworker_id = ANY($1::uuid[])`,
        [[cw, cw2]],
      )) as Array<{ n: string }>;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
        async (rounds) => {
          await db.query(`DELETE FROM meetings.meeting WHERE caseworker_id = ANY($1::uuid[])`, [[cw, cw2]]);
          for (const round of rounds) {
            const mine = await Promise.all(
              citizens.map(async (c) =>
                (
                  (await db.query(`SELECT id FROM meetings.meeting WHERE citizen_id = $1 ORDER BY created_at`, [
                    c,
                  ])) as Array<{ id: string }>
                ).map((r) => r.id),
              ),
            );
            const pick = (who: number, n: number) => mine[who][n % Math.max(1, mine[who].length)] ?? randomUUID();
            const results = await Promise.all(
              round.map((o) => {
                const c = citizens[o.who];
                switch (o.kind) {
                  case 'book':
                    return send(c, 'POST', '/api/v1/me/meetings', {
                      start: times[o.time],
                      form: 'video',
                      caseworkerId: o.other ? cw2 : cw,
                    });
                  case 'reschedule':
                    return send(c, 'PATCH', `/api/v1/me/meetings/${pick(o.who, o.pick)}`, { start: times[o.time] });
                  case 'cancel':
                    return send(c, 'POST', `/api/v1/me/meetings/${pick(o.who, o.pick)}/cancel`, { reason: 'property' });
                  case 'invite':
                    return send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, {
                      start: new Date(Date.parse(times[0]) + o.minute * 60_000).toISOString(),
                      form: 'phone',
                      durationMinutes: 30,
                    });
                  case 'accept':
                    return send(c, 'POST', `/api/v1/me/meetings/${pick(o.who, o.pick)}/accept`);
                }
              }),
            );
            for (const r of results) expect(r.status).toBeLessThan(500);
            expect(Number((await overlaps())[0].n)).toBe(0);
            // Every claim belongs to a meeting that holds that start; every such meeting has its claim.
            expect(await claims([cw, cw2])).toEqual(await claimsOfLiveMeetings([cw, cw2]));
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('serves a personal calendar feed at a secret address, without names of citizens for staff; a new address retires the old', async () => {
    const cw = await caseworker('0167');
    const c = await citizen(cw);
    await send(c, 'POST', '/api/v1/me/meetings', { start: at(workingDay(3), '09:00'), form: 'video' });
    const first = (await send(c, 'POST', '/api/v1/me/calendar-feed')).body['url'] as string;
    const path = new URL(first).pathname;
    const feed = await http.request('GET', path);
    expect(feed.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    const second = (await send(c, 'POST', '/api/v1/me/calendar-feed')).body['url'] as string;
    expect(second).not.toBe(first);
    expect((await http.request('GET', path)).status).toBe(404);
    const staffFeed = (await send(cw, 'POST', '/api/v1/caseworkers/me/calendar-feed')).body['url'] as string;
    const staffText = (await http.request('GET', new URL(staffFeed).pathname)).text;
    expect(staffText).toContain('BEGIN:VEVENT');
    expect(staffText).not.toMatch(/Borger/);
    expect((await http.request('GET', '/api/v1/calendar-feeds/not-a-token.ics')).status).toBe(404);
  });

  it('validates availability: times in order, an address for in-person, days off and blocked hours', async () => {
    const cw = await caseworker('0169', []);
    const bad = await send(cw, 'PUT', '/api/v1/caseworkers/me/availability', {
      windows: [
        { weekday: 1, startTime: '10:00', endTime: '09:00', form: 'video', slotMinutes: 30 },
        { weekday: 8, startTime: '9', endTime: '10:00', form: 'in_person', slotMinutes: 5 },
      ],
      blocks: [{ date: '2026-13-01' }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'blocks.0.date',
      'windows.1.slotMinutes',
      'windows.1.startTime',
      'windows.1.weekday',
    ]);
    const order = await send(cw, 'PUT', '/api/v1/caseworkers/me/availability', {
      windows: [{ weekday: 1, startTime: '10:00', endTime: '09:00', form: 'in_person', slotMinutes: 30 }],
      blocks: [{ date: '2027-01-04', startTime: '10:00' }],
    });
    expect((order.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'windows.0.endTime',
      'windows.0.address',
      'blocks.0.endTime',
    ]);
    expect((await send(cw, 'GET', '/api/v1/caseworkers/me/availability')).body).toEqual({ windows: [], blocks: [] });
    const good = await send(cw, 'PUT', '/api/v1/caseworkers/me/availability', {
      windows: [{ weekday: 3, startTime: '09:00', endTime: '12:00', form: 'video', slotMinutes: 45 }],
      blocks: [{ date: '2027-01-06', reason: 'Ferie' }],
    });
    expect(good.body).toEqual({
      windows: [{ weekday: 3, startTime: '09:00', endTime: '12:00', form: 'video', slotMinutes: 45, address: null }],
      blocks: [{ date: '2027-01-06', startTime: null, endTime: null, reason: 'Ferie' }],
    });
  });

  it('answers bad input on the remaining meeting routes with a 400 naming the field, changing nothing', async () => {
    const cw = await caseworker('0171');
    const c = await citizen(cw);
    const id = (await send(c, 'POST', '/api/v1/me/meetings', { start: at(workingDay(3), '09:00'), form: 'video' }))
      .body['id'] as string;
    const fields = (res: { status: number; body: Json }) => [
      res.status,
      [...new Set((res.body['errors'] as Array<{ field: string }>).map((e) => e.field))].sort(),
    ];
    expect(fields(await send(c, 'GET', '/api/v1/me/meeting-slots?from=tomorrow&form=pigeon'))).toEqual([
      400,
      ['form', 'from'],
    ]);
    expect(
      fields(await send(c, 'POST', `/api/v1/me/meetings/${id}/change-request`, { form: 'fax', message: '' })),
    ).toEqual([400, ['form', 'message']]);
    expect(fields(await send(c, 'PATCH', `/api/v1/me/meetings/${id}`, { start: '09:00' }))).toEqual([400, ['start']]);
    expect(
      fields(await send(cw, 'PUT', `/api/v1/meetings/${id}/notes`, { sharedSummary: 'x'.repeat(5001), secret: true })),
    ).toEqual([400, ['secret', 'sharedSummary']]);
    expect(
      fields(
        await send(cw, 'POST', `/api/v1/citizens/${c}/meetings`, { start: 'soon', form: 'video', durationMinutes: 5 }),
      ),
    ).toEqual([400, ['durationMinutes', 'start']]);
    expect((await send(c, 'GET', '/api/v1/me/meetings/not-a-uuid')).status).toBe(400);
    expect(await row(id)).toMatchObject({ status: 'booked', form: 'video', sequence: 0 });
  });
});
