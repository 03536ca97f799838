import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, DEFAULT_PUSH_ENDPOINT_HOSTS, loadConfig } from '@jobunivers/api/config';

/** Fixed test secrets: like a real deployment, every app instance on one database shares its keys. */
const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 'jobunivers-test-key').toString('base64');
const TEST_SESSION_SECRET = 'jobunivers-test-session-secret-not-for-production';

/** Limits no test run reaches, for every RATE_LIMIT_<BUCKET> (tests of a limit set their own). */
export const HIGH_RATE_LIMITS = {
  RATE_LIMIT_JOB_MATCHES: '1000000/60',
  RATE_LIMIT_JOB_SEARCH: '1000000/60',
  RATE_LIMIT_JOB_IMPORT: '1000000/60',
  RATE_LIMIT_DATA_EXPORT: '1000000/60',
  RATE_LIMIT_REPORTS: '1000000/60',
} as const;

/** A validated config for tests: test env, its own temp DATA_DIR, no demo data, quiet logs, outbound requests to 127.0.0.1 allowed. */
export function testConfig(env: NodeJS.ProcessEnv = {}): AppConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobunivers-test-data-'));
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    AUTH_MODE: 'dev',
    DATA_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    SESSION_SECRET: TEST_SESSION_SECRET,
    // Suites sign in and call the limited routes far more often than a person; the limits
    // themselves are tested with low values.
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...HIGH_RATE_LIMITS,
    // The local push receiver and webhook receivers listen on 127.0.0.1; specs of the refusals turn these off.
    PUSH_ENDPOINT_HOSTS: `${DEFAULT_PUSH_ENDPOINT_HOSTS},127.0.0.1`,
    OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true',
    ...env,
  });
}
