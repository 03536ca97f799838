import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { createModuleTestApp, testConfig, TestHttp } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { DEMO_CLIENT_ID, DEMO_STAFF } from './demo/identity.demo-seed';
import { IdentityModule } from './identity.module';
import { identityMigrations } from './migrations';
import { RateLimitPruner } from './rate-limit';

const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!;

describe('rate limits on sign-in and token endpoints', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule],
      migrations: identityMigrations,
      config: testConfig({ AUTH_RATE_LIMIT_PER_MINUTE: '3', QUEUE_ENABLED: 'false' }),
    });
    await app.get(DemoDataService).seedAll();
    await app.get(DataSource).query(`DELETE FROM identity.rate_limit`);
    await app.get(DataSource).query(`DELETE FROM identity.auth_failure`);
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After past the limit, per route, and counts in the database', async () => {
    const token = () =>
      http.post(
        '/api/v1/oauth/token',
        new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID, client_secret: 'wrong' }),
      );
    for (let i = 0; i < 3; i++) expect((await token()).status).toBe(401);
    const limited = await token();
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'rate_limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another route has its own count.
    expect((await http.get('/api/v1/auth/citizen/login')).status).toBe(302);
    const [row] = await app
      .get(DataSource)
      .query(`SELECT hits FROM identity.rate_limit WHERE key LIKE 'auth:OAuthController.token:%'`);
    expect(row.hits).toBe(4);
  });

  it('starts a new window once the old one is over', async () => {
    await app.get(DataSource).query(`UPDATE identity.rate_limit SET window_start = now() - interval '61 seconds'`);
    expect(
      (
        await http.post(
          '/api/v1/oauth/token',
          new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID, client_secret: 'wrong' }),
        )
      ).status,
    ).toBe(401);
  });

  it('prunes only the counts whose window is over, longer than the longest window', async () => {
    const db = app.get(DataSource);
    await db.query(`DELETE FROM identity.rate_limit`);
    // Every window of this app's config is 60 s.
    await db.query(
      `INSERT INTO identity.rate_limit (key, window_start, hits) VALUES ('data-export:citizen:old', now() - interval '61 seconds', 3), ('data-export:citizen:current', now() - interval '50 seconds', 3), ('auth:x:ip:1.2.3.4', now(), 1)`,
    );
    expect(await app.get(RateLimitPruner).prune()).toBe(1);
    const rows = (await db.query(`SELECT key FROM identity.rate_limit ORDER BY key`)) as Array<{ key: string }>;
    expect(rows.map((r) => r.key)).toEqual(['auth:x:ip:1.2.3.4', 'data-export:citizen:current']);
  });
});

describe('admin revocation of staff sessions', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({ imports: [IdentityModule], migrations: identityMigrations });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  const signIn = async (name: string) => {
    const browser = http.agent();
    expect((await browser.post('/api/v1/auth/dev/sign-in', { userId: staff(name).id })).status).toBe(200);
    return browser;
  };

  it("ends every session of a staff member at once, within the admin's municipality only", async () => {
    const laptop = await signIn('Jonas Holm');
    const phone = await signIn('Jonas Holm');
    const admin = await signIn('Peter Lund');
    const res = await admin.post<{ revoked: number }>(
      `/api/v1/staff-users/${staff('Jonas Holm').id}/revoke-sessions`,
      undefined,
      { headers: admin.csrf() },
    );
    expect(res.status).toBe(200);
    expect(res.body.revoked).toBeGreaterThanOrEqual(2);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await admin.get('/api/v1/me')).status).toBe(200);

    const otherAdmin = await signIn('Lars Winther');
    expect(
      (
        await otherAdmin.post(`/api/v1/staff-users/${staff('Mette Kjær').id}/revoke-sessions`, undefined, {
          headers: otherAdmin.csrf(),
        })
      ).status,
    ).toBe(404);
    const lead = await signIn('Susanne Vestergaard');
    expect(
      (
        await lead.post(`/api/v1/staff-users/${staff('Mette Kjær').id}/revoke-sessions`, undefined, {
          headers: lead.csrf(),
        })
      ).status,
    ).toBe(403);
    const badId = await otherAdmin.post<{ errors: Array<{ field: string }> }>(
      '/api/v1/staff-users/not-a-uuid/revoke-sessions',
      undefined,
      { headers: otherAdmin.csrf() },
    );
    expect(badId.status).toBe(400);
    expect(badId.body.errors.map((e) => e.field)).toEqual(['id']);
    const badPage = await lead.get('/api/v1/staff-users?limit=101');
    expect(badPage.status).toBe(400);
    const paged = await lead.get<{ items: unknown[]; total: number; totalPages: number }>(
      '/api/v1/staff-users?limit=3&page=2',
    );
    // Aarhus' demo staff: two caseworkers, a team lead, an admin and an employer consultant.
    expect(paged.body).toMatchObject({ total: 5, totalPages: 2 });
    expect(paged.body.items).toHaveLength(2);
    const list = await lead.get<{ items: Array<{ municipalityCode: string }> }>('/api/v1/staff-users');
    expect(list.body.items.length).toBe(5);
    expect(list.body.items.every((s) => s.municipalityCode === '0751')).toBe(true);
  });
});
