import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_STAFF,
  IdentityModule,
  identityMigrations,
} from '@jobunivers/api/identity';
import { MeetingsModule, meetingsMigrations } from '@jobunivers/api/meetings';
import { referenceMigrations } from '@jobunivers/api/reference';
import {
  createModuleTestApp,
  SignedInBrowsers,
  TestHttp,
  workerDatabaseUrl,
  citizenRegistration,
  newMunicipalityCode,
} from '@jobunivers/api/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { FeedService } from './feed.service';
import { IntegrationModule } from './integration.module';
import { integrationMigrations } from './migrations';
import { WebhooksService } from './webhooks.service';

type Json = Record<string, unknown>;
interface CloudEvent {
  specversion: string;
  id: string;
  source: string;
  type: string;
  subject?: string;
  time: string;
  datacontenttype: string;
  cursor: string;
  data: Record<string, string>;
}
interface FeedPage {
  items: CloudEvent[];
  nextCursor: string;
  hasMore: boolean;
}
const REGISTERED = 'dk.jobunivers.citizens.registered';
const OUTCOME = 'dk.jobunivers.citizens.outcome_reported';
/** Every CloudEvents 1.0 required attribute, our optional ones, and nothing else (extension names: lowercase a–z, 0–9). */
const expectCloudEvent = (e: CloudEvent, municipalityCode: string) => {
  expect(e).toEqual({
    specversion: '1.0',
    id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    source: `/municipalities/${municipalityCode}`,
    type: expect.stringMatching(/^dk\.jobunivers\.[a-z]+\.[a-z_]+$/),
    ...(e.subject === undefined ? {} : { subject: expect.stringMatching(/^citizens\/[0-9a-f-]{36}$/) }),
    time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/),
    datacontenttype: 'application/json',
    cursor: expect.stringMatching(/^\d+\.\d+$/),
    data: expect.any(Object),
  });
  expect(Object.keys(e).every((name) => /^[a-z0-9]{1,20}$/.test(name))).toBe(true);
  expect(Number.isNaN(Date.parse(e.time))).toBe(false);
};
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const migrations = [
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...meetingsMigrations,
  ...integrationMigrations,
];

