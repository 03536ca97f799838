import type { INestApplication } from '@nestjs/common';
import { DevIdpModule } from '@jobunivers/api/dev-idp';
import { DevAuthModule } from '@jobunivers/api/identity';
import { testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateVAPIDKeys } from 'web-push';
import { createApp } from './create-app';

const ROOT = join(__dirname, '../../../..');
const METRICS_TOKEN = 'metrics-token-for-the-test-0123';
const DEV_PATHS: Array<[string, string]> = [
  ['GET', '/api/v1/auth/dev/users'],
  ['POST', '/api/v1/auth/dev/sign-in'],
  ['GET', '/api/v1/dev-idp/saml/sso'],
  ['GET', '/api/v1/dev-idp/oidc/.well-known/openid-configuration'],
];

const inContainer = (app: INestApplication, module: object) => {
  try {
    app.get(module as never, { strict: false });
    return true;
  } catch {
    return false;
  }
};

describe('production mode (NODE_ENV=production, AUTH_MODE=external)', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    const vapid = generateVAPIDKeys();
    const config = testConfig({
      NODE_ENV: 'production',
      AUTH_MODE: 'external',
      OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'false',
      QUEUE_ENABLED: 'false',
      METRICS_TOKEN,
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
    });
    app = await createApp(config, await workerDatabaseUrl());
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('loads neither the identity-provider simulators nor the dev sign-in: not in the container, their paths 404', async () => {
    expect([inContainer(app, DevIdpModule), inContainer(app, DevAuthModule)]).toEqual([false, false]);
    for (const [method, path] of DEV_PATHS) {
      const res = await http.request<{ code: string }>(method, path, method === 'POST' ? { body: {} } : {});
      expect([method, path, res.status, res.body.code]).toEqual([method, path, 404, 'route_not_found']);
    }
    const doc = await http.get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    expect(Object.keys(doc.body.paths).filter((p) => p.includes('/auth/dev/') || p.includes('/dev-idp/'))).toEqual([]);
  });

  it('serves /api/metrics only for the bearer token', async () => {
    expect((await http.get('/api/metrics')).status).toBe(401);
    expect(
      (await http.get('/api/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}` } })).status,
    ).toBe(401);
    expect((await http.get('/api/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(
      401,
    );
    const ok = await http.get('/api/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('http_request_duration_seconds');
  });
});

describe('dev mode (AUTH_MODE=dev)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
  });
  afterAll(() => app.close());

  it('loads the simulators and the dev sign-in', async () => {
    expect([inContainer(app, DevIdpModule), inContainer(app, DevAuthModule)]).toEqual([true, true]);
    const http = await TestHttp.of(app);
    expect((await http.get('/api/v1/auth/dev/users')).status).toBe(200);
    expect((await http.get('/api/v1/dev-idp/oidc/.well-known/openid-configuration')).status).toBe(200);
  });
});

describe('production boot check', () => {
  const main = join(ROOT, 'dist/apps/api/main.js');

  it('refuses to boot with demo data or without METRICS_TOKEN, naming both, before touching any database', () => {
    expect(existsSync(main)).toBe(true); // built by the test-int target's dependency on api:build
    const vapid = generateVAPIDKeys();
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_MODE: 'external',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      DATA_DIR: testConfig().dataDir,
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      SESSION_SECRET: 'a-production-session-secret-of-40-chars!',
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      DEMO_DATA: 'true',
      METRICS_TOKEN: '',
    };
    const run = spawnSync(process.execPath, [main], { env, encoding: 'utf8', timeout: 30000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('DEMO_DATA=true is refused when NODE_ENV=production');
    expect(run.stderr).toContain('METRICS_TOKEN is required when NODE_ENV=production');
  });
});
