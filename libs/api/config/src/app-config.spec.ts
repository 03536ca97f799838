import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const tmp = () => mkdtempSync(join(tmpdir(), 'jobunivers-config-'));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, tmp());
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    const cwd = tmp();
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      authMode: 'dev',
      demoData: true,
      dataDir: join(cwd, '.data'),
    });
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.secrets.cprKeys).toMatchObject({
      currentKeyId: 'default',
      legacyKeyId: 'default',
      keys: [{ id: 'default' }],
    });
    expect(config.secrets.cprKeys.keys[0].key).toHaveLength(32);
  });

  it('caps job alerts per citizen and day: 10 by default, JOB_ALERTS_DAILY_CAP within 1–1000', () => {
    expect(loadConfig({}, tmp()).jobAlerts).toEqual({ dailyCap: 10 });
    expect(loadConfig({ JOB_ALERTS_DAILY_CAP: '3' }, tmp()).jobAlerts).toEqual({ dailyCap: 3 });
    expect(problemsOf({ JOB_ALERTS_DAILY_CAP: '0' })).toEqual([
      'JOB_ALERTS_DAILY_CAP must be an integer between 1 and 1000 (got "0")',
    ]);
  });

  it('names PORT when it is not a number', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual(['PORT must be an integer between 1 and 65535 (got "abc")']);
  });

  it('reads rate limits as <requests>/<seconds> per bucket and names a bad one', () => {
    const config = loadConfig({ RATE_LIMIT_JOB_MATCHES: '5/2', AUTH_RATE_LIMIT_PER_MINUTE: '7' }, tmp());
    expect(config.rateLimits['job-matches']).toEqual({ limit: 5, windowSeconds: 2 });
    expect(config.rateLimits.auth).toEqual({ limit: 7, windowSeconds: 60 });
    expect(config.rateLimits['data-export']).toEqual({ limit: 20, windowSeconds: 3600 });
    expect(problemsOf({ RATE_LIMIT_REPORTS: '0/60' })).toEqual([
      'RATE_LIMIT_REPORTS must be <requests>/<seconds>, e.g. 120/60 (requests 1–9999999, seconds 1–999999) (got "0/60")',
    ]);
  });

  it('names every bad setting at once', () => {
    const problems = problemsOf({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL must be a postgres/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(problems).toHaveLength(3);
  });

  it('refuses dev-only switches and missing secrets in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', AUTH_MODE: 'dev', DEMO_DATA: 'true' });
    expect(problems).toEqual([
      'AUTH_MODE=dev (the bundled test identity provider) is refused when NODE_ENV=production',
      'DEMO_DATA=true is refused when NODE_ENV=production',
      'DATA_ENCRYPTION_KEY is required when NODE_ENV=production',
      'SESSION_SECRET is required when NODE_ENV=production',
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required when NODE_ENV=production (npx web-push generate-vapid-keys)',
      'METRICS_TOKEN is required when NODE_ENV=production (/api/metrics is public without it)',
    ]);
  });

  it('never loads demo data in production: DEMO_DATA=true refused, off by default (also with the embedded database)', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const env = {
      NODE_ENV: 'production',
      DATA_ENCRYPTION_KEY: key,
      SESSION_SECRET: 'x'.repeat(40),
      VAPID_PUBLIC_KEY: `B${'A'.repeat(86)}`,
      VAPID_PRIVATE_KEY: 'C'.repeat(43),
      METRICS_TOKEN: 'm'.repeat(32),
      AUTH_MODE: 'external',
    };
    expect(problemsOf({ ...env, DEMO_DATA: 'true' })).toEqual(['DEMO_DATA=true is refused when NODE_ENV=production']);
    expect(problemsOf({ ...env, METRICS_TOKEN: '' })).toEqual([
      'METRICS_TOKEN is required when NODE_ENV=production (/api/metrics is public without it)',
    ]);
    expect(loadConfig(env, tmp())).toMatchObject({ demoData: false, usesEmbeddedDatabase: true, authMode: 'external' });
    expect(loadConfig({ ...env, DATABASE_URL: 'postgres://db/x' }, tmp()).demoData).toBe(false);
  });

  it('reads the push services allowed, the push encryption workers, and refuses private outbound addresses in production', () => {
    const config = loadConfig({}, tmp());
    expect(config.notifications.pushEndpointHosts).toEqual([
      'fcm.googleapis.com',
      'updates.push.services.mozilla.com',
      '*.push.services.mozilla.com',
      '*.push.apple.com',
      '*.notify.windows.com',
    ]);
    expect(config.outbound.allowPrivateAddresses).toBe(false);
    const local = loadConfig(
      { PUSH_ENDPOINT_HOSTS: ' FCM.googleapis.com, 127.0.0.1', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' },
      tmp(),
    );
    expect(local.notifications.pushEndpointHosts).toEqual(['fcm.googleapis.com', '127.0.0.1']);
    expect(local.outbound.allowPrivateAddresses).toBe(true);
    expect(problemsOf({ PUSH_ENDPOINT_HOSTS: 'https://fcm.googleapis.com' })).toEqual([
      expect.stringMatching(/^PUSH_ENDPOINT_HOSTS must be host names separated by commas/),
    ]);
    expect(problemsOf({ PUSH_ENDPOINT_HOSTS: '*' })).toEqual([
      expect.stringMatching(/^PUSH_ENDPOINT_HOSTS must be host names/),
    ]);
    expect(config.notifications.pushEncryptionWorkers).toBe(availableParallelism());
    expect(loadConfig({ PUSH_ENCRYPTION_WORKERS: '0' }, tmp()).notifications.pushEncryptionWorkers).toBe(0);
    expect(problemsOf({ PUSH_ENCRYPTION_WORKERS: '-1' })).toEqual([
      expect.stringMatching(/^PUSH_ENCRYPTION_WORKERS must be an integer between 0 and 64/),
    ]);
    expect(problemsOf({ OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toEqual([
      expect.stringMatching(/^OUTBOUND_ALLOW_PRIVATE_ADDRESSES must be true or false/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' })).toContain(
      'OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true (webhooks and pushes to internal addresses) is refused when NODE_ENV=production',
    );
  });

  it('generates Web Push (VAPID) keys in development and refuses half a key pair', () => {
    const { vapid } = loadConfig({}, tmp()).notifications;
    expect(vapid.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(Buffer.from(vapid.publicKey, 'base64url')[0]).toBe(4);
    expect(vapid.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(problemsOf({ VAPID_PUBLIC_KEY: vapid.publicKey })).toEqual([
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: give both or neither',
    ]);
    expect(problemsOf({ SMTP_URL: 'http://mail' })).toEqual([
      expect.stringMatching(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/),
    ]);
  });

  it('defaults to external auth and no demo data with an external database', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/jobunivers' }, tmp());
    expect(config).toMatchObject({
      authMode: 'external',
      demoData: false,
      databaseUrl: 'postgres://u:p@db:5432/jobunivers',
    });
  });

  it('generates dev secrets once into DATA_DIR with owner-only permissions and reuses them', () => {
    const cwd = tmp();
    const first = loadConfig({}, cwd);
    const second = loadConfig({}, cwd);
    expect(second.secrets.sessionSecret).toBe(first.secrets.sessionSecret);
    const file = join(cwd, '.data', 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).sessionSecret).toBe(first.secrets.sessionSecret);
  });

  it('takes secrets from the environment when given', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const vapid = { VAPID_PUBLIC_KEY: `B${'A'.repeat(86)}`, VAPID_PRIVATE_KEY: 'C'.repeat(43) };
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        DATA_ENCRYPTION_KEY: key,
        SESSION_SECRET: 'x'.repeat(40),
        METRICS_TOKEN: 'm'.repeat(32),
        ...vapid,
      },
      tmp(),
    );
    expect(config.secrets.cprKeys.keys).toEqual([{ id: 'default', key: Buffer.alloc(32, 7) }]);
    expect(config.notifications.vapid).toMatchObject({
      publicKey: vapid.VAPID_PUBLIC_KEY,
      privateKey: vapid.VAPID_PRIVATE_KEY,
    });
    expect(config.authMode).toBe('external');
  });

  describe('CPR keys', () => {
    const b64 = (fill: number) => Buffer.alloc(32, fill).toString('base64');
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      SESSION_SECRET: 'x'.repeat(40),
      VAPID_PUBLIC_KEY: `B${'A'.repeat(86)}`,
      VAPID_PRIVATE_KEY: 'C'.repeat(43),
      METRICS_TOKEN: 'm'.repeat(32),
    };

    it('keeps DATA_ENCRYPTION_KEY as the key "default" (also for the legacy format) and adds CPR_KEYS; the current one is named', () => {
      const config = loadConfig(
        {
          ...production,
          DATA_ENCRYPTION_KEY: b64(1),
          CPR_KEYS: `k2027:${b64(2)}, k2028:${b64(3)}`,
          CPR_CURRENT_KEY_ID: 'k2027',
        },
        tmp(),
      );
      expect(config.secrets.cprKeys).toEqual({
        currentKeyId: 'k2027',
        legacyKeyId: 'default',
        keys: [
          { id: 'default', key: Buffer.alloc(32, 1) },
          { id: 'k2027', key: Buffer.alloc(32, 2) },
          { id: 'k2028', key: Buffer.alloc(32, 3) },
        ],
      });
    });

    it('runs in production on CPR_KEYS alone once the old key is removed, and then needs CPR_CURRENT_KEY_ID', () => {
      expect(
        loadConfig({ ...production, CPR_KEYS: `k2027:${b64(2)}`, CPR_CURRENT_KEY_ID: 'k2027' }, tmp()).secrets.cprKeys,
      ).toEqual({ currentKeyId: 'k2027', legacyKeyId: undefined, keys: [{ id: 'k2027', key: Buffer.alloc(32, 2) }] });
      expect(problemsOf({ ...production, CPR_KEYS: `k2027:${b64(2)}` })).toEqual([
        'CPR_CURRENT_KEY_ID is required when CPR_KEYS is given without DATA_ENCRYPTION_KEY',
      ]);
    });

    it('names each bad entry without echoing a key', () => {
      const secret = b64(9);
      const problems = problemsOf({
        CPR_KEYS: `k1:${secret.slice(1)},bad id:${secret},default:${secret},k2:${secret},k2:${secret},nocolon`,
        CPR_CURRENT_KEY_ID: 'k3',
      });
      expect(problems).toEqual([
        'CPR_KEYS: the key "k1" must be 32 random bytes, base64-encoded (44 characters)',
        'CPR_KEYS: entry 2 must be <key id>:<32 random bytes, base64>, the key id 1–32 characters of A–Z, a–z, 0–9, _ and -',
        'CPR_KEYS: the key id "default" is DATA_ENCRYPTION_KEY\'s; give the key another id',
        'CPR_KEYS: the key id "k2" is given twice',
        'CPR_KEYS: entry 6 must be <key id>:<32 random bytes, base64>, the key id 1–32 characters of A–Z, a–z, 0–9, _ and -',
        'CPR_CURRENT_KEY_ID "k3" names no key: give it in CPR_KEYS (or use "default", the DATA_ENCRYPTION_KEY)',
      ]);
      expect(problems.join('\n')).not.toContain(secret.slice(1, 20));
      expect(problemsOf({ CPR_CURRENT_KEY_ID: 'no spaces' })).toEqual([
        'CPR_CURRENT_KEY_ID must be a key id of 1–32 characters (A–Z, a–z, 0–9, _ and -) (got "no spaces")',
      ]);
    });
  });

  it('reads the re-screening weeks, sorted and without repeats, and refuses a malformed list', () => {
    expect(loadConfig({}, tmp()).screeningWeeks).toEqual([6, 13, 26]);
    expect(loadConfig({ SCREENING_WEEKS: '26,4,13,4' }, tmp()).screeningWeeks).toEqual([4, 13, 26]);
    expect(problemsOf({ SCREENING_WEEKS: 'six' })).toEqual([
      expect.stringMatching(/^SCREENING_WEEKS must be weeks of unemployment/),
    ]);
  });
});