describe('integration: the event feed and webhooks', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const send = <T = Json>(userId: string, method: string, path: string, body?: unknown) =>
    browsers.send<T>(userId, method, path, body);
  const token = async (clientId: string, secret: string, scope: string) => {
    const res = await http.post<{ access_token: string }>(
      '/api/v1/oauth/token',
      new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope }),
    );
    expect(res.status).toBe(200);
    return { authorization: `Bearer ${res.body.access_token}` };
  };
  const registration = () => citizenRegistration({ firstName: 'Feed', unemployedSince: '2026-11-02' });
  const readAll = async (auth: Record<string, string>, query = '', limit = 100) => {
    const all: FeedPage['items'] = [];
    let after = '';
    for (;;) {
      const page = await http.get<FeedPage>(`/api/v1/events?limit=${limit}${after ? `&after=${after}` : ''}${query}`, {
        headers: auth,
      });
      expect(page.status).toBe(200);
      all.push(...page.body.items);
      after = page.body.nextCursor;
      if (!page.body.hasMore) return { all, after };
    }
  };

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, MeetingsModule, IntegrationModule],
      migrations,
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('a municipal system follows its feed: registrations and outcomes, in order, resumable, filtered, its municipality only', async () => {
    const auth = await token(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, 'citizens:write outcomes:write events:read');
    const { after: start } = await readAll(auth);
    const body = registration();
    const created = await http.request<{ id: string }>('POST', '/api/v1/citizens', { body, headers: auth });
    expect(created.status).toBe(201);
    const citizenId = created.body.id;
    expect(
      (
        await http.request('POST', `/api/v1/citizens/${citizenId}/outcome`, {
          body: { outcome: 'job', date: '2026-11-20' },
          headers: auth,
        })
      ).status,
    ).toBe(200);

    const everything = (await readAll(auth)).all;
    for (const e of everything) expectCloudEvent(e, '0751');
    const mine = everything.filter((e) => e.subject === `citizens/${citizenId}`);
    expect(mine.map((e) => e.type)).toEqual([REGISTERED, OUTCOME]);
    expect(mine[0]).toMatchObject({
      source: '/municipalities/0751',
      data: { unemployedSince: '2026-11-02', benefitType: 'cash_benefit' },
    });
    expect(mine[1]).toMatchObject({ data: { outcome: 'job', date: '2026-11-20' } });
    expect(new Set(everything.map((e) => e.id)).size).toBe(everything.length);
    // No personal data in the feed: neither the CPR number (nor its birth date) nor the name.
    for (const personal of [body.cpr, body.cpr.slice(0, 6), body.lastName])
      expect(JSON.stringify(mine)).not.toContain(personal);

    // Resuming from the cursor before them gives exactly these two and what came later; from the last one, nothing of them.
    const resumed = await http.get<FeedPage>(`/api/v1/events?after=${start}`, { headers: auth });
    expect(resumed.body.items.filter((e) => e.subject === `citizens/${citizenId}`)).toEqual(mine);
    const behind = await http.get<FeedPage>(`/api/v1/events?after=${mine[1]!.cursor}`, { headers: auth });
    expect(behind.body.items.some((e) => e.subject === `citizens/${citizenId}`)).toBe(false);
    const onlyOutcomes = await http.get<FeedPage>(`/api/v1/events?after=${start}&types=${OUTCOME}`, { headers: auth });
    expect(onlyOutcomes.body.items.every((e) => e.type === OUTCOME)).toBe(true);
    expect(onlyOutcomes.body.items.some((e) => e.subject === `citizens/${citizenId}`)).toBe(true);

    // Bad input: a clear 400 naming the field.
    const badCursor = await http.get<Json>('/api/v1/events?after=abc', { headers: auth });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body['errors']).toEqual([
      { field: 'after', message: 'after must be a cursor from this feed ("<number>.<number>")' },
    ]);
    expect((await http.get('/api/v1/events?types=citizen.deleted', { headers: auth })).status).toBe(400);
    // The old short names are not accepted: the types are the CloudEvents ones.
    const oldName = await http.get<Json>('/api/v1/events?types=citizen.registered', { headers: auth });
    expect(oldName.status).toBe(400);
    expect(oldName.body['errors']).toEqual([
      { field: 'types', message: expect.stringContaining(`types must be among: ${REGISTERED}, `) },
    ]);
    expect((await http.get('/api/v1/events?limit=1001', { headers: auth })).status).toBe(400);

    // Access: the scope is needed; staff and anonymous callers are refused.
    expect(
      (await http.get('/api/v1/events', { headers: await token(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, 'citizens:read') }))
        .status,
    ).toBe(403);
    expect((await send(staff('Peter Lund'), 'GET', '/api/v1/events')).status).toBe(403);
    expect((await http.get('/api/v1/events')).status).toBe(401);

    // Tenancy: Rudersdal's system never sees Aarhus' events.
    const rudersdal = await send<{ clientId: string; clientSecret: string }>(
      staff('Lars Winther'),
      'POST',
      '/api/v1/api-clients',
      { name: 'Rudersdal fagsystem', scopes: ['events:read', 'citizens:write'] },
    );
    expect(rudersdal.status).toBe(201);
    const rudersdalAuth = await token(
      rudersdal.body.clientId,
      rudersdal.body.clientSecret,
      'events:read citizens:write',
    );
    const theirs = await http.request<{ id: string }>('POST', '/api/v1/citizens', {
      body: { ...registration(), postalCode: '2840' },
      headers: rudersdalAuth,
    });
    expect(theirs.status).toBe(201);
    const other = await readAll(rudersdalAuth);
    for (const e of other.all) expectCloudEvent(e, '0230');
    expect(other.all.filter((e) => e.subject === `citizens/${theirs.body.id}`).map((e) => e.type)).toEqual([
      REGISTERED,
    ]);
    expect(other.all.some((e) => e.subject === `citizens/${citizenId}`)).toBe(false);
    expect((await readAll(auth)).all.some((e) => e.subject === `citizens/${theirs.body.id}`)).toBe(false);
  });

  it('has no gaps or duplicates while many transactions write concurrently and commit out of order', async () => {
    const feed = app.get(FeedService);
    const municipality = newMunicipalityCode();
    const written: string[] = [];
    let writing = true;
    // 40 writers, each in its own transaction, holding it open a random while (so sequence order ≠ commit order).
    const writers = Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .transaction(async (manager) => {
            await manager.query('SELECT pg_sleep($1)', [Math.random() * 0.3]);
            await feed.append(
              manager,
              [0, 1, 2].map((k) => ({
                municipalityCode: municipality,
                kind: 'plan.changed' as const,
                citizenId: null,
                data: { writer: String(i), k: String(k) },
              })),
            );
            await manager.query('SELECT pg_sleep($1)', [Math.random() * 0.3]);
          })
          .then(() => written.push(...[0, 1, 2].map((k) => `${i}:${k}`))),
      ),
    ).finally(() => (writing = false));
    // A reader pages through with a small page size the whole time.
    const seen: Array<{ id: string; key: string }> = [];
    let cursor = { tx: '0', seq: '0' };
    const readOnce = async () => {
      const rows = await feed.read(municipality, cursor, undefined, 7);
      for (const r of rows) seen.push({ id: r.id, key: `${r.data['writer']}:${r.data['k']}` });
      if (rows.length) cursor = { tx: rows.at(-1)!.tx_id, seq: rows.at(-1)!.seq };
      return rows.length;
    };
    while (writing) {
      await readOnce();
      await new Promise((r) => setTimeout(r, 5));
    }
    await writers;
    while ((await readOnce()) > 0);
    expect(seen).toHaveLength(120);
    expect(new Set(seen.map((s) => s.id)).size).toBe(120);
    expect(new Set(seen.map((s) => s.key))).toEqual(new Set(written));
    // A rolled-back change leaves no event.
    await db
      .transaction(async (manager) => {
        await feed.append(manager, [
          { municipalityCode: municipality, kind: 'plan.changed', citizenId: null, data: {} },
        ]);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await readOnce()).toBe(0);
  });

  it('is held back only by running transactions of its own database, not by those of other databases on the server', async () => {
    const feed = app.get(FeedService);
    const municipality = newMunicipalityCode();
    const write = (n: string) =>
      db.transaction((manager) =>
        feed.append(manager, [{ municipalityCode: municipality, kind: 'plan.changed', citizenId: null, data: { n } }]),
      );
    const visible = async () =>
      (await feed.read(municipality, { tx: '0', seq: '0' }, undefined, 10)).map((r) => r.data['n']);
    const elsewhere = new Client({ connectionString: await workerDatabaseUrl('feed_elsewhere') });
    await elsewhere.connect();
    const here = db.createQueryRunner();
    try {
      // A write transaction in another database on the same server stays open…
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      // …and an event committed here after it is in the feed at once.
      await write('1');
      expect(await visible()).toEqual(['1']);
      // A write transaction in this database that began earlier holds back what commits after it, until it ends.
      await here.connect();
      await here.startTransaction();
      await here.query('SELECT pg_current_xact_id()');
      await write('2');
      expect(await visible()).toEqual(['1']);
      await here.commitTransaction();
      expect(await visible()).toEqual(['1', '2']);
    } finally {
      if (here.isTransactionActive) await here.rollbackTransaction();
      await here.release();
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  it('pushes events to a webhook as CloudEvents (the feed item, same id), signed per Standard Webhooks, retried with backoff, with a delivery log', async () => {
    const arrivals: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    let failNext = 1;
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        arrivals.push({ headers: req.headers, body });
        res.statusCode = failNext-- > 0 ? 503 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const admin = staff('Peter Lund');
      const client = await send<{ id: string; clientId: string; clientSecret: string }>(
        admin,
        'POST',
        '/api/v1/api-clients',
        { name: 'Webhook-system', scopes: ['events:read', 'citizens:write'] },
      );
      const path = `/api/v1/api-clients/${client.body.id}/webhook`;
      // Bad input and access first: nothing is created.
      expect((await send<Json>(admin, 'PUT', path, { url: 'ftp://x' })).status).toBe(400);
      expect((await send<Json>(admin, 'PUT', path, { url, types: ['nope'] })).status).toBe(400);
      expect((await send<Json>(admin, 'PUT', path, { url, types: ['citizen.registered'] })).status).toBe(400); // the old short name
      expect((await send<Json>(staff('Lars Winther'), 'PUT', path, { url })).status).toBe(404);
      expect((await send<Json>(staff('Mette Kjær'), 'PUT', path, { url })).status).toBe(403);
      const noScope = await send<{ id: string }>(admin, 'POST', '/api/v1/api-clients', {
        name: 'Uden events',
        scopes: ['citizens:read'],
      });
      expect((await send<Json>(admin, 'PUT', `/api/v1/api-clients/${noScope.body.id}/webhook`, { url })).status).toBe(
        422,
      );
      expect((await send<Json>(admin, 'GET', path)).status).toBe(404);
      expect(
        await db.query(`SELECT count(*)::int AS n FROM integration.webhook WHERE client_id = $1`, [client.body.id]),
      ).toEqual([{ n: 0 }]);

      const created = await send<{ secret: string; types: string[] }>(admin, 'PUT', path, { url, types: [REGISTERED] });
      expect(created.status).toBe(200);
      expect(created.body.types).toEqual([REGISTERED]);
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{44}$/);
      const changed = await send<Json>(admin, 'PUT', path, { url, types: [REGISTERED] });
      expect(changed.body['secret']).toBeUndefined();

      const auth = await token(client.body.clientId, client.body.clientSecret, 'citizens:write events:read');
      const citizen = await http.request<{ id: string }>('POST', '/api/v1/citizens', {
        body: registration(),
        headers: auth,
      });
      expect(citizen.status).toBe(201);
      const webhooks = app.get(WebhooksService);
      // First attempt: the receiver answers 503 → logged "retrying", the next attempt waits.
      expect(await webhooks.dispatchDue()).toBe(0);
      expect(arrivals).toHaveLength(1);
      const [wait] = await db.query(
        `SELECT attempts, next_attempt_at > now() + interval '5 seconds' AS later FROM integration.webhook WHERE client_id = $1`,
        [client.body.id],
      );
      expect(wait).toEqual({ attempts: 1, later: true });
      expect(await webhooks.dispatchDue()).toBe(0); // not due yet
      expect(arrivals).toHaveLength(1);
      await db.query(`UPDATE integration.webhook SET next_attempt_at = now() WHERE client_id = $1`, [client.body.id]);
      expect(await webhooks.dispatchDue()).toBe(1);
      expect(arrivals).toHaveLength(2);

      const { headers, body } = arrivals[1]!;
      const event = JSON.parse(body) as CloudEvent;
      expectCloudEvent(event, '0751');
      expect(event).toMatchObject({
        type: REGISTERED,
        subject: `citizens/${citizen.body.id}`,
        data: { unemployedSince: '2026-11-02', benefitType: 'cash_benefit' },
      });
      expect(headers['content-type']).toBe('application/cloudevents+json');
      expect(headers['webhook-id']).toBe(event.id);
      // The signature, checked by the Standard Webhooks reference library (it also refuses a timestamp more than 5 minutes off).
      const verify = (payload: string, h: IncomingHttpHeaders) =>
        new Webhook(created.body.secret).verify(payload, h as Record<string, string>);
      expect(verify(body, headers)).toEqual(event);
      expect(() => verify(body.replace(citizen.body.id, '00000000-0000-4000-8000-000000000000'), headers)).toThrow(
        'No matching signature found',
      );
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(body, headers as Record<string, string>),
      ).toThrow('No matching signature found');
      // The retry is the same event, byte for byte (same id: deduplicate by it), and the feed holds the same CloudEvent.
      expect(arrivals[0]!.headers['webhook-id']).toBe(event.id);
      expect(verify(arrivals[0]!.body, arrivals[0]!.headers)).toEqual(event);
      const inFeed = (await readAll(auth, `&types=${REGISTERED}`)).all.filter((e) => e.id === event.id);
      expect(inFeed).toEqual([event]);
      expect((await readAll(auth)).all.filter((e) => e.subject === event.subject)).toEqual([event]);

      const log = await send<{ items: Json[]; total: number }>(admin, 'GET', `${path}/deliveries`);
      expect(log.body.total).toBe(2);
      expect(log.body.items).toMatchObject([
        {
          eventId: event.id,
          eventType: REGISTERED,
          attempt: 2,
          outcome: 'delivered',
          responseStatus: 204,
          error: null,
        },
        { eventId: event.id, attempt: 1, outcome: 'retrying', responseStatus: 503, error: 'HTTP 503' },
      ]);
      expect((await send(staff('Lars Winther'), 'GET', `${path}/deliveries`)).status).toBe(404);
      expect(await webhooks.dispatchDue()).toBe(0); // nothing twice
      expect(arrivals).toHaveLength(2);

      expect((await send(admin, 'DELETE', path)).status).toBe(204);
      expect((await send(admin, 'GET', path)).status).toBe(404);
    } finally {
      receiver.close();
    }
  });

  it('holds no transaction while a receiver is slow: the feed goes on, another round skips the webhook, a webhook deleted meanwhile is not recorded', async () => {
    const waiting: Array<() => void> = [];
    const arrivals: string[] = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        arrivals.push(body);
        waiting.push(() => {
          res.statusCode = 204;
          res.end();
        });
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/slow`;
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(check()).toBe(true);
    };
    try {
      const admin = staff('Peter Lund');
      const client = await send<{ id: string; clientId: string; clientSecret: string }>(
        admin,
        'POST',
        '/api/v1/api-clients',
        { name: 'Langsom modtager', scopes: ['events:read', 'citizens:write'] },
      );
      const path = `/api/v1/api-clients/${client.body.id}/webhook`;
      expect((await send(admin, 'PUT', path, { url, types: [REGISTERED] })).status).toBe(200);
      const auth = await token(client.body.clientId, client.body.clientSecret, 'citizens:write events:read');
      const { after: start } = await readAll(auth);
      const first = await http.request<{ id: string }>('POST', '/api/v1/citizens', {
        body: registration(),
        headers: auth,
      });
      expect(first.status).toBe(201);
      const webhooks = app.get(WebhooksService);

      // The receiver holds the POST; meanwhile a registration is in the feed at once (a transaction
      // held open across the POST would hold back every later event), and a second round leaves the webhook alone.
      const round = webhooks.dispatchDue();
      await until(() => arrivals.length === 1);
      const second = await http.request<{ id: string }>('POST', '/api/v1/citizens', {
        body: registration(),
        headers: auth,
      });
      expect(second.status).toBe(201);
      const feed = await http.get<FeedPage>(`/api/v1/events?after=${start}&types=${REGISTERED}`, { headers: auth });
      expect(feed.body.items.map((e) => e.subject)).toEqual([
        `citizens/${first.body.id}`,
        `citizens/${second.body.id}`,
      ]);
      expect(await webhooks.dispatchDue()).toBe(0);
      expect(arrivals).toHaveLength(1);
      waiting.shift()!();
      expect(await round).toBe(1);
      expect(JSON.parse(arrivals[0]!)).toEqual(feed.body.items[0]);
      const [after] = await db.query(
        `SELECT w.attempts, w.cursor_tx = e.tx_id AND w.cursor_seq = e.seq AS at_first FROM integration.webhook w, integration.domain_event e WHERE w.client_id = $1 AND e.id = $2`,
        [client.body.id, feed.body.items[0]!.id],
      );
      expect(after).toEqual({ attempts: 0, at_first: true });

      // Deleted while its round posts: the round ends without recording (and without an error).
      await db.query(`UPDATE integration.webhook SET next_attempt_at = now() WHERE client_id = $1`, [client.body.id]);
      const last = webhooks.dispatchDue();
      await until(() => arrivals.length === 2);
      expect(JSON.parse(arrivals[1]!)).toEqual(feed.body.items[1]);
      expect((await send(admin, 'DELETE', path)).status).toBe(204);
      waiting.shift()!();
      expect(await last).toBe(0);
      expect(
        await db.query(
          `SELECT count(*)::int AS n FROM integration.webhook_delivery d JOIN integration.webhook w ON w.id = d.webhook_id WHERE w.client_id = $1`,
          [client.body.id],
        ),
      ).toEqual([{ n: 0 }]);
    } finally {
      for (const release of waiting) release();
      receiver.close();
    }
  });
});
