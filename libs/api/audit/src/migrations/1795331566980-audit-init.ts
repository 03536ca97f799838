import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditInit1795331566980 implements MigrationInterface {
  name = 'AuditInit1795331566980';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "audit"');
    await q.query(
      'CREATE TABLE "audit"."audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" character varying(10) NOT NULL, "actor_id" uuid NOT NULL, "actor_name" character varying(200) NOT NULL, "actor_municipality_code" character(4) NOT NULL, "citizen_id" uuid, "action" character varying(10) NOT NULL, "resource" character varying(100) NOT NULL, "resource_id" character varying(100), "purpose" character varying(500), "outcome" character varying(10) NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "audit_event_actor_idx" ON "audit"."audit_event" ("actor_id", "occurred_at") ');
    await q.query(
      'CREATE INDEX "audit_event_municipality_idx" ON "audit"."audit_event" ("actor_municipality_code", "occurred_at") ',
    );
    await q.query('CREATE INDEX "audit_event_citizen_idx" ON "audit"."audit_event" ("citizen_id", "occurred_at") ');
    // Append-only: the database itself refuses to change or remove audit rows.
    await q.query(`
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit.audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit.audit_event FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`,
    );
    await q.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit.audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_no_truncate ON audit.audit_event`);
    await q.query(`DROP TRIGGER audit_event_append_only ON audit.audit_event`);
    await q.query(`DROP FUNCTION audit.refuse_change()`);
    await q.query('DROP INDEX "audit"."audit_event_citizen_idx"');
    await q.query('DROP INDEX "audit"."audit_event_municipality_idx"');
    await q.query('DROP INDEX "audit"."audit_event_actor_idx"');
    await q.query('DROP TABLE "audit"."audit_event"');
    await q.query('DROP SCHEMA "audit"');
  }
}
