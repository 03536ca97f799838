import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { RealtimeService } from '@jobunivers/api/realtime';
import { testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { createApp } from './create-app';

/**
 * Sessions are looked up once per ~2 s per instance (a page's burst of requests); revocation must
 * still be immediate everywhere. Two API instances on one database, a session used on both.
 */
describe('session look-up cache across instances', () => {
  let a: INestApplication;
  let b: INestApplication;
  let httpA: TestHttp;
  let httpB: TestHttp;
  const admin = DEMO_STAFF.find((s) => s.roles.includes('municipality_admin') && s.municipalityCode === '0751')!;
  const caseworker = DEMO_STAFF.find(
    (s) => s.roles.includes('caseworker') && s.municipalityCode === '0751' && !s.roles.includes('team_lead'),
  )!;

  beforeAll(async () => {
    const url = await workerDatabaseUrl();
    a = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), url);
    await a.get(DemoDataService).seedAll();
    b = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), url);
    [httpA, httpB] = [await TestHttp.of(a), await TestHttp.of(b)];
    // Both instances listen for revocations before the test starts (the subscription is made at start-up).
    for (const app of [a, b])
      for (let i = 0; i < 50 && app.get(RealtimeService).listeningEpoch === undefined; i++)
        await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const signIn = async (http: TestHttp, userId: string) => {
    const browser = http.agent();
    expect((await browser.post('/api/v1/auth/dev/sign-in', { userId })).status).toBe(200);
    return browser;
  };
  /** The same browser's cookies, sent to the other instance (behind a load balancer). */
  const on = (http: TestHttp, browser: TestHttp) => {
    const twin = http.agent();
    browser.cookies.forEach((v, k) => twin.cookies.set(k, v));
    return twin;
  };
  /** How long until `browser` is refused (401), polling; Infinity if it is still let in after `ms`. */
  const refusedWithin = async (browser: TestHttp, ms: number) => {
    const started = Date.now();
    while (Date.now() - started < ms) {
      if ((await browser.get('/api/v1/me')).status === 401) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
    return Infinity;
  };

  it('ends a session on every instance at once when an admin revokes it on one', async () => {
    const onA = await signIn(httpA, caseworker.id);
    const onB = on(httpB, onA);
    expect((await onB.get('/api/v1/me')).status).toBe(200); // instance B now holds the session for ~2 s
    expect((await onA.get('/api/v1/me')).status).toBe(200);
    const adminOnA = await signIn(httpA, admin.id);
    const revoke = await adminOnA.post(
      `/api/v1/staff-users/${caseworker.id}/revoke-sessions`,
      {},
      { headers: adminOnA.csrf() },
    );
    expect(revoke.status).toBe(200);
    expect((await onA.get('/api/v1/me')).status).toBe(401); // the revoking instance: at once
    // The other instance hears it through PostgreSQL well before its 2-second entry would run out.
    expect(await refusedWithin(onB, 1_000)).toBeLessThan(1_000);
  });

  it('ends a signed-out session on the other instance too', async () => {
    const onA = await signIn(httpA, caseworker.id);
    const onB = on(httpB, onA);
    expect((await onB.get('/api/v1/me')).status).toBe(200);
    expect((await onA.post('/api/v1/auth/sign-out', {}, { headers: onA.csrf() })).status).toBeLessThan(300);
    expect(await refusedWithin(onB, 1_000)).toBeLessThan(1_000);
  });
});
