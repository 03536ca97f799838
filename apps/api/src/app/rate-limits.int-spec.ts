import type { INestApplication } from '@nestjs/common';
import { DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_STAFF } from '@jobunivers/api/identity';
import { SignedInBrowsers, testConfig, TestHttp, type TestResponse, workerDatabaseUrl } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from './create-app';

const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const [sofie, mads] = DEMO_CITIZENS.filter((c) => c.municipalityCode === '0751').map((c) => c.id) as [string, string];
const lead = staff('Susanne Vestergaard');
const mette = staff('Mette Kjær');

/** Limits low enough to reach in a test; data export on a 2-second window to see it reset. */
const LIMITS = {
  AUTH_RATE_LIMIT_PER_MINUTE: '3',
  RATE_LIMIT_JOB_MATCHES: '3/60',
  RATE_LIMIT_JOB_SEARCH: '3/60',
  RATE_LIMIT_JOB_IMPORT: '3/60',
  RATE_LIMIT_REPORTS: '3/60',
  RATE_LIMIT_DATA_EXPORT: '2/2',
};

/**
 * Rate limits per principal on the expensive routes (full app, two instances on one database):
 * the request past the limit is a 429 problem with Retry-After, counted per citizen, staff member,
 * API client or (anonymous) client address, shared by every instance, and free again after the window.
 */
