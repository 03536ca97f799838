import type { INestApplication } from '@nestjs/common';
import { PURPOSE_HEADER } from '@jobunivers/api/audit';
import { DataRightsService } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { DeliveryService } from '@jobunivers/api/notifications';
import {
  newCitizen,
  plantAuditEvent,
  rewriteCaseDates,
  SignedInBrowsers,
  testConfig,
  TestHttp,
  unique,
  workerDatabaseUrl,
} from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from './create-app';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const today = new Date().toISOString().slice(0, 10);

/** The citizen's data rights across every module: the export (GDPR art. 15) and retention. Full app, real PostgreSQL. */
describe("citizens' data rights (full app)", () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const send = <T = Json>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => browsers.send<T>(userId, method, path, body, headers);
  const mette = staff('Mette Kjær');
  const people: Record<string, { id: string; cpr: string; lastName: string }> = {};
  const register = async (key: string) => {
    const { id, registration } = await newCitizen(browsers, mette, {
      firstName: key,
      lastName: `Datasen ${unique()}`,
      email: `${key.toLowerCase()}@example.dk`,
      benefitType: 'unemployment_benefit',
      unemployedSince: '2026-10-01',
    });
    people[key] = { id, cpr: registration.cpr, lastName: registration.lastName };
  };

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
    await register('Xenia');
    await register('Yrsa');
    const x = people['Xenia']!.id;
    // Xenia uses the service: a joblog entry, her own plan activity, a conversation answered (and noted internally), a question; staff read her case.
    expect(
      (
        await send(x, 'POST', '/api/v1/me/joblog', {
          employer: 'Bageriet',
          title: 'Bager',
          appliedOn: today,
          status: 'applied',
        })
      ).status,
    ).toBe(201);
    expect((await send(x, 'POST', '/api/v1/me/plan/items', { activity: { title: 'Opdatér mit CV' } })).status).toBe(
      201,
    );
    const conversation = await send<Json>(x, 'POST', '/api/v1/me/conversations', {
      subject: 'Om kurser',
      message: 'Må jeg tage et kursus?',
    });
    expect(conversation.status).toBe(201);
    const cid = conversation.body['id'] as string;
    expect(
      (await send(mette, 'POST', `/api/v1/conversations/${cid}/messages`, { message: 'Ja, det må du gerne.' })).status,
    ).toBe(201);
    expect(
      (
        await send(mette, 'POST', `/api/v1/conversations/${cid}/messages`, {
          message: 'Intern: tjek rådighed',
          internal: true,
        })
      ).status,
    ).toBe(201);
    expect((await send(x, 'POST', '/api/v1/me/questions', { question: 'Hvordan laver jeg en joblog?' })).status).toBe(
      200,
    );
    expect(
      (await send(mette, 'GET', `/api/v1/citizens/${x}`, undefined, { [PURPOSE_HEADER]: 'opfølgning' })).status,
    ).toBe(200);
    expect(
      (
        await send(people['Yrsa']!.id, 'POST', '/api/v1/me/joblog', {
          employer: 'Yrsas Firma',
          title: 'Smed',
          appliedOn: today,
          status: 'applied',
        })
      ).status,
    ).toBe(201);
  });
  afterAll(() => app.close());

  it('exports every category of the citizen’s data, and nothing of other citizens', async () => {
    const x = people['Xenia']!;
    await app.get(DeliveryService).deliverDue(); // the outbox: the visitation call-in goes out as a letter
    const res = await send<Json>(x.id, 'GET', '/api/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = res.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'about',
        'person',
        'cases',
        'profile',
        'timeline',
        'screening',
        'meetings',
        'plan',
        'jobs',
        'messages',
        'notifications',
        'signIns',
        'accessLog',
      ]),
    );
    expect(data['person']).toMatchObject({
      cpr: `${x.cpr.slice(0, 6)}-${x.cpr.slice(6)}`,
      firstName: 'Xenia',
      lastName: x.lastName,
      email: 'xenia@example.dk',
    });
    expect(data['cases']).toEqual([
      expect.objectContaining({
        id: x.id,
        status: 'active',
        unemployedSince: '2026-10-01',
        caseworker: expect.any(String),
      }),
    ]);
    expect(data['timeline'].map((e: Json) => e['kind'])).toEqual(
      expect.arrayContaining(['registered', 'joblog_added', 'plan_activity_added']),
    );
    expect(data['timeline'][0].text).toMatch(/^Du blev tilmeldt jobcentret/);
    expect(data['jobs'].joblog).toEqual([
      expect.objectContaining({ employer: 'Bageriet', title: 'Bager', status: 'applied' }),
    ]);
    expect(data['plan'].items).toEqual([expect.objectContaining({ activity_title: 'Opdatér mit CV' })]);
    const [conv] = data['messages'].conversations;
    expect(conv).toMatchObject({ subject: 'Om kurser' });
    expect(conv.messages.map((m: Json) => m['text'])).toEqual(['Må jeg tage et kursus?', 'Ja, det må du gerne.']); // not the internal note
    expect(data['messages'].questions).toEqual([expect.objectContaining({ question: 'Hvordan laver jeg en joblog?' })]);
    expect(data['notifications'].notifications.map((n: Json) => n['kind'])).toContain('message_received');
    expect(data['screening'].queueItems.map((q: Json) => q['reason'])).toContain('visitation_due');
    // The visitation call-in's letter: when and how it went, not the PDF's bytes.
    expect(data['notifications'].letters).toEqual([
      expect.objectContaining({ citizen_id: x.id, transport: expect.any(String) }),
    ]);
    expect(data['notifications'].letters[0]).not.toHaveProperty('pdf');
    expect(Array.isArray(data['meetings'])).toBe(true);
    expect(data['signIns'].length).toBeGreaterThan(0);
    expect(data['accessLog']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorName: 'Mette Kjær', action: 'read', resource: 'citizen' }),
      ]),
    );
    // Nothing of Yrsa.
    const text = JSON.stringify(data);
    const y = people['Yrsa']!;
    for (const secret of [y.id, y.lastName, y.cpr, y.cpr.slice(0, 6) + '-' + y.cpr.slice(6), 'Yrsas Firma'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('Intern: tjek rådighed');

    expect((await send(mette, 'GET', '/api/v1/me/export')).status).toBe(403);
    expect((await http.get('/api/v1/me/export')).status).toBe(401);
    const english = await send<Json>(x.id, 'GET', '/api/v1/me/export', undefined, { 'accept-language': 'en' });
    expect((english.body['timeline'] as Json[])[0]!['text']).toMatch(/^You were registered/);
  });

  it('retention anonymises closed cases after the period (keeping what the KPIs count) and deletes old audit rows', async () => {
    const x = people['Xenia']!;
    const y = people['Yrsa']!;
    expect(
      (
        await send(
          mette,
          'POST',
          `/api/v1/citizens/${x.id}/outcome`,
          { outcome: 'job', date: today },
          { [PURPOSE_HEADER]: 'afslutning' },
        )
      ).status,
    ).toBe(200);
    // Closed six years ago (the default period is five); an audit row eleven years old (kept ten).
    const yearsAgo = (years: number) => {
      const at = new Date();
      at.setFullYear(at.getFullYear() - years);
      return at;
    };
    await rewriteCaseDates(app, x.id, { closedAt: yearsAgo(6) });
    await plantAuditEvent(app, {
      occurredAt: yearsAgo(11),
      actorKind: 'staff',
      actorId: mette,
      actorName: 'Gammel',
      actorMunicipalityCode: '0751',
      citizenId: y.id,
      action: 'read',
      resource: 'citizen',
      outcome: 'allowed',
    });
    const [{ hash: hashBefore }] = await db.query(
      `SELECT encode(cpr_hash, 'hex') AS hash FROM citizens.citizen WHERE id = $1`,
      [x.id],
    );
    const auditBefore = await db.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE citizen_id = $1`, [
      x.id,
    ]);

    const letters = `SELECT count(*)::int AS n FROM notifications.letter WHERE citizen_id = $1`;
    expect((await db.query(letters, [x.id]))[0].n).toBeGreaterThan(0); // the visitation call-in

    const result = await app.get(DataRightsService).applyRetention();
    expect(result.cases).toBeGreaterThanOrEqual(1);
    expect(result.auditRows).toBeGreaterThanOrEqual(1);

    const [row] = await db.query(
      `SELECT first_name, last_name, email, phone, postal_code, length(cpr_encrypted) AS cpr_len, encode(cpr_hash, 'hex') AS hash, outcome, status, municipality_code, anonymised_at IS NOT NULL AS anonymised FROM citizens.citizen WHERE id = $1`,
      [x.id],
    );
    expect(row).toMatchObject({
      first_name: '',
      last_name: '',
      email: null,
      phone: null,
      postal_code: null,
      cpr_len: 0,
      outcome: 'job',
      status: 'closed',
      municipality_code: '0751',
      anonymised: true,
    });
    expect(row.hash).not.toBe(hashBefore);
    const count = async (sql: string) => ((await db.query(sql, [x.id])) as Array<{ n: number }>)[0]!.n;
    expect(await count(`SELECT count(*)::int AS n FROM citizens.timeline_entry WHERE citizen_id = $1`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM job_matching.joblog_entry WHERE citizen_id = $1`)).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM messaging.message m JOIN messaging.conversation c ON c.id = m.conversation_id WHERE c.citizen_id = $1`,
      ),
    ).toBe(0);
    expect(
      await db.query(
        `SELECT subject, first_response_at IS NOT NULL AS answered FROM messaging.conversation WHERE citizen_id = $1`,
        [x.id],
      ),
    ).toEqual([{ subject: '', answered: true }]);
    expect(await db.query(`SELECT question FROM messaging.question WHERE citizen_id = $1`, [x.id])).toEqual([
      { question: '' },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM notifications.notification WHERE recipient_id = $1`)).toBe(0);
    expect(await count(letters)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM identity.session WHERE principal_id = $1`)).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM offers.plan_item WHERE citizen_id = $1 AND activity_title IS NOT NULL`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM meetings.meeting WHERE citizen_id = $1 AND (topic IS NOT NULL OR address IS NOT NULL OR shared_summary IS NOT NULL)`,
      ),
    ).toBe(0);
    // The audit trail of the anonymised case is kept for its own period; the eleven-year-old row is gone.
    expect(await db.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE citizen_id = $1`, [x.id])).toEqual(
      auditBefore,
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit.audit_event WHERE actor_name = 'Gammel' AND citizen_id IS NOT NULL AND $1::uuid IS NOT NULL`,
      ),
    ).toBe(0);
    // Yrsa (active) is untouched; a second run finds nothing more.
    expect(await db.query(`SELECT first_name FROM citizens.citizen WHERE id = $1`, [y.id])).toEqual([
      { first_name: 'Yrsa' },
    ]);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM job_matching.joblog_entry WHERE citizen_id = $1`, [y.id]),
    ).toEqual([{ n: 1 }]);
    expect((await app.get(DataRightsService).applyRetention()).cases).toBe(0);
    // Staff can still list and open the anonymised case (what the KPIs keep), but there is no CPR number left to reveal.
    const listed = await send<{ items: Json[] }>(
      staff('Susanne Vestergaard'),
      'GET',
      '/api/v1/citizens?status=closed&assignedTo=all&limit=100',
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((i) => i['id'] === x.id)).toMatchObject({
      name: ' ',
      cprMasked: '',
      status: 'closed',
    });
    const opened = await send<Json>(mette, 'GET', `/api/v1/citizens/${x.id}`, undefined, {
      [PURPOSE_HEADER]: 'statistik',
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ firstName: '', cprMasked: '', outcome: 'job' });
    const reveal = await send<Json>(
      mette,
      'POST',
      `/api/v1/citizens/${x.id}/cpr/reveal`,
      {},
      { [PURPOSE_HEADER]: 'statistik' },
    );
    expect([reveal.status, reveal.body['code']]).toEqual([410, 'citizen_anonymised']);
  });
});
