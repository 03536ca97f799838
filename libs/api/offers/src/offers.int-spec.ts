import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import { createModuleTestApp, SignedInBrowsers, TestHttp, newCitizen, newOffer, unique } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { offersMigrations } from './migrations';
import { OffersModule } from './offers.module';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;

describe('offers: catalogue, plan, applications, capacity and waitlists', () => {
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
  const lead = staff('Susanne Vestergaard');
  const mette = staff('Mette Kjær');
  /** A citizen in Aarhus on Mette's caseload. */
  const citizen = async (overrides: Json = {}) =>
    (
      await newCitizen(browsers, mette, {
        firstName: 'Plan',
        benefitType: 'unemployment_benefit',
        unemployedSince: '2026-11-01',
        ...overrides,
      })
    ).id;
  /** A published virtual course of Aarhus's catalogue, added by the team lead. */
  const offer = async (overrides: Json = {}) => (await newOffer(browsers, lead, overrides)).id;
  const statusOf = async (itemId: string) =>
    ((await db.query(`SELECT status FROM offers.plan_item WHERE id = $1`, [itemId])) as Array<{ status: string }>)[0]
      ?.status;
  const enrolledOf = async (offerId: string) =>
    ((await db.query(`SELECT enrolled FROM offers.offer WHERE id = $1`, [offerId])) as Array<{ enrolled: number }>)[0]
      .enrolled;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, OffersModule],
      migrations: [
        ...referenceMigrations,
        ...identityMigrations,
        ...auditMigrations,
        ...citizensMigrations,
        ...screeningMigrations,
        ...meetingsMigrations,
        ...offersMigrations,
      ],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('manages the catalogue: team leads create and publish, caseworkers cannot, bad input is a 400 naming every field', async () => {
    expect((await send(mette, 'POST', '/api/v1/offers', { titleDa: 'x' })).status).toBe(403);
    const bad = await send(lead, 'POST', '/api/v1/offers', {
      titleDa: '',
      titleEn: 'E',
      descriptionDa: 'd',
      descriptionEn: 'd',
      provider: 'p',
      kind: 'party',
      mode: 'virtual',
      capacity: 0,
      skills: ['juggling'],
      sessions: [{ start: '2026-12-01T10:00:00+01:00', end: '2026-12-01T09:00:00+01:00' }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'capacity',
      'kind',
      'titleDa',
    ]);
    const order = await send(lead, 'POST', '/api/v1/offers', {
      titleDa: 'T',
      titleEn: 'T',
      descriptionDa: 'd',
      descriptionEn: 'd',
      provider: 'p',
      kind: 'course',
      mode: 'virtual',
      skills: ['juggling'],
      sessions: [{ start: '2026-12-01T10:00:00+01:00', end: '2026-12-01T09:00:00+01:00' }],
    });
    expect((order.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'sessions.0.end',
      'skills.0',
    ]);
    const count = Number(
      ((await db.query(`SELECT count(*) AS n FROM offers.offer WHERE title_da = 'T'`)) as Array<{ n: string }>)[0].n,
    );
    expect(count).toBe(0);
    const id = await offer({ status: 'draft', skills: ['forklift'] });
    const c = await citizen();
    expect((await send(c, 'GET', `/api/v1/offers/${id}`)).status).toBe(404);
    expect((await send(lead, 'PATCH', `/api/v1/offers/${id}`, { status: 'published' })).body['status']).toBe(
      'published',
    );
    expect((await send(c, 'GET', `/api/v1/offers/${id}`)).status).toBe(200);
    // Another municipality sees nothing of it.
    expect((await send(staff('Birgitte Friis'), 'GET', `/api/v1/offers/${id}`)).status).toBe(404);
    expect((await send(staff('Birgitte Friis'), 'PATCH', `/api/v1/offers/${id}`, { status: 'archived' })).status).toBe(
      404,
    );
  });

  it('shows citizens only published offers they are eligible for (benefit type, track), searchable without accents', async () => {
    const n = unique();
    const forCash = await offer({ titleDa: `Køkkenkursus ${n}`, benefitTypes: ['cash_benefit'] });
    const forPersonal = await offer({ titleDa: `Mentorforløb ${n}`, tracks: ['personal'] });
    const open = await offer({ titleDa: `Sprogcafé Århus ${n}`, mode: 'in_person' });
    const c = await citizen();
    const ids = async (q: string) =>
      (await send<{ items: Json[] }>(c, 'GET', `/api/v1/offers?limit=100&${q}`)).body.items.map((o) => o['id']);
    const all = await ids('');
    expect(all).toContain(open);
    expect(all).not.toContain(forCash);
    expect(all).not.toContain(forPersonal);
    expect(await ids('q=sprogcafe%20arhus')).toEqual([open]);
    expect(await ids(`q=sprogcaf%C3%A9&mode=virtual`)).toEqual([]);
    const add = await send(c, 'POST', '/api/v1/me/plan/items', { offerId: forCash });
    expect(add.status).toBe(409);
    expect(add.body['code']).toBe('offer_not_eligible');
    expect((await send(c, 'GET', '/api/v1/offers?kind=party')).status).toBe(400);
  });

  it('enrols directly, applies when approval is needed; the caseworker approves or rejects with a reason; an offer is on the plan once', async () => {
    const free = await offer();
    const approval = await offer({ requiresApproval: true, capacity: 5 });
    const c = await citizen();
    const enrolled = await send(c, 'POST', '/api/v1/me/plan/items', { offerId: free });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ status: 'enrolled', offer: { id: free }, activity: null });
    expect((await send(c, 'POST', '/api/v1/me/plan/items', { offerId: free })).body['code']).toBe(
      'offer_already_on_plan',
    );
    const applied = await send(c, 'POST', '/api/v1/me/plan/items', { offerId: approval });
    expect(applied.body['status']).toBe('pending_approval');
    const inbox = await send<{ items: Json[] }>(mette, 'GET', '/api/v1/offer-applications');
    expect(inbox.body.items.map((i) => i['id'])).toContain(applied.body['id']);
    expect(
      (await send(mette, 'POST', `/api/v1/offer-applications/${applied.body['id']}/decision`, { decision: 'reject' }))
        .status,
    ).toBe(400);
    expect(
      (
        await send(staff('Anne Dahl'), 'POST', `/api/v1/offer-applications/${applied.body['id']}/decision`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(404);
    const approved = await send(mette, 'POST', `/api/v1/offer-applications/${applied.body['id']}/decision`, {
      decision: 'approve',
    });
    expect(approved.body).toMatchObject({ status: 'enrolled' });
    expect(await enrolledOf(approval)).toBe(1);
    expect(
      (await send(mette, 'POST', `/api/v1/offer-applications/${applied.body['id']}/decision`, { decision: 'approve' }))
        .body['code'],
    ).toBe('application_decided');

    const second = await citizen();
    const item = (await send(second, 'POST', '/api/v1/me/plan/items', { offerId: approval })).body['id'] as string;
    const rejected = await send(mette, 'POST', `/api/v1/offer-applications/${item}/decision`, {
      decision: 'reject',
      reason: 'Kurset passer ikke til dit jobmål.',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Kurset passer ikke til dit jobmål.' });
    const plan = await send<{ items: Json[] }>(second, 'GET', '/api/v1/me/plan');
    expect(plan.body.items[0]).toMatchObject({
      status: 'rejected',
      decisionReason: 'Kurset passer ikke til dit jobmål.',
    });
    const timeline = await send<{ items: Array<{ kind: string }> }>(second, 'GET', '/api/v1/me/timeline');
    expect(timeline.body.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['plan_applied', 'plan_rejected']));
  });

  it('never exceeds capacity under concurrent enrolment; the rest wait in order and move up when a place frees', async () => {
    const full = await offer({ capacity: 3 });
    const citizens = await Promise.all(Array.from({ length: 10 }, () => citizen()));
    await Promise.all(citizens.map((c) => as(c)));
    const results = await Promise.all(citizens.map((c) => send(c, 'POST', '/api/v1/me/plan/items', { offerId: full })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(results.filter((r) => r.body['status'] === 'enrolled')).toHaveLength(3);
    expect(results.filter((r) => r.body['status'] === 'waitlisted')).toHaveLength(7);
    expect(await enrolledOf(full)).toBe(3);
    const waiting = results.filter((r) => r.body['status'] === 'waitlisted');
    const positions = await Promise.all(
      waiting.map(
        async (r) =>
          (await send<{ items: Json[] }>(citizens[results.indexOf(r)], 'GET', '/api/v1/me/plan')).body.items[0][
            'waitlistPosition'
          ] as number,
      ),
    );
    expect([...positions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const first = waiting[positions.indexOf(1)];
    // An enrolled citizen drops out: the first on the waitlist is enrolled in the same transaction.
    const leaver = results.find((r) => r.body['status'] === 'enrolled')!;
    const dropped = await send(
      citizens[results.indexOf(leaver)],
      'DELETE',
      `/api/v1/me/plan/items/${leaver.body['id']}`,
    );
    expect(dropped.body['status']).toBe('dropped');
    expect(await statusOf(first.body['id'] as string)).toBe('enrolled');
    expect(await enrolledOf(full)).toBe(3);
    // More places: the waitlist moves up at once; fewer than taken is refused.
    expect((await send(lead, 'PATCH', `/api/v1/offers/${full}`, { capacity: 2 })).body['code']).toBe(
      'capacity_below_enrolled',
    );
    await send(lead, 'PATCH', `/api/v1/offers/${full}`, { capacity: 5 });
    expect(await enrolledOf(full)).toBe(5);
    // The database itself refuses an overfull offer.
    await expect(db.query(`UPDATE offers.offer SET enrolled = 6 WHERE id = $1`, [full])).rejects.toThrow(
      /offer_capacity_ck/,
    );
  });

  it('keeps the citizen’s own activities and goal; the caseworker reads the plan (audited) and suggests offers the citizen accepts or declines', async () => {
    const c = await citizen();
    const nextWeek = addDays(todayInCopenhagen(), 7);
    const activity = await send(c, 'POST', '/api/v1/me/plan/items', {
      activity: { title: 'Søg 3 job', dueDate: nextWeek },
    });
    expect(activity.body).toMatchObject({
      status: 'planned',
      activity: { title: 'Søg 3 job', dueDate: nextWeek },
      offer: null,
    });
    // A deadline that has passed is refused, on adding and on editing, and nothing changes.
    const past = await send(c, 'POST', '/api/v1/me/plan/items', {
      activity: { title: 'For sent', dueDate: '2020-03-01' },
    });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ code: 'activity_due_date_past' });
    const yesterday = addDays(todayInCopenhagen(), -1);
    expect(
      (
        await send(c, 'PATCH', `/api/v1/me/plan/items/${activity.body['id']}`, {
          activity: { title: 'Søg 3 job', dueDate: yesterday },
        })
      ).body,
    ).toMatchObject({ status: 400, code: 'activity_due_date_past' });
    expect((await send(c, 'GET', '/api/v1/me/plan')).body['items']).toEqual([
      expect.objectContaining({ activity: { title: 'Søg 3 job', dueDate: nextWeek } }),
    ]);
    expect((await send(c, 'POST', '/api/v1/me/plan/items', {})).status).toBe(400);
    expect(
      (await send(c, 'POST', '/api/v1/me/plan/items', { offerId: randomUUID(), activity: { title: 'x' } })).status,
    ).toBe(400);
    expect((await send(c, 'POST', '/api/v1/me/plan/items', { activity: { title: '', dueDate: 'soon' } })).status).toBe(
      400,
    );
    expect(
      (await send(c, 'PATCH', `/api/v1/me/plan/items/${activity.body['id']}`, { status: 'completed' })).body['status'],
    ).toBe('completed');
    const goal = await send(c, 'PUT', '/api/v1/me/plan/goal', { text: 'Bogholder', occupations: ['4311'] });
    expect(goal.body['goal']).toEqual({ text: 'Bogholder', occupations: ['4311'] });
    expect((await send(c, 'PUT', '/api/v1/me/plan/goal', { text: 'x', occupations: ['9999'] })).status).toBe(400);

    const o = await offer({
      titleDa: 'Sessionskursus',
      sessions: [{ start: '2027-01-12T09:00:00+01:00', end: '2027-01-12T12:00:00+01:00' }],
    });
    const suggested = await send(mette, 'POST', `/api/v1/citizens/${c}/plan/suggestions`, {
      offerId: o,
      note: 'Det her kunne passe dig',
    });
    expect(suggested.body).toMatchObject({ status: 'suggested', suggestionNote: 'Det her kunne passe dig' });
    const accepted = await send(c, 'PATCH', `/api/v1/me/plan/items/${suggested.body['id']}`, { status: 'accepted' });
    expect(accepted.body['status']).toBe('enrolled');
    // The enrolled offer's sessions appear in the citizen's calendar feed beside meetings.
    const feedUrl = (await send(c, 'POST', '/api/v1/me/calendar-feed')).body['url'] as string;
    const feed = await http.request('GET', new URL(feedUrl).pathname);
    expect(feed.text).toContain('SUMMARY:Sessionskursus');
    expect(feed.text).toContain('DTSTART;TZID=Europe/Copenhagen:20270112T090000');
    const audits = async () =>
      Number(
        (
          (await db.query(`SELECT count(*) AS n FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'plan'`, [
            c,
          ])) as Array<{ n: string }>
        )[0].n,
      );
    const before = await audits();
    const plan = await send<{ items: Json[] }>(mette, 'GET', `/api/v1/citizens/${c}/plan`);
    expect(plan.body.items).toHaveLength(2);
    expect(await audits()).toBe(before + 1);
    expect((await send(staff('Jonas Holm'), 'GET', `/api/v1/citizens/${c}/plan`)).status).toBe(403);
    expect((await send(staff('Anne Dahl'), 'GET', `/api/v1/citizens/${c}/plan`)).status).toBe(404);
    const other = await citizen();
    expect(
      (await send(other, 'PATCH', `/api/v1/me/plan/items/${suggested.body['id']}`, { status: 'dropped' })).status,
    ).toBe(404);
    expect(
      (await send(c, 'PATCH', `/api/v1/me/plan/items/${suggested.body['id']}`, { status: 'declined' })).body['code'],
    ).toBe('plan_item_not_changeable');
  });

  it('answers bad input on the plan, suggestion, application and offer-change routes with a 400 naming the field, changing nothing', async () => {
    const c = await citizen();
    const o = await offer();
    const item = (await send(c, 'POST', '/api/v1/me/plan/items', { offerId: o })).body['id'] as string;
    const fields = (res: { status: number; body: Json }) => [
      res.status,
      [...new Set((res.body['errors'] as Array<{ field: string }>).map((e) => e.field))].sort(),
    ];
    expect(fields(await send(c, 'PATCH', `/api/v1/me/plan/items/${item}`, { status: 'finished' }))).toEqual([
      400,
      ['status'],
    ]);
    expect(
      fields(
        await send(mette, 'POST', `/api/v1/citizens/${c}/plan/suggestions`, {
          offerId: 'course-1',
          note: 'x'.repeat(1001),
        }),
      ),
    ).toEqual([400, ['note', 'offerId']]);
    expect(fields(await send(mette, 'GET', '/api/v1/offer-applications?scope=everyone'))).toEqual([400, ['scope']]);
    expect(
      fields(await send(mette, 'POST', `/api/v1/offer-applications/${item}/decision`, { decision: 'maybe' })),
    ).toEqual([400, ['decision']]);
    expect(fields(await send(lead, 'PATCH', `/api/v1/offers/${o}`, { capacity: -1, mode: 'telepathy' }))).toEqual([
      400,
      ['capacity', 'mode'],
    ]);
    expect(await statusOf(item)).toBe('enrolled');
    expect(await enrolledOf(o)).toBe(1);
  });
});