describe('rate limits on expensive routes (two instances)', () => {
  let a: INestApplication;
  let b: INestApplication;
  let db: DataSource;
  let httpA: TestHttp;
  let httpB: TestHttp;
  let onA: SignedInBrowsers;
  let onB: SignedInBrowsers;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    const url = await workerDatabaseUrl();
    a = await createApp(testConfig({ QUEUE_ENABLED: 'false', ...LIMITS }), url);
    await a.get(DemoDataService).seedAll();
    b = await createApp(testConfig({ QUEUE_ENABLED: 'false', ...LIMITS }), url);
    [httpA, httpB] = [await TestHttp.of(a), await TestHttp.of(b)];
    [onA, onB] = [new SignedInBrowsers(httpA), new SignedInBrowsers(httpB)];
    db = a.get(DataSource);
    // Another spec on this worker's database may have counted the same demo users a moment ago.
    await db.query(`DELETE FROM identity.rate_limit`);
    const token = await httpA.post<{ access_token: string }>(
      '/api/v1/oauth/token',
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
      }),
    );
    expect(token.status).toBe(200);
    bearer = { authorization: `Bearer ${token.body.access_token}` };
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const expectLimited = (res: TestResponse, bucket: string, limit: number, window: number) => {
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 429, code: 'rate_limited', title: 'Too many requests' });
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(window);
    expect(res.headers.get('ratelimit-policy')).toBe(`"${bucket}";q=${limit};w=${window}`);
    expect(res.headers.get('ratelimit')).toBe(`"${bucket}";r=0;t=${retryAfter}`);
  };

  it("answers the citizen's 4th match request in the window with 429, and another citizen is unaffected", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await onA.send(sofie, 'GET', '/api/v1/me/job-matches');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"job-matches";r=${2 - i};t=\\d+$`));
    }
    expectLimited(await onA.send(sofie, 'GET', '/api/v1/me/job-matches'), 'job-matches', 3, 60);
    // The bucket holds the citizen's single-match route too.
    expect(
      (await onA.send(sofie, 'GET', `/api/v1/me/job-matches/${'0'.repeat(8)}-0000-4000-8000-000000000000`)).status,
    ).toBe(429);
    expect((await onA.send(mads, 'GET', '/api/v1/me/job-matches')).status).toBe(200);
    // Routes without a limit are not counted (and not refused).
    expect((await onA.send(sofie, 'GET', '/api/v1/me')).status).toBe(200);
    const keys = (await db.query(
      `SELECT key, hits FROM identity.rate_limit WHERE key LIKE 'job-matches:%' ORDER BY key`,
    )) as Array<{ key: string; hits: number }>;
    expect(keys).toEqual([
      { key: `job-matches:citizen:${sofie}`, hits: 5 },
      { key: `job-matches:citizen:${mads}`, hits: 1 },
    ]);
  });

  it('shares the count between two API instances on the same database', async () => {
    const staffMatches = `/api/v1/citizens/${sofie}/job-matches`;
    expect((await onA.send(mette, 'GET', staffMatches)).status).toBe(200);
    expect((await onB.send(mette, 'GET', staffMatches)).status).toBe(200);
    expect((await onA.send(mette, 'GET', staffMatches)).status).toBe(200);
    expectLimited(await onB.send(mette, 'GET', staffMatches), 'job-matches', 3, 60);
    // Another caseworker, on either instance, has a count of their own.
    expect((await onB.send(staff('Jonas Holm'), 'GET', staffMatches)).status).not.toBe(429);
  });

  it('limits an API client by its id, on job search and bulk import, each bucket on its own', async () => {
    for (let i = 0; i < 3; i++)
      expect((await (i % 2 ? httpA : httpB).get('/api/v1/job-ads?q=sygeplejerske', { headers: bearer })).status).toBe(
        200,
      );
    expectLimited(await httpA.get('/api/v1/job-ads?q=sygeplejerske', { headers: bearer }), 'job-search', 3, 60);
    // The client's other buckets, and staff on the same route, are unaffected.
    expect((await onA.send(lead, 'GET', '/api/v1/job-ads?q=sygeplejerske')).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await httpB.post('/api/v1/job-ads/bulk', { items: [] }, { headers: bearer })).status).not.toBe(429);
    const limited = await httpB.post('/api/v1/job-ads/bulk', { items: [] }, { headers: bearer });
    expectLimited(limited, 'job-import', 3, 60);
    const [{ n }] = (await db.query(
      `SELECT count(*)::int AS n FROM identity.rate_limit WHERE key LIKE 'job-import:client:%'`,
    )) as Array<{ n: number }>;
    expect(n).toBe(1);
  });

  it("limits the team lead's KPI and audit-log reads in one bucket", async () => {
    expect((await onA.send(lead, 'GET', '/api/v1/insights/kpis')).status).toBe(200);
    expect((await onB.send(lead, 'GET', '/api/v1/audit')).status).toBe(200);
    expect((await onA.send(lead, 'GET', '/api/v1/knowledge-base/report')).status).toBe(200);
    expectLimited(await onB.send(lead, 'GET', '/api/v1/insights/kpis'), 'reports', 3, 60);
  });

  it('counts anonymous callers by client address', async () => {
    const from = (ip: string) => httpA.get('/api/v1/auth/citizen/login', { headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(302);
    expectLimited(await from('203.0.113.7'), 'auth', 3, 60);
    expect((await from('203.0.113.8')).status).toBe(302);
    const rows = (await db.query(`SELECT key FROM identity.rate_limit WHERE key LIKE 'auth:%' ORDER BY key`)) as Array<{
      key: string;
    }>;
    expect(rows.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        'auth:CitizenAuthController.login:ip:203.0.113.7',
        'auth:CitizenAuthController.login:ip:203.0.113.8',
      ]),
    );
  });

  it('frees the window after it is over (data export: 2 per 2 seconds)', async () => {
    expect((await onA.send(sofie, 'GET', '/api/v1/me/export')).status).toBe(200);
    expect((await onB.send(sofie, 'GET', '/api/v1/me/export')).status).toBe(200);
    const limited = await onA.send(sofie, 'GET', '/api/v1/me/export');
    expectLimited(limited, 'data-export', 2, 2);
    await new Promise((r) => setTimeout(r, Number(limited.headers.get('retry-after')) * 1000 + 100));
    expect((await onB.send(sofie, 'GET', '/api/v1/me/export')).status).toBe(200);
  });

  it('documents the 429 with Retry-After on every limited operation', async () => {
    const doc = (
      await httpA.get<{
        paths: Record<
          string,
          Record<
            string,
            { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }> }
          >
        >;
      }>('/api/openapi.json')
    ).body;
    const limited = [
      ['/api/v1/me/job-matches', 'get'],
      ['/api/v1/me/job-matches/{id}', 'get'],
      ['/api/v1/citizens/{id}/job-matches', 'get'],
      ['/api/v1/job-ads', 'get'],
      ['/api/v1/job-ads/bulk', 'post'],
      ['/api/v1/me/export', 'get'],
      ['/api/v1/insights/kpis', 'get'],
      ['/api/v1/audit', 'get'],
      ['/api/v1/knowledge-base/report', 'get'],
      ['/api/v1/oauth/token', 'post'],
    ] as const;
    for (const [path, method] of limited) {
      const answer = doc.paths[path]?.[method]?.responses['429'];
      expect({
        path,
        headers: Object.keys(answer?.headers ?? {}),
        content: Object.keys(answer?.content ?? {}),
      }).toEqual({
        path,
        headers: ['Retry-After', 'RateLimit-Policy', 'RateLimit'],
        content: ['application/problem+json'],
      });
    }
    expect(doc.paths['/api/v1/me']?.['get']?.responses['429']).toBeUndefined();
  });
});
