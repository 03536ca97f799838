import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CitizensCases1795339605222 implements MigrationInterface {
  name = 'CitizensCases1795339605222';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "citizens"."timeline_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" character varying(60) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_61a61c7f75f9c69d73d7a2fd666" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "timeline_entry_citizen_idx" ON "citizens"."timeline_entry" ("citizen_id", "occurred_at") ',
    );
    await q.query('ALTER TABLE "citizens"."citizen" ADD "outcome" character varying(20)');
    await q.query('ALTER TABLE "citizens"."citizen" ADD "outcome_date" date');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "citizens"."citizen" DROP COLUMN "outcome_date"');
    await q.query('ALTER TABLE "citizens"."citizen" DROP COLUMN "outcome"');
    await q.query('DROP INDEX "citizens"."timeline_entry_citizen_idx"');
    await q.query('DROP TABLE "citizens"."timeline_entry"');
  }
}
