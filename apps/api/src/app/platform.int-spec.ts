import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { listRouteAccess } from '@jobunivers/api/http';
import { QueueService } from '@jobunivers/api/queue';
import { testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from './commands';
import { createApp } from './create-app';

const ROOT = join(__dirname, '../../../..');
const COMMITTED_OPENAPI = join(ROOT, 'libs/shared/api-client/src/generated/openapi.json');

describe('API platform (full app, real PostgreSQL)', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'true' }), await workerDatabaseUrl());
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('reports health with the database and queue status', async () => {
    const res = await http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' }, queue: { status: 'up' } });
  });

  it('refuses a second pooled connection inside a transaction (a pool deadlock under load) and allows the transaction its own', async () => {
    const ds = app.get(DataSource);
    const refused = /second pooled connection was asked for inside a transaction/;
    await expect(ds.transaction(async (m) => [await m.query('SELECT 1'), await ds.query('SELECT 1')])).rejects.toThrow(
      refused,
    );
    await expect(ds.transaction('REPEATABLE READ', async () => ds.query('SELECT 1'))).rejects.toThrow(refused);
    await expect(ds.transaction(async () => ds.transaction(async (inner) => inner.query('SELECT 1')))).rejects.toThrow(
      refused,
    );
    expect(await ds.transaction(async (m) => m.query('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
    expect(await ds.transaction('SERIALIZABLE', async (m) => m.query('SHOW transaction_isolation'))).toEqual([
      { transaction_isolation: 'serializable' },
    ]);
    // Outside a transaction, and after one has ended, the pool serves as usual.
    let later: Promise<unknown> = Promise.resolve();
    await ds.transaction(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => ds.query('SELECT 2 AS two'));
    });
    expect(await later).toEqual([{ two: 2 }]);
    expect(await Promise.all([ds.query('SELECT 1 AS one'), ds.query('SELECT 1 AS one')])).toEqual([
      [{ one: 1 }],
      [{ one: 1 }],
    ]);
  });

  it('serves a valid OpenAPI 3 document that equals the committed one the web client is generated from', async () => {
    const res = await http.get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/municipalities', '/api/v1/postal-codes/{code}']),
    );
    const committed = JSON.parse(readFileSync(COMMITTED_OPENAPI, 'utf8'));
    // Stale? Run `npm run api:generate` and commit the result.
    expect(res.body).toEqual(committed);
    expect((await http.get('/api/docs')).status).toBe(200);
  });

  it('answers unknown fields, wrong types and broken JSON with 400 problems naming the field', async () => {
    const unknown = await http.get<{ errors: unknown[] }>('/api/v1/municipalities?nickname=x');
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'nickname', message: 'nickname is not an allowed field' }],
    });
    const wrongType = await http.get('/api/v1/municipalities?page=first');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({
      errors: expect.arrayContaining([{ field: 'page', message: 'page must be a whole number from 1 to 10000' }]),
    });
    const broken = await http.post('/api/v1/municipalities', '{"name": ', {
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'malformed_request' });
  });

  it('reads JSON as Express did: objects and arrays only, no prototype keys; a trailing slash is the same route', async () => {
    for (const body of [
      '"text"',
      '42',
      'null',
      '{"__proto__": {"admin": true}}',
      '{"a": {"constructor": {"prototype": {}}}}',
    ]) {
      const res = await http.post<{ code: string }>('/api/v1/auth/dev/sign-in', body, {
        headers: { 'content-type': 'application/json' },
      });
      expect([body, res.status, res.headers.get('content-type'), res.body.code]).toEqual([
        body,
        400,
        expect.stringMatching(/^application\/problem\+json/),
        expect.stringMatching(/^(malformed_request|validation_failed)$/),
      ]);
    }
    const slash = await http.get<unknown[]>('/api/v1/municipalities/');
    expect(slash.status).toBe(200);
    expect((await http.get('/api/v1/municipalities')).text).toBe(slash.text);
  });

  it('answers unknown routes and methods with a 404 problem, never a 5xx', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nothing-here'],
      ['DELETE', '/api/v1/municipalities/0751'],
      ['GET', '/api/v1/municipalities/%E0%A4%A'],
    ]) {
      const res = await http.request(method, path);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('sends security headers', async () => {
    const res = await http.get('/api/v1/municipalities');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('exposes Prometheus metrics with route templates, not raw URLs', async () => {
    await http.get('/api/v1/municipalities/0751');
    const res = await http.get('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toContain('route="/api/v1/municipalities/:code"');
    expect(res.text).not.toMatch(/route="[^"]*0751/); // (a duration may contain those digits; a route label must not)
  });

  it('has an explicit access rule on every route', () => {
    const routes = listRouteAccess(app.get(DiscoveryService), app.get(MetadataScanner), app.get(Reflector));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(routes.filter((r) => !r.rule)).toEqual([]);
  });

  it('has migrations that match the entities exactly (no schema drift)', async () => {
    // A failure lists the SQL a migration is missing: run `npm run db:migration:generate`.
    expect((await pendingSchemaChanges(app)).up).toEqual([]);
  });

  it('runs background jobs through the queue on the same database', async () => {
    const queue = app.get(QueueService);
    await queue.createQueue('platform-spec');
    const done = new Promise<unknown>(
      (resolve) =>
        void queue.work<{ n: number }>('platform-spec', { pollingIntervalSeconds: 0.5 }, async ([job]) =>
          resolve(job.data),
        ),
    );
    await app.get(DataSource).transaction((manager) => queue.sendInTransaction(manager, 'platform-spec', { n: 42 }));
    await expect(done).resolves.toEqual({ n: 42 });
  });
});

describe('API platform when the database is gone', () => {
  it('answers health with a 503 problem that shows the database down', async () => {
    const app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
    const http = await TestHttp.of(app);
    await app.get(DataSource).destroy();
    const res = await http.get('/api/health');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 503, code: 'service_unavailable', database: { status: 'down' } });
    const list = await http.get('/api/v1/municipalities');
    expect(list.status).toBe(503);
    await app.close();
  });
});

describe('API configuration', () => {
  const main = join(ROOT, 'dist/apps/api/main.js');

  it('refuses to boot on bad configuration, naming the setting', () => {
    expect(existsSync(main)).toBe(true); // built by the test-int target's dependency on api:build
    const run = spawnSync(process.execPath, [main], {
      env: { ...process.env, PORT: 'abc', DATA_DIR: testConfig().dataDir },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('PORT must be an integer between 1 and 65535 (got "abc")');
  });
});
