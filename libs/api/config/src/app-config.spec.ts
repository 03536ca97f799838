import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, authMode: 'dev', demoData: true, dataDir: join(cwd, '.data') });
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.secrets.dataEncryptionKey).toHaveLength(32);
  });

  it('names PORT when it is not a number', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual(['PORT must be an integer between 1 and 65535 (got "abc")']);
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
    ]);
  });

  it('reads the push services allowed and refuses private outbound addresses in production', () => {
    const config = loadConfig({}, tmp());
    expect(config.notifications.pushEndpointHosts).toEqual(['fcm.googleapis.com', 'updates.push.services.mozilla.com', '*.push.services.mozilla.com', '*.push.apple.com', '*.notify.windows.com']);
    expect(config.outbound.allowPrivateAddresses).toBe(false);
    const local = loadConfig({ PUSH_ENDPOINT_HOSTS: ' FCM.googleapis.com, 127.0.0.1', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' }, tmp());
    expect(local.notifications.pushEndpointHosts).toEqual(['fcm.googleapis.com', '127.0.0.1']);
    expect(local.outbound.allowPrivateAddresses).toBe(true);
    expect(problemsOf({ PUSH_ENDPOINT_HOSTS: 'https://fcm.googleapis.com' })).toEqual([expect.stringMatching(/^PUSH_ENDPOINT_HOSTS must be host names separated by commas/)]);
    expect(problemsOf({ PUSH_ENDPOINT_HOSTS: '*' })).toEqual([expect.stringMatching(/^PUSH_ENDPOINT_HOSTS must be host names/)]);
    expect(problemsOf({ OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'yes' })).toEqual([expect.stringMatching(/^OUTBOUND_ALLOW_PRIVATE_ADDRESSES must be true or false/)]);
    expect(problemsOf({ NODE_ENV: 'production', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true' })).toContain('OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true (webhooks and pushes to internal addresses) is refused when NODE_ENV=production');
  });

  it('generates Web Push (VAPID) keys in development and refuses half a key pair', () => {
    const { vapid } = loadConfig({}, tmp()).notifications;
    expect(vapid.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(Buffer.from(vapid.publicKey, 'base64url')[0]).toBe(4);
    expect(vapid.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(problemsOf({ VAPID_PUBLIC_KEY: vapid.publicKey })).toEqual(['VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: give both or neither']);
    expect(problemsOf({ SMTP_URL: 'http://mail' })).toEqual([expect.stringMatching(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/)]);
  });

  it('defaults to external auth and no demo data with an external database', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/jobunivers' }, tmp());
    expect(config).toMatchObject({ authMode: 'external', demoData: false, databaseUrl: 'postgres://u:p@db:5432/jobunivers' });
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
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', DATA_ENCRYPTION_KEY: key, SESSION_SECRET: 'x'.repeat(40), ...vapid }, tmp());
    expect(config.secrets.dataEncryptionKey.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(config.notifications.vapid).toMatchObject({ publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY });
    expect(config.authMode).toBe('external');
  });

  it('reads the re-screening weeks, sorted and without repeats, and refuses a malformed list', () => {
    expect(loadConfig({}, tmp()).screeningWeeks).toEqual([6, 13, 26]);
    expect(loadConfig({ SCREENING_WEEKS: '26,4,13,4' }, tmp()).screeningWeeks).toEqual([4, 13, 26]);
    expect(problemsOf({ SCREENING_WEEKS: 'six' })).toEqual([expect.stringMatching(/^SCREENING_WEEKS must be weeks of unemployment/)]);
  });
});
