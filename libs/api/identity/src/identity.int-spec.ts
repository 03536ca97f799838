import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { createModuleTestApp, testConfig, TestHttp } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_STAFF } from './demo/identity.demo-seed';
import { IdentityModule } from './identity.module';
import { identityMigrations } from './migrations';

const caseworkerAarhus = DEMO_STAFF.find((s) => s.name === 'Mette Kjær')!;
const adminAarhus = DEMO_STAFF.find((s) => s.name === 'Peter Lund')!;
const adminRudersdal = DEMO_STAFF.find((s) => s.name === 'Lars Winther')!;

interface Page<T> {
  items: T[];
  total: number;
}

describe('identity (sessions, dev sign-in, OAuth2 client credentials)', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({ imports: [IdentityModule], migrations: identityMigrations });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  const signIn = async (userId: string) => {
    const browser = http.agent();
    const res = await browser.post('/api/v1/auth/dev/sign-in', { userId });
    expect(res.status).toBe(200);
    return browser;
  };

  const token = async (form: Record<string, string>, headers: Record<string, string> = {}) =>
    http.post<Record<string, unknown>>('/api/v1/oauth/token', new URLSearchParams(form), { headers });

  describe('dev sign-in', () => {
    it('lists the demo staff of both municipalities with their main role', async () => {
      const res =
        await http.get<Page<{ id: string; role: string; municipalityCode: string; name: string }>>(
          '/api/v1/auth/dev/users',
        );
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual(
        expect.arrayContaining([
          { id: caseworkerAarhus.id, role: 'caseworker', municipalityCode: '0751', name: 'Mette Kjær' },
          { id: adminRudersdal.id, role: 'municipality_admin', municipalityCode: '0230', name: 'Lars Winther' },
          expect.objectContaining({ name: 'Susanne Vestergaard', role: 'team_lead' }),
        ]),
      );
    });

    it('starts a session with httpOnly SameSite=Lax cookie and a readable CSRF cookie', async () => {
      const browser = http.agent();
      const res = await browser.post('/api/v1/auth/dev/sign-in', { userId: caseworkerAarhus.id });
      expect(res.body).toEqual({
        kind: 'staff',
        id: caseworkerAarhus.id,
        name: 'Mette Kjær',
        roles: ['caseworker'],
        municipalityCode: '0751',
      });
      const cookies = res.headers.getSetCookie();
      expect(cookies.find((c) => c.startsWith('jobunivers_session='))).toMatch(/HttpOnly; SameSite=Lax/);
      expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/);
      const me = await browser.get('/api/v1/me');
      expect(me.body).toMatchObject({ kind: 'staff', name: 'Mette Kjær', municipalityCode: '0751' });
      const stored = await app
        .get(DataSource)
        .query(`SELECT token_hash FROM identity.session WHERE principal_id = $1`, [caseworkerAarhus.id]);
      expect(stored.every((r: { token_hash: Buffer }) => r.token_hash.length === 32)).toBe(true);
      expect(stored.map((r: { token_hash: Buffer }) => r.token_hash.toString('base64url'))).not.toContain(
        browser.cookies.get('jobunivers_session'),
      );
    });

    it('refuses unknown and malformed user ids with 400 and starts nothing', async () => {
      const before = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM identity.session`);
      expect(
        (await http.post('/api/v1/auth/dev/sign-in', { userId: '5f1d7a8e-0000-4000-8000-000000000000' })).body,
      ).toMatchObject({ status: 400, code: 'unknown_demo_user' });
      expect((await http.post('/api/v1/auth/dev/sign-in', { userId: 'mette' })).body).toMatchObject({
        status: 400,
        errors: [{ field: 'userId' }],
      });
      expect(
        (await http.post('/api/v1/auth/dev/sign-in', { userId: caseworkerAarhus.id, role: 'team_lead' })).body,
      ).toMatchObject({ status: 400, errors: [{ field: 'role' }] });
      expect(await app.get(DataSource).query(`SELECT count(*)::int AS n FROM identity.session`)).toEqual(before);
    });

    it('answers 404 when AUTH_MODE is not dev', async () => {
      const prod = await createModuleTestApp({
        imports: [IdentityModule],
        migrations: identityMigrations,
        config: testConfig({ AUTH_MODE: 'external', QUEUE_ENABLED: 'false' }),
      });
      const other = await TestHttp.of(prod);
      expect((await other.get('/api/v1/auth/dev/users')).status).toBe(404);
      expect((await other.post('/api/v1/auth/dev/sign-in', { userId: caseworkerAarhus.id })).status).toBe(404);
      await prod.close();
    });
  });

  describe('sessions', () => {
    it('requires sign-in: 401 problem without a session', async () => {
      const res = await http.agent().get('/api/v1/me');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'not_signed_in' });
    });

    it('requires the CSRF header on state changes and ends the session at once on sign-out', async () => {
      const browser = await signIn(caseworkerAarhus.id);
      const forged = await browser.post('/api/v1/auth/sign-out');
      expect(forged.status).toBe(403);
      expect(forged.body).toMatchObject({ code: 'csrf_token_invalid' });
      expect(
        (await browser.post('/api/v1/auth/sign-out', undefined, { headers: { 'x-xsrf-token': 'forged' } })).status,
      ).toBe(403);
      const cookieCopy = new Map(browser.cookies);
      expect((await browser.post('/api/v1/auth/sign-out', undefined, { headers: browser.csrf() })).status).toBe(204);
      expect((await browser.get('/api/v1/me')).status).toBe(401);
      // A stolen copy of the cookie is dead too.
      const thief = http.agent();
      cookieCopy.forEach((v, k) => thief.cookies.set(k, v));
      expect((await thief.get('/api/v1/me')).status).toBe(401);
    });

    it('ends idle sessions and sessions past their absolute lifetime', async () => {
      const ds = app.get(DataSource);
      const idle = await signIn(caseworkerAarhus.id);
      await ds.query(
        `UPDATE identity.session SET last_seen_at = now() - interval '31 minutes' WHERE id = (SELECT id FROM identity.session ORDER BY created_at DESC LIMIT 1)`,
      );
      expect((await idle.get('/api/v1/me')).status).toBe(401);
      const old = await signIn(caseworkerAarhus.id);
      await ds.query(
        `UPDATE identity.session SET expires_at = now() - interval '1 second' WHERE id = (SELECT id FROM identity.session ORDER BY created_at DESC LIMIT 1)`,
      );
      expect((await old.get('/api/v1/me')).status).toBe(401);
    });
  });

  describe('OAuth2 client credentials', () => {
    it('issues a bearer token for credentials in the form body or HTTP Basic', async () => {
      const form = await token({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
      });
      expect(form.status).toBe(200);
      expect(form.headers.get('cache-control')).toBe('no-store');
      expect(form.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: 3600,
        scope: expect.stringContaining('citizens:write'),
      });
      const basic = await token(
        { grant_type: 'client_credentials', scope: 'citizens:read' },
        { authorization: `Basic ${Buffer.from(`${DEMO_CLIENT_ID}:${DEMO_CLIENT_SECRET}`).toString('base64')}` },
      );
      expect(basic.body).toMatchObject({ scope: 'citizens:read' });
      const me = await http.get('/api/v1/me', { headers: { authorization: `Bearer ${basic.body['access_token']}` } });
      expect(me.body).toMatchObject({ kind: 'client', municipalityCode: '0751', scopes: ['citizens:read'], roles: [] });
    });

    it('refuses a wrong secret, an unknown grant and an ungranted scope with RFC 6749 error codes', async () => {
      const wrong = await token({ grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID, client_secret: 'nope' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ code: 'invalid_client', error: 'invalid_client' });
      const grant = await token({
        grant_type: 'password',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
      });
      expect(grant.body).toMatchObject({ status: 400, error: 'unsupported_grant_type' });
      const scope = await token({
        grant_type: 'client_credentials',
        client_id: DEMO_CLIENT_ID,
        client_secret: DEMO_CLIENT_SECRET,
        scope: 'citizens:read admin:everything',
      });
      expect(scope.body).toMatchObject({ status: 400, error: 'invalid_scope' });
      expect((await http.get('/api/v1/me', { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
    });

    it('blocks a client id after 10 failures within 15 minutes, even with the right secret', async () => {
      const admin = await signIn(adminAarhus.id);
      const created = await admin.post<{ clientId: string; clientSecret: string }>(
        '/api/v1/api-clients',
        { name: 'Brute-force target', scopes: ['citizens:read'] },
        { headers: admin.csrf() },
      );
      expect(created.status).toBe(201);
      for (let i = 0; i < 10; i++)
        expect(
          (
            await token({
              grant_type: 'client_credentials',
              client_id: created.body.clientId,
              client_secret: `guess-${i}`,
            })
          ).status,
        ).toBe(401);
      const blocked = await token({
        grant_type: 'client_credentials',
        client_id: created.body.clientId,
        client_secret: created.body.clientSecret,
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ code: 'client_blocked', error: 'invalid_client' });
    });
  });

  describe('API client administration', () => {
    it('lets a municipality admin create, rotate and revoke clients; revocation and rotation take effect at once', async () => {
      const admin = await signIn(adminAarhus.id);
      const created = await admin.post<{ id: string; clientId: string; clientSecret: string; scopes: string[] }>(
        '/api/v1/api-clients',
        { name: 'Aarhus fagsystem', scopes: ['citizens:read', 'events:read'] },
        { headers: admin.csrf() },
      );
      expect(created.body).toMatchObject({
        name: 'Aarhus fagsystem',
        municipalityCode: '0751',
        scopes: ['citizens:read', 'events:read'],
        revokedAt: null,
      });
      const stored = await app
        .get(DataSource)
        .query(`SELECT secret_hash FROM identity.api_client WHERE id = $1`, [created.body.id]);
      expect(stored[0].secret_hash).toMatch(/^\$argon2id\$/);

      const first = await token({
        grant_type: 'client_credentials',
        client_id: created.body.clientId,
        client_secret: created.body.clientSecret,
      });
      const bearer = { authorization: `Bearer ${first.body['access_token']}` };
      expect((await http.get('/api/v1/me', { headers: bearer })).status).toBe(200);

      const rotated = await admin.post<{ clientSecret: string }>(
        `/api/v1/api-clients/${created.body.id}/rotate-secret`,
        undefined,
        { headers: admin.csrf() },
      );
      expect(rotated.status).toBe(200);
      expect(
        (
          await token({
            grant_type: 'client_credentials',
            client_id: created.body.clientId,
            client_secret: created.body.clientSecret,
          })
        ).status,
      ).toBe(401);
      expect(
        (
          await token({
            grant_type: 'client_credentials',
            client_id: created.body.clientId,
            client_secret: rotated.body.clientSecret,
          })
        ).status,
      ).toBe(200);

      const revoked = await admin.post(`/api/v1/api-clients/${created.body.id}/revoke`, undefined, {
        headers: admin.csrf(),
      });
      expect(revoked.body).toMatchObject({ revokedAt: expect.any(String) });
      expect((await http.get('/api/v1/me', { headers: bearer })).status).toBe(401);
      expect(
        (
          await token({
            grant_type: 'client_credentials',
            client_id: created.body.clientId,
            client_secret: rotated.body.clientSecret,
          })
        ).status,
      ).toBe(401);
    });

    it('keeps municipalities apart and refuses other roles', async () => {
      const aarhus = await signIn(adminAarhus.id);
      const mine = await aarhus.get<Page<{ id: string; municipalityCode: string }>>('/api/v1/api-clients');
      expect(mine.body.items.length).toBeGreaterThan(0);
      expect(mine.body.items.every((c) => c.municipalityCode === '0751')).toBe(true);
      const rudersdal = await signIn(adminRudersdal.id);
      expect(
        (await rudersdal.get<Page<{ municipalityCode: string }>>('/api/v1/api-clients')).body.items.every(
          (c) => c.municipalityCode === '0230',
        ),
      ).toBe(true);
      const target = mine.body.items[0].id;
      const denied = await rudersdal.post(`/api/v1/api-clients/${target}/revoke`, undefined, {
        headers: rudersdal.csrf(),
      });
      expect(denied.status).toBe(404);
      const caseworker = await signIn(caseworkerAarhus.id);
      expect((await caseworker.get('/api/v1/api-clients')).status).toBe(403);
      expect((await http.agent().get('/api/v1/api-clients')).status).toBe(401);
      const badId = await aarhus.post<{ errors: Array<{ field: string }> }>(
        '/api/v1/api-clients/42/rotate-secret',
        undefined,
        { headers: aarhus.csrf() },
      );
      expect(badId.status).toBe(400);
      expect(badId.body.errors.map((e) => e.field)).toEqual(['id']);
      const bad = await aarhus.post('/api/v1/api-clients', { name: '', scopes: ['root'] }, { headers: aarhus.csrf() });
      expect(bad.status).toBe(400);
      expect((bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort()).toEqual([
        'name',
        'scopes',
      ]);
    });
  });
});
