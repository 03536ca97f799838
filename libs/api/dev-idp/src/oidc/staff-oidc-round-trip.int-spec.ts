import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { AppConfig } from '@jobunivers/api/config';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, DEV_ISSUER, IdentityModule, identityMigrations, IdentityService } from '@jobunivers/api/identity';
import { createModuleTestApp, freePort, testConfig, TestHttp } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { DevIdpModule } from '../dev-idp.module';

const mette = DEMO_STAFF.find((s) => s.name === 'Mette Kjær')!;
const jonas = DEMO_STAFF.find((s) => s.name === 'Jonas Holm')!;
const susanne = DEMO_STAFF.find((s) => s.name === 'Susanne Vestergaard')!;
const relative = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

describe('staff sign-in with OpenID Connect against the bundled oidc-provider', () => {
  let app: INestApplication;
  let http: TestHttp;
  let config: AppConfig;
  let db: DataSource;

  beforeAll(async () => {
    // The app calls its own issuer (discovery, token, JWKS) at PUBLIC_URL, so it listens there.
    const port = await freePort();
    config = testConfig({ PUBLIC_URL: `http://127.0.0.1:${port}`, QUEUE_ENABLED: 'false' });
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, DevIdpModule],
      migrations: [...identityMigrations, ...auditMigrations],
      config,
    });
    await app.get(DemoDataService).seedAll();
    await app.listen(port, '127.0.0.1');
    http = await TestHttp.of(app);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  /** The browser's way through: login → provider → sign-in page → pick → back to the callback (not yet followed). */
  async function signInAtProvider(browser: TestHttp, email: string, returnTo = '/borgere') {
    const start = await browser.get(`/api/v1/auth/staff/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe(`${config.publicUrl}/api/v1/dev-idp/oidc/auth`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${config.publicUrl}/api/v1/auth/staff/callback`);

    const toInteraction = await browser.get(relative(authorize.href));
    expect(toInteraction.status).toBe(303);
    const interaction = toInteraction.headers.get('location')!;
    const page = await browser.get(interaction);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Mette Kjær');
    expect(page.text).toContain('Rudersdal Kommune');

    const submitted = await browser.post(`${interaction}/login`, new URLSearchParams({ account: email }));
    expect(submitted.status).toBe(303);
    const resumed = await browser.get(relative(submitted.headers.get('location')!));
    expect(resumed.status).toBe(303);
    const callback = new URL(resumed.headers.get('location')!);
    expect(callback.pathname).toBe('/api/v1/auth/staff/callback');
    expect(callback.searchParams.get('code')).toBeTruthy();
    return relative(callback.href);
  }

  it('signs a caseworker in: code flow with PKCE, ID token claims mapped to municipality and roles, a session', async () => {
    const browser = http.agent();
    const callback = await signInAtProvider(browser, mette.email);
    const done = await browser.get(callback);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${config.staffAppUrl}/borgere`);
    expect((await browser.get('/api/v1/me')).body).toEqual({
      kind: 'staff',
      id: mette.id,
      name: 'Mette Kjær',
      roles: ['caseworker'],
      municipalityCode: '0751',
    });
    const [session] = await db.query(
      `SELECT method FROM identity.session WHERE principal_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [mette.id],
    );
    expect(session).toEqual({ method: 'oidc' });
    expect(await db.query(`SELECT count(*)::int AS n FROM identity.oidc_login`)).toEqual([{ n: 0 }]);
  });

  it('takes roles from the provider at every sign-in (the provider is the source of truth)', async () => {
    // As an earlier sign-in (when the provider said so) left her: an admin.
    const { id, municipalityCode, name, email } = susanne;
    const earlier = await app.get(IdentityService).provisionStaff({
      issuer: DEV_ISSUER,
      subject: email,
      municipalityCode,
      name,
      email,
      roles: ['municipality_admin'],
    });
    expect(earlier).toMatchObject({ id, roles: ['municipality_admin'] });
    const browser = http.agent();
    await browser.get(await signInAtProvider(browser, susanne.email, '/'));
    expect((await browser.get<{ roles: string[] }>('/api/v1/me')).body.roles).toEqual(['caseworker', 'team_lead']);
    const [row] = await db.query(`SELECT roles FROM identity.staff_user WHERE id = $1`, [susanne.id]);
    expect(row.roles).toEqual(['caseworker', 'team_lead']);
  });

  it('answers each state once: a replayed callback is refused and starts no session', async () => {
    const browser = http.agent();
    const callback = await signInAtProvider(browser, mette.email);
    expect((await browser.get(callback)).status).toBe(303);
    const other = http.agent();
    const replay = await other.get(callback);
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe(`${config.staffAppUrl}/log-ind?fejl=invalid`);
    expect((await other.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses a code redeemed with another sign-in’s PKCE verifier, and an unknown state', async () => {
    const browser = http.agent();
    const first = new URL(await signInAtProvider(browser, mette.email), config.publicUrl);
    const second = new URL(await signInAtProvider(browser, mette.email), config.publicUrl);
    // The first sign-in's code with the second's state: the token endpoint checks the verifier.
    const swapped = `/api/v1/auth/staff/callback?code=${first.searchParams.get('code')}&state=${second.searchParams.get('state')}&iss=${encodeURIComponent(second.searchParams.get('iss')!)}`;
    const refused = await browser.get(swapped);
    expect(refused.headers.get('location')).toBe(`${config.staffAppUrl}/log-ind?fejl=invalid`);
    const unknown = await browser.get(`/api/v1/auth/staff/callback?code=x&state=not-a-state`);
    expect(unknown.headers.get('location')).toBe(`${config.staffAppUrl}/log-ind?fejl=invalid`);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('answers bad input on its sign-in page with a 400: an unknown demo account, an unknown sign-in', async () => {
    const browser = http.agent();
    const start = await browser.get('/api/v1/auth/staff/login');
    const toInteraction = await browser.get(relative(start.headers.get('location')!));
    const interaction = toInteraction.headers.get('location')!;
    const unknown = await browser.post(`${interaction}/login`, new URLSearchParams({ account: 'nobody@example.dk' }));
    expect(unknown.status).toBe(400);
    const notEmail = await browser.post(`${interaction}/login`, new URLSearchParams({ account: 'nobody' }));
    expect(notEmail.status).toBe(400);
    expect((await browser.get('/api/v1/dev-idp/oidc/interaction/not-a-sign-in')).status).toBe(400);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses a deactivated staff member', async () => {
    await db.query(`UPDATE identity.staff_user SET active = false WHERE id = $1`, [jonas.id]);
    const browser = http.agent();
    const done = await browser.get(await signInAtProvider(browser, jonas.email));
    expect(done.headers.get('location')).toBe(`${config.staffAppUrl}/log-ind?fejl=inactive`);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    await db.query(`UPDATE identity.staff_user SET active = true WHERE id = $1`, [jonas.id]);
  });

  it('sends the browser back to the staff console when the municipality’s provider cannot be reached', async () => {
    const closedPort = await freePort();
    const external = await createModuleTestApp({
      imports: [IdentityModule, AuditModule],
      migrations: [...identityMigrations, ...auditMigrations],
      config: testConfig({
        AUTH_MODE: 'external',
        STAFF_OIDC_ISSUER: `https://127.0.0.1:${closedPort}/oidc`,
        STAFF_OIDC_CLIENT_ID: 'jobunivers',
        STAFF_OIDC_CLIENT_SECRET: 'secret',
        QUEUE_ENABLED: 'false',
      }),
    });
    try {
      const res = await (await TestHttp.of(external)).get('/api/v1/auth/staff/login');
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('http://localhost:4300/log-ind?fejl=unavailable');
    } finally {
      await external.close();
    }
  });
});
