import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of the audit log: still append-only, except that the retention job may delete rows
 * older than the cutoff it declares for its own transaction (`SET LOCAL audit.retention_cutoff`).
 * Updates, truncation and deleting any newer row stay refused by the database.
 */
export class AuditRetention1795381600000 implements MigrationInterface {
  name = 'AuditRetention1795381600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cutoff text := current_setting('audit.retention_cutoff', true);
      BEGIN
        IF TG_OP = 'DELETE' AND coalesce(cutoff, '') <> '' AND OLD.occurred_at < cutoff::timestamptz THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit.audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit.audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }
}
