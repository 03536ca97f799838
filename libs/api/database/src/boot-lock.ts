import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/**
 * The key of the boot lock (a PostgreSQL session-level advisory lock; "jobuni" in ASCII). Fixed,
 * so every instance of every version contends for the same one.
 */
export const BOOT_LOCK_KEY = 0x6a6f62756e69n;

/**
 * Runs `boot` (the API's start: migrations, pg-boss's schema and queues, schedules, demo data)
 * while holding the boot lock on one dedicated connection, so instances started together boot one
 * after another: the second waits, then finds every migration applied and every seed loaded. The
 * lock goes with its connection, so an instance killed while booting never leaves it behind.
 */
export async function withBootLock<T>(
  databaseUrl: string,
  boot: () => Promise<T>,
  logger = new Logger('BootLock'),
): Promise<T> {
  const client = new Client({
    connectionString: databaseUrl,
    application_name: 'jobunivers-boot',
    connectionTimeoutMillis: 10_000,
  });
  // A connection lost while waiting or booting: the query in flight fails (and with it the start).
  client.on('error', (err) => logger.warn(`boot lock connection: ${err.message}`));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
      BOOT_LOCK_KEY.toString(),
    ]);
    if (!rows[0]?.locked) {
      logger.log('Another instance is starting; waiting for it to finish migrations and setup');
      const waited = Date.now();
      await client.query('SELECT pg_advisory_lock($1::bigint)', [BOOT_LOCK_KEY.toString()]);
      logger.log(`Boot lock taken after ${Date.now() - waited} ms`);
    }
    return await boot();
  } finally {
    // Ending the session releases the lock (also when the unlock itself cannot be sent).
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [BOOT_LOCK_KEY.toString()]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
