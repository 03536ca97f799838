import { testConfig, workerDatabaseUrl } from '@jobunivers/api/testing';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const DEFAULT_KEY = testConfig()
  .secrets.cprKeys.keys.find((k) => k.id === 'default')!
  .key.toString('base64');
const K2 = Buffer.alloc(32, 'the-key-of-2027').toString('base64');

describe('node dist/apps/api/main.js cpr:rotate-key', () => {
  let url: string;
  const run = (env: NodeJS.ProcessEnv) => {
    const result = spawnSync(process.execPath, [MAIN, 'cpr:rotate-key', '--batch=3'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url,
        DATA_DIR: testConfig().dataDir,
        AUTH_MODE: 'dev',
        DEMO_DATA: 'true',
        QUEUE_ENABLED: 'false',
        LOG_LEVEL: 'silent',
        DATA_ENCRYPTION_KEY: DEFAULT_KEY,
        SESSION_SECRET: 's'.repeat(40),
        ...env,
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const keyIds = async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT DISTINCT convert_from(substring(cpr_encrypted FROM 3 FOR get_byte(cpr_encrypted, 1)), 'SQL_ASCII') AS kid FROM citizens.citizen`,
      );
      return rows.map((r: { kid: string }) => r.kid);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    expect(existsSync(MAIN)).toBe(true); // built by the test-int target's dependency on api:build
    url = await workerDatabaseUrl('cpr_rotate_command');
  });

  it('re-encrypts under the new current key, then finds nothing to do; without the key it names the rows it cannot open', async () => {
    const first = run({});
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toContain(
      'CPR key rotation: 4 rows read, 0 re-encrypted, 4 already under the current key, 0 anonymised, 0 failed',
    );
    expect(await keyIds()).toEqual(['default']);

    const rotated = run({ CPR_KEYS: `k2027:${K2}`, CPR_CURRENT_KEY_ID: 'k2027' });
    expect([rotated.status, rotated.stderr]).toEqual([0, '']);
    expect(rotated.stdout).toContain(
      'CPR key rotation: 4 rows read, 4 re-encrypted, 0 already under the current key, 0 anonymised, 0 failed',
    );
    expect(await keyIds()).toEqual(['k2027']);

    const again = run({ CPR_KEYS: `k2027:${K2}`, CPR_CURRENT_KEY_ID: 'k2027' });
    expect(again.stdout).toContain('4 rows read, 0 re-encrypted, 4 already under the current key');

    const keyMissing = run({});
    expect(keyMissing.status).toBe(1);
    expect(keyMissing.stdout).toContain(
      '4 rows read, 0 re-encrypted, 0 already under the current key, 0 anonymised, 4 failed',
    );
    expect(keyMissing.stderr).toMatch(
      /^Rows the configured keys cannot open or the database refused \(ids\): [0-9a-f-]{36}(, [0-9a-f-]{36}){3}\n$/,
    );
    expect(await keyIds()).toEqual(['k2027']);
  }, 300_000);
});
