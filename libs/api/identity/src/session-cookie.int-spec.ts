import { Controller, type INestApplication, Module, Post, Res } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { type HttpReply, Public } from '@jobunivers/api/http';
import { createModuleTestApp, testConfig, TestHttp } from '@jobunivers/api/testing';
import { generateVAPIDKeys } from 'web-push';
import { IdentityModule } from './identity.module';
import { identityMigrations } from './migrations';
import { SessionService } from './session.service';

const STAFF_ID = '5e551011-0000-4000-8000-000000000001';

/** Stands in for a real sign-in (NemLog-in / the municipality's OIDC provider), which production mode has. */
@Controller('test-sign-in')
class TestSignInController {
  constructor(private readonly sessions: SessionService) {}

  @Post()
  @Public('test only')
  async signIn(@Res({ passthrough: true }) res: HttpReply): Promise<void> {
    await this.sessions.start(
      { kind: 'staff', id: STAFF_ID, name: 'Prod Tester', municipalityCode: '0751', roles: ['caseworker'] },
      'oidc',
      res,
    );
  }
}
@Module({ controllers: [TestSignInController] })
class TestSignInModule {}

const productionConfig = () => {
  const vapid = generateVAPIDKeys();
  return testConfig({
    NODE_ENV: 'production',
    AUTH_MODE: 'external',
    OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'false',
    METRICS_TOKEN: 'metrics-token-for-the-test-0123',
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
  });
};

describe('session cookie in production: __Host- prefixed, Secure, Path=/, no Domain', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, TestSignInModule],
      migrations: identityMigrations,
      config: productionConfig(),
    });
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('sets __Host-jobunivers_session with Path=/, Secure, HttpOnly, SameSite=Lax and no Domain, and the guard reads that cookie', async () => {
    const browser = http.agent();
    const res = await browser.post('/api/v1/test-sign-in');
    expect(res.status).toBe(201);
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('__Host-jobunivers_session='));
    expect(session).toBeDefined();
    const attributes = session!
      .split(';')
      .slice(1)
      .map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'Secure', 'HttpOnly', 'SameSite=Lax']));
    expect(attributes.filter((a) => /^domain=/i.test(a))).toEqual([]);
    // Max-Age is in seconds (the session's lifetime), with Expires at the same moment for old browsers.
    const lifetime = app.get(AppConfig).sessionMaxHours * 3_600;
    expect(attributes).toContain(`Max-Age=${lifetime}`);
    const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))!.slice('Expires='.length));
    expect(Math.abs(expires - (Date.now() + lifetime * 1000))).toBeLessThan(60_000);
    expect(cookies.find((c) => c.startsWith('jobunivers_session='))).toBeUndefined();
    // The CSRF cookie: readable by the app, same attributes otherwise.
    const csrf = cookies
      .find((c) => c.startsWith('XSRF-TOKEN='))!
      .split(';')
      .map((a) => a.trim());
    expect(csrf).toEqual(expect.arrayContaining(['Path=/', 'Secure', 'SameSite=Lax']));
    expect(csrf.filter((a) => /^(domain=.*|httponly)$/i.test(a))).toEqual([]);

    // The guard reads the prefixed cookie (and only that one).
    const me = await browser.get<{ id: string }>('/api/v1/me');
    expect([me.status, me.body.id]).toEqual([200, STAFF_ID]);
    const token = browser.cookies.get('__Host-jobunivers_session')!;
    const unprefixed = await http.get<{ code: string }>('/api/v1/me', {
      headers: { cookie: `jobunivers_session=${token}` },
    });
    expect([unprefixed.status, unprefixed.body.code]).toEqual([401, 'not_signed_in']);

    // Signing out clears it with the same attributes (a browser ignores a __Host- cookie without Secure).
    const out = await browser.post('/api/v1/auth/sign-out', undefined, { headers: browser.csrf() });
    expect(out.status).toBe(204);
    const cleared = out.headers.getSetCookie().find((c) => c.startsWith('__Host-jobunivers_session='));
    expect(cleared?.split(';').map((a) => a.trim())).toEqual(expect.arrayContaining(['Path=/', 'Secure']));
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('has no dev sign-in outside AUTH_MODE=dev: the routes do not exist', async () => {
    const users = await http.get<{ code: string }>('/api/v1/auth/dev/users');
    expect([users.status, users.body.code]).toEqual([404, 'route_not_found']);
    const signIn = await http.post<{ code: string }>('/api/v1/auth/dev/sign-in', { userId: STAFF_ID });
    expect([signIn.status, signIn.body.code]).toEqual([404, 'route_not_found']);
  });
});

describe('session cookie in development: the plain name (API on http://localhost)', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, TestSignInModule],
      migrations: identityMigrations,
      config: testConfig({ NODE_ENV: 'development' }),
    });
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('sets jobunivers_session without Secure, and the guard reads it', async () => {
    const browser = http.agent();
    const res = await browser.post('/api/v1/test-sign-in');
    const session = res.headers.getSetCookie().find((c) => c.startsWith('jobunivers_session='));
    expect(session).toMatch(/; Path=\/; .*HttpOnly; SameSite=Lax$/);
    expect(session).not.toMatch(/Secure|Domain/i);
    expect((await browser.get('/api/v1/me')).status).toBe(200);
  });
});
