import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A value for a jsonb column (plain arrays are written as PostgreSQL arrays). */
export class Json {
  constructor(readonly value: unknown) {}
}
export const json = (value: unknown) => new Json(value);

/** One value in PostgreSQL's COPY text format (arrays and bytea in their text forms, then escaped). */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (Buffer.isBuffer(value)) text = `\\x${value.toString('hex')}`;
  else if (value instanceof Json) text = JSON.stringify(value.value);
  else if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
}

/**
 * Streams rows into `COPY <table> (<columns>) FROM STDIN` — PostgreSQL's bulk path, one round trip
 * per table — in 1,000-row chunks with backpressure. Returns the number of rows written.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(row.map(copyValue).join('\t'));
      count++;
      if (chunk.length === 1000) {
        yield chunk.join('\n') + '\n';
        chunk = [];
      }
    }
    if (chunk.length) yield chunk.join('\n') + '\n';
  }
  await pipeline(
    Readable.from(chunks()),
    client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`)),
  );
  return count;
}

/**
 * Runs `load` with the table's secondary indexes and exclusion constraints dropped, then builds them
 * again — one sorted build instead of millions of index insertions (the usual bulk-load recipe).
 * The definitions are read from the catalog, so they are exactly the migrations' own.
 */
export async function withIndexesDeferred<T>(client: PoolClient, table: string, load: () => Promise<T>): Promise<T> {
  const constraints = (
    await client.query<{ name: string; def: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'x'`,
      [table],
    )
  ).rows;
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [table],
    )
  ).rows;
  for (const c of constraints) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  const result = await load();
  for (const i of indexes) await client.query(i.def);
  for (const c of constraints) await client.query(`ALTER TABLE ${table} ADD CONSTRAINT "${c.name}" ${c.def}`);
  return result;
}
