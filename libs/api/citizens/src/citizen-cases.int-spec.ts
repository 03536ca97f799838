import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { DemoDataService } from '@jobunivers/api/database';
import { referenceMigrations } from '@jobunivers/api/reference';
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_STAFF,
  IdentityModule,
  identityMigrations,
} from '@jobunivers/api/identity';
import { createModuleTestApp, TestHttp, newCpr } from '@jobunivers/api/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CitizensModule } from './citizens.module';
import { DEMO_CITIZENS } from './demo/citizens.demo-seed';
import { citizensMigrations } from './migrations';

const staffId = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const sofie = DEMO_CITIZENS[0];

const registration = (overrides: Record<string, unknown> = {}) => ({
  cpr: newCpr(),
  firstName: 'Karen',
  lastName: 'Holm',
  email: 'karen.holm@example.dk',
  phone: '+45 20 11 22 33',
  postalCode: '8000',
  benefitType: 'unemployment_benefit',
  unemployedSince: '2026-11-01',
  unemploymentFund: '3F A-kasse',
  ...overrides,
});

describe('citizens: registration, caseload, audited reads, outcome, timeline', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  const sessions = new Map<string, TestHttp>();

  async function as(name: string): Promise<TestHttp> {
    if (!sessions.has(name)) {
      const browser = http.agent();
      const id =
        DEMO_STAFF.find((s) => s.name === name)?.id ??
        DEMO_CITIZENS.find((c) => `${c.firstName} ${c.lastName}` === name)?.id;
      expect((await browser.post('/api/v1/auth/dev/sign-in', { userId: id })).status).toBe(200);
      sessions.set(name, browser);
    }
    return sessions.get(name)!;
  }
  const send = async (
    name: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const browser = await as(name);
    return browser.request<Record<string, unknown>>(method, path, { body, headers: { ...browser.csrf(), ...headers } });
  };
  const auditRows = async (actorId: string, citizenId: string) =>
    (await db.query(
      `SELECT action, resource, purpose FROM audit.audit_event WHERE actor_id = $1 AND citizen_id = $2 ORDER BY id`,
      [actorId, citizenId],
    )) as Array<{ action: string; resource: string; purpose: string }>;
  const citizenCount = async () => Number((await db.query(`SELECT count(*)::int AS n FROM citizens.citizen`))[0].n);

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule],
      migrations: [...referenceMigrations, ...identityMigrations, ...auditMigrations, ...citizensMigrations],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('registers a citizen in the caller’s municipality, encrypted, assigned to the registering caseworker, with a timeline and the next steps', async () => {
    const cpr = newCpr();
    const body = registration({ cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` });
    const res = await send('Mette Kjær', 'POST', '/api/v1/citizens', body);
    expect(res.status).toBe(201);
    // Without the screening and meetings modules nothing else is set in motion: no deadline, no invitation.
    expect(res.body).toEqual({
      id: expect.any(String),
      assignedCaseworkerId: staffId('Mette Kjær'),
      assignedCaseworkerName: 'Mette Kjær',
      nextSteps: { visitationDeadline: null, visitationInvitation: null },
    });
    const [row] = await db.query(
      `SELECT municipality_code, first_name, status, assigned_caseworker_id, encode(cpr_encrypted, 'escape') AS enc FROM citizens.citizen WHERE id = $1`,
      [res.body['id']],
    );
    expect(row).toMatchObject({
      municipality_code: '0751',
      first_name: 'Karen',
      status: 'active',
      assigned_caseworker_id: staffId('Mette Kjær'),
    });
    expect(row.enc).not.toContain((body.cpr as string).replace('-', ''));
    const timeline = await db.query(
      `SELECT kind FROM citizens.timeline_entry WHERE citizen_id = $1 ORDER BY occurred_at`,
      [res.body['id']],
    );
    expect(timeline.map((t: { kind: string }) => t.kind)).toEqual(['registered', 'caseworker_assigned']);
    expect(await auditRows(staffId('Mette Kjær'), res.body['id'] as string)).toEqual([
      { action: 'create', resource: 'citizen', purpose: 'registration' },
    ]);
    // On the registering caseworker's own caseload: the citizen opens without a purpose.
    expect((await send('Mette Kjær', 'GET', `/api/v1/citizens/${res.body['id']}`)).status).toBe(200);
  });

  it('assigns the chosen caseworker; a municipal system gets the least-loaded one; a chosen non-caseworker is a 400 storing nothing', async () => {
    const chosen = await send(
      'Mette Kjær',
      'POST',
      '/api/v1/citizens',
      registration({ caseworkerId: staffId('Jonas Holm') }),
    );
    expect(chosen.status).toBe(201);
    expect(chosen.body).toMatchObject({
      assignedCaseworkerId: staffId('Jonas Holm'),
      assignedCaseworkerName: 'Jonas Holm',
    });

    const loads: Array<{ id: string; n: number }> = await db.query(
      `SELECT s.id, count(c.id)::int AS n FROM identity.staff_user s LEFT JOIN citizens.citizen c ON c.assigned_caseworker_id = s.id AND c.status = 'active'
       WHERE s.municipality_code = '0751' AND 'caseworker' = ANY(s.roles) AND s.active GROUP BY s.id`,
    );
    const least = Math.min(...loads.map((l) => l.n));
    const token = await http.post<{ access_token: string }>(
      '/api/v1/oauth/token',
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
        scope: 'citizens:write',
      }),
    );
    const bySystem = await http.request<Record<string, unknown>>('POST', '/api/v1/citizens', {
      body: registration(),
      headers: { authorization: `Bearer ${token.body.access_token}` },
    });
    expect(bySystem.status).toBe(201);
    expect(loads.find((l) => l.id === bySystem.body['assignedCaseworkerId'])?.n).toBe(least);

    for (const caseworkerId of [staffId('Peter Lund'), staffId('Anne Dahl'), randomUUID()]) {
      const before = await citizenCount();
      const bad = await send('Mette Kjær', 'POST', '/api/v1/citizens', registration({ caseworkerId }));
      expect(bad.status).toBe(400);
      expect((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toEqual(['caseworkerId']);
      expect(await citizenCount()).toBe(before);
    }
    expect((await send('Mette Kjær', 'POST', '/api/v1/citizens', registration({ caseworkerId: 'nope' }))).status).toBe(
      400,
    );
  });

  it.each([
    ['cpr', { cpr: '12345' }],
    ['cpr', { cpr: '3102901234' }],
    ['cpr', { cpr: 'abcdefghij' }],
    ['firstName', { firstName: '' }],
    ['lastName', { lastName: undefined }],
    ['email', { email: 'not-an-email' }],
    ['phone', { phone: 'call me' }],
    ['postalCode', { postalCode: '80000' }],
    ['benefitType', { benefitType: 'pension' }],
    ['unemployedSince', { unemployedSince: '2026-02-30' }],
    ['unemployedSince', { unemployedSince: '2999-01-01' }],
  ])('refuses a bad %s with a 400 naming it, storing nothing', async (field, override) => {
    const before = await citizenCount();
    const res = await send('Mette Kjær', 'POST', '/api/v1/citizens', registration(override));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((res.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    expect(await citizenCount()).toBe(before);
  });

  it('answers 409 with the existing id for an active duplicate — also when two requests race — and opens a new case after a closed one', async () => {
    const body = registration();
    const [a, b] = await Promise.all([
      send('Mette Kjær', 'POST', '/api/v1/citizens', body),
      send('Jonas Holm', 'POST', '/api/v1/citizens', { ...body, cpr: `${body.cpr.slice(0, 6)}-${body.cpr.slice(6)}` }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const created = a.status === 201 ? a : b;
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body).toMatchObject({
      status: 409,
      code: 'citizen_already_registered',
      existingId: created.body['id'],
    });

    const closed = await send('Susanne Vestergaard', 'POST', `/api/v1/citizens/${created.body['id']}/outcome`, {
      outcome: 'job',
      date: '2026-11-20',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'job', outcomeDate: '2026-11-20' });
    expect(
      (
        await send('Susanne Vestergaard', 'POST', `/api/v1/citizens/${created.body['id']}/outcome`, {
          outcome: 'job',
          date: '2026-11-20',
        })
      ).status,
    ).toBe(409);

    const again = await send('Mette Kjær', 'POST', '/api/v1/citizens', body);
    expect(again.status).toBe(201);
    expect(again.body['id']).not.toBe(created.body['id']);
    const cases = await db.query(
      `SELECT status FROM citizens.citizen WHERE id = ANY($1::uuid[]) ORDER BY registered_at`,
      [[created.body['id'], again.body['id']]],
    );
    expect(cases).toEqual([{ status: 'closed' }, { status: 'active' }]);
  });

  it('writes exactly one audit row per staff read, with the purpose: caseload, management, or the one stated', async () => {
    const path = `/api/v1/citizens/${sofie.id}`;
    const before = (await auditRows(staffId('Mette Kjær'), sofie.id)).length;
    const own = await send('Mette Kjær', 'GET', path);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      id: sofie.id,
      cprMasked: '010392-xxxx',
      firstName: 'Sofie',
      assignedCaseworkerName: 'Mette Kjær',
      status: 'active',
    });
    expect(JSON.stringify(own.body)).not.toContain('1234');
    const after = await auditRows(staffId('Mette Kjær'), sofie.id);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toEqual({ action: 'read', resource: 'citizen', purpose: 'caseload' });

    expect((await send('Susanne Vestergaard', 'GET', path)).status).toBe(200);
    expect((await auditRows(staffId('Susanne Vestergaard'), sofie.id)).at(-1)).toEqual({
      action: 'read',
      resource: 'citizen',
      purpose: 'management',
    });

    const jonasBefore = (await auditRows(staffId('Jonas Holm'), sofie.id)).length;
    const refused = await send('Jonas Holm', 'GET', path);
    expect(refused.status).toBe(403);
    expect(refused.body['detail']).toMatch(/X-Access-Purpose/);
    expect((await auditRows(staffId('Jonas Holm'), sofie.id)).length).toBe(jonasBefore);
    const stated = await send('Jonas Holm', 'GET', path, undefined, { 'x-access-purpose': 'Dækker for Mette (ferie)' });
    expect(stated.status).toBe(200);
    expect(await auditRows(staffId('Jonas Holm'), sofie.id)).toEqual([
      { action: 'read', resource: 'citizen', purpose: 'Dækker for Mette (ferie)' },
    ]);
  });

  it('keeps municipalities apart: another municipality’s staff and an unknown id get 404, and nothing is logged', async () => {
    for (const path of [`/api/v1/citizens/${sofie.id}`, `/api/v1/citizens/${sofie.id}/timeline`]) {
      const res = await send('Anne Dahl', 'GET', path);
      expect(res.status).toBe(404);
      expect(res.body['code']).toBe('citizen_not_found');
    }
    expect(
      (await send('Anne Dahl', 'POST', `/api/v1/citizens/${sofie.id}/outcome`, { outcome: 'job', date: '2026-11-20' }))
        .status,
    ).toBe(404);
    expect(await auditRows(staffId('Anne Dahl'), sofie.id)).toEqual([]);
    expect((await send('Mette Kjær', 'GET', `/api/v1/citizens/${randomUUID()}`)).status).toBe(404);
    expect((await send('Mette Kjær', 'GET', '/api/v1/citizens/not-a-uuid')).status).toBe(400);
  });

  it('reveals the CPR number only on the explicit, audited action', async () => {
    const res = await send('Mette Kjær', 'POST', `/api/v1/citizens/${sofie.id}/cpr/reveal`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ cpr: '010392-1234' });
    expect((await auditRows(staffId('Mette Kjær'), sofie.id)).at(-1)).toEqual({
      action: 'reveal',
      resource: 'citizen.cpr',
      purpose: 'caseload',
    });
  });

  it('lists the caseload with filters, CPR search and sorting, each listed citizen audited', async () => {
    const mine = await send('Mette Kjær', 'GET', '/api/v1/citizens?assignedTo=me&status=active&limit=100');
    expect(mine.status).toBe(200);
    const items = mine.body['items'] as Array<{ id: string; assignedCaseworkerId: string; cprMasked: string }>;
    expect(items.some((i) => i.id === sofie.id)).toBe(true);
    expect(items.every((i) => i.assignedCaseworkerId === staffId('Mette Kjær'))).toBe(true);
    expect(items.every((i) => /^\d{6}-xxxx$/.test(i.cprMasked))).toBe(true);
    const byCpr = await send('Susanne Vestergaard', 'GET', '/api/v1/citizens?assignedTo=all&q=150885-2345');
    expect((byCpr.body['items'] as Array<{ name: string }>).map((i) => i.name)).toEqual(['Mads Pedersen']);
    const sorted = await send(
      'Susanne Vestergaard',
      'GET',
      '/api/v1/citizens?assignedTo=all&sort=-unemployedSince&limit=100',
    );
    const dates = (sorted.body['items'] as Array<{ unemployedSince: string }>).map((i) => i.unemployedSince);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await send('Susanne Vestergaard', 'GET', '/api/v1/citizens?sort=age')).status).toBe(400);
    // A name in part, with LIKE's wildcards taken literally; a page past the end still counts what the filter finds.
    const byName = await send('Susanne Vestergaard', 'GET', '/api/v1/citizens?assignedTo=all&q=ads%20pedersen');
    expect(byName.body).toMatchObject({ total: 1, items: [{ name: 'Mads Pedersen' }] });
    expect((await send('Susanne Vestergaard', 'GET', '/api/v1/citizens?assignedTo=all&q=%25')).body).toMatchObject({
      total: 0,
      items: [],
    });
    const pastTheEnd = await send('Susanne Vestergaard', 'GET', '/api/v1/citizens?assignedTo=all&q=Pedersen&page=50');
    expect(pastTheEnd.body).toMatchObject({ total: 1, items: [] });
    expect(
      (await auditRows(staffId('Susanne Vestergaard'), DEMO_CITIZENS[1].id)).some((r) => r.resource === 'citizen.list'),
    ).toBe(true);
    expect((sorted.body['items'] as Array<{ id: string }>).some((i) => i.id === DEMO_CITIZENS[2].id)).toBe(false);
  });

  it('lets a municipal system register and read with its scopes, and records the system as the actor', async () => {
    const token = await http.post<{ access_token: string }>(
      '/api/v1/oauth/token',
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
        scope: 'citizens:write citizens:read',
      }),
    );
    const auth = { authorization: `Bearer ${token.body.access_token}` };
    const created = await http.request<{ id: string }>('POST', '/api/v1/citizens', {
      body: registration({ benefitType: 'cash_benefit', unemploymentFund: undefined }),
      headers: auth,
    });
    expect(created.status).toBe(201);
    const read = await http.request<{ municipalityCode: string }>('GET', `/api/v1/citizens/${created.body.id}`, {
      headers: auth,
    });
    expect(read.body.municipalityCode).toBe('0751');
    const rows = await db.query(
      `SELECT actor_kind, action, purpose FROM audit.audit_event WHERE citizen_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(rows).toEqual([
      { actor_kind: 'client', action: 'create', purpose: 'api:citizens:write citizens:read' },
      { actor_kind: 'client', action: 'read', purpose: 'api:citizens:write citizens:read' },
    ]);
    const outcome = await http.request('POST', `/api/v1/citizens/${created.body.id}/outcome`, {
      body: { outcome: 'education', date: '2026-11-21' },
      headers: auth,
    });
    expect(outcome.status).toBe(403);
  });

  it('shows the citizen their own timeline in plain Danish (and English on request); a team lead reassigns', async () => {
    const reassigned = await send('Susanne Vestergaard', 'PATCH', `/api/v1/citizens/${sofie.id}/assignment`, {
      caseworkerId: staffId('Jonas Holm'),
    });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body['assignedCaseworkerName']).toBe('Jonas Holm');
    expect(
      (
        await send('Mette Kjær', 'PATCH', `/api/v1/citizens/${sofie.id}/assignment`, {
          caseworkerId: staffId('Mette Kjær'),
        })
      ).status,
    ).toBe(403);
    const wrong = await send('Susanne Vestergaard', 'PATCH', `/api/v1/citizens/${sofie.id}/assignment`, {
      caseworkerId: staffId('Anne Dahl'),
    });
    expect(wrong.status).toBe(400);

    const timeline = await send('Sofie Jensen', 'GET', '/api/v1/me/timeline');
    expect(timeline.status).toBe(200);
    const texts = (timeline.body['items'] as Array<{ text: string }>).map((i) => i.text);
    expect(texts[0]).toBe('Jonas Holm er nu din jobkonsulent.');
    expect(texts).toContain('Du blev tilmeldt jobcentret som ledig fra 5. oktober 2026.');
    // Paged like the start page reads it: the newest entries and the total; a page past the end keeps the total.
    const stored = await db.query(`SELECT count(*)::int AS n FROM citizens.timeline_entry WHERE citizen_id = $1`, [
      sofie.id,
    ]);
    const total = stored[0].n as number;
    expect(total).toBeGreaterThan(2);
    const first = await send('Sofie Jensen', 'GET', '/api/v1/me/timeline?limit=2');
    expect([
      first.body['total'],
      first.body['page'],
      first.body['limit'],
      (first.body['items'] as unknown[]).length,
    ]).toEqual([total, 1, 2, 2]);
    expect((first.body['items'] as Array<{ text: string }>)[0].text).toBe(texts[0]);
    const past = await send('Sofie Jensen', 'GET', '/api/v1/me/timeline?limit=2&page=999');
    expect([past.status, past.body['items'], past.body['total']]).toEqual([200, [], total]);
    const english = await send('Sofie Jensen', 'GET', '/api/v1/me/timeline', undefined, {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect((english.body['items'] as Array<{ text: string }>).map((i) => i.text)).toContain(
      'You were registered with the jobcentre as unemployed from 5 October 2026.',
    );
    await send('Susanne Vestergaard', 'PATCH', `/api/v1/citizens/${sofie.id}/assignment`, {
      caseworkerId: staffId('Mette Kjær'),
    });
  });

  it('answers bad input on the case routes with a 400 naming the field, changing nothing', async () => {
    const before = await db.query(`SELECT status, assigned_caseworker_id FROM citizens.citizen WHERE id = $1`, [
      sofie.id,
    ]);
    const cases: Array<[string, string, string, unknown, string]> = [
      [
        'POST',
        `/api/v1/citizens/${sofie.id}/outcome`,
        'Susanne Vestergaard',
        { outcome: 'retired', date: '2026-11-20' },
        'outcome',
      ],
      [
        'POST',
        `/api/v1/citizens/${sofie.id}/outcome`,
        'Susanne Vestergaard',
        { outcome: 'job', date: '2026-13-01' },
        'date',
      ],
      [
        'POST',
        `/api/v1/citizens/${sofie.id}/outcome`,
        'Susanne Vestergaard',
        { outcome: 'job', date: '2020-01-01' },
        'date',
      ],
      [
        'PATCH',
        `/api/v1/citizens/${sofie.id}/assignment`,
        'Susanne Vestergaard',
        { caseworkerId: 'not-a-uuid' },
        'caseworkerId',
      ],
      ['POST', '/api/v1/citizens/not-a-uuid/cpr/reveal', 'Mette Kjær', undefined, 'id'],
      ['GET', `/api/v1/citizens/${sofie.id}/timeline?limit=1000`, 'Mette Kjær', undefined, 'limit'],
      ['GET', '/api/v1/citizens?assignedTo=someone', 'Mette Kjær', undefined, 'assignedTo'],
    ];
    for (const [method, path, who, body, field] of cases) {
      const res = await send(who, method, path, body);
      expect([method, path, res.status]).toEqual([method, path, 400]);
      expect((res.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toContain(field);
    }
    expect(
      await db.query(`SELECT status, assigned_caseworker_id FROM citizens.citizen WHERE id = $1`, [sofie.id]),
    ).toEqual(before);
  });

  describe('profile/CV', () => {
    const henrik = DEMO_CITIZENS[3];
    const good = () => ({
      contact: { email: 'henrik.m@example.dk', phone: '+45 20 00 00 04', postalCode: '2950' },
      wishedOccupations: ['4110', '3343'],
      skills: [
        { id: 'office-software', name: 'Office-pakken (Word, Excel, Outlook)' },
        { name: 'Dokumenthåndtering i SBSYS' },
      ],
      education: [{ title: 'Kontoruddannelse', institution: 'Niels Brock', completedYear: 2004 }],
      experience: [
        {
          title: 'Kontorassistent',
          employer: 'Rudersdal Forsyning',
          from: '2010-01',
          to: '2026-10',
          occupationCode: '4110',
        },
      ],
      workArea: { radiusKm: 30 },
      hours: 'full_time',
      languages: [
        { language: 'da', level: 'native' },
        { language: 'en', level: 'good' },
      ],
      drivingLicences: ['B'],
      preferredMeetingForms: ['video', 'phone'],
      notificationChannels: ['in_app', 'email'],
    });

    it('starts empty, saves the whole profile with its contact details, and says how complete it is', async () => {
      const before = await send('Henrik Mortensen', 'GET', '/api/v1/me/profile');
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({
        wishedOccupations: [],
        completeness: 0,
        contact: { email: 'henrik.mortensen@example.dk', postalCode: '2950' },
      });
      const saved = await send('Henrik Mortensen', 'PUT', '/api/v1/me/profile', good());
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ ...good(), completeness: 100, missing: [] });
      const [row] = await db.query(`SELECT email, phone FROM citizens.citizen WHERE id = $1`, [henrik.id]);
      expect(row).toEqual({ email: 'henrik.m@example.dk', phone: '+45 20 00 00 04' });
      const partial = await send('Henrik Mortensen', 'PUT', '/api/v1/me/profile', {
        ...good(),
        education: [],
        languages: [],
      });
      expect(partial.body).toMatchObject({ completeness: 75, missing: ['education', 'languages'] });
      const timeline = await send('Henrik Mortensen', 'GET', '/api/v1/me/timeline?limit=100');
      expect(
        (timeline.body['items'] as Array<{ kind: string }>).filter((i) => i.kind === 'profile_created'),
      ).toHaveLength(1);
    });

    it.each([
      ['wishedOccupations.0', { wishedOccupations: ['9999'] }],
      ['wishedOccupations', { wishedOccupations: ['25'] }],
      ['skills.0.id', { skills: [{ id: 'juggling', name: 'Jonglering' }] }],
      ['experience.0.to', { experience: [{ title: 'X', employer: 'Y', from: '2020-05', to: '2019-01' }] }],
      ['experience.0.from', { experience: [{ title: 'X', employer: 'Y', from: '2020-13' }] }],
      ['workArea.radiusKm', { workArea: { radiusKm: 1000 } }],
      ['workArea.municipalityCodes.0', { workArea: { municipalityCodes: ['0999'] } }],
      ['contact.postalCode', { contact: { email: 'a@b.dk', phone: '12345678', postalCode: '0001' } }],
      ['languages.0.level', { languages: [{ language: 'da', level: 'expert' }] }],
      ['preferredMeetingForms', { preferredMeetingForms: ['carrier_pigeon'] }],
    ])('refuses a bad %s and changes nothing', async (field, override) => {
      const before = await send('Henrik Mortensen', 'GET', '/api/v1/me/profile');
      const res = await send('Henrik Mortensen', 'PUT', '/api/v1/me/profile', { ...good(), ...override });
      expect(res.status).toBe(400);
      expect((res.body['errors'] as Array<{ field: string }>).map((e) => e.field)).toContain(field);
      expect((await send('Henrik Mortensen', 'GET', '/api/v1/me/profile')).body).toEqual(before.body);
    });

    it('lets staff read it with an audit row, and keeps other municipalities out', async () => {
      const anne = DEMO_STAFF.find((s) => s.name === 'Anne Dahl')!;
      const read = await send('Karim Nielsen', 'GET', `/api/v1/citizens/${henrik.id}/profile`);
      expect(read.status).toBe(200);
      expect(read.body['wishedOccupations']).toEqual(['4110', '3343']);
      expect((await auditRows(staffId('Karim Nielsen'), henrik.id)).at(-1)).toEqual({
        action: 'read',
        resource: 'citizen.profile',
        purpose: 'caseload',
      });
      expect((await send('Mette Kjær', 'GET', `/api/v1/citizens/${henrik.id}/profile`)).status).toBe(404);
      expect(anne.municipalityCode).toBe('0230');
    });
  });
});
