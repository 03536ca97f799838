import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, loadConfig } from '@jobunivers/api/config';

/** A validated config for tests: test env, its own temp DATA_DIR, no demo data, quiet logs. */
export function testConfig(env: NodeJS.ProcessEnv = {}): AppConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobunivers-test-data-'));
  return loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'silent', AUTH_MODE: 'dev', ...env });
}
