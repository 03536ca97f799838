import { Client } from 'pg';

/**
 * The database of this jest worker: created on first use in the run's PostgreSQL, so parallel
 * workers never share state. Test files within one worker share it; they create their own data.
 * A `purpose` gives a spec a database of its own (e.g. one filled with the scale data).
 */
export async function workerDatabaseUrl(purpose?: string): Promise<string> {
  if (purpose !== undefined && !/^[a-z0-9_]+$/.test(purpose))
    throw new Error('purpose: lower-case letters, digits and _ only');
  const admin = process.env['JOBUNIVERS_TEST_ADMIN_URL'];
  if (!admin)
    throw new Error(
      'JOBUNIVERS_TEST_ADMIN_URL is not set: run integration tests through jest.int.config.cjs (its globalSetup starts PostgreSQL)',
    );
  const name = `jobunivers_test_${process.env['JEST_WORKER_ID'] ?? '0'}${purpose ? `_${purpose}` : ''}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [name]);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
    await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
