import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** pg-boss's database interface on the caller's transaction: pg-boss's own statements, run with the caller's manager. */
export function inTransaction(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
}
