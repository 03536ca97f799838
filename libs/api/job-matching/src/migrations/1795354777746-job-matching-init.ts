import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobMatchingInit1795354777746 implements MigrationInterface {
  name = 'JobMatchingInit1795354777746';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "job_matching"');
    await q.query(
      'CREATE TABLE "job_matching"."joblog_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "job_ad_id" uuid, "employer" character varying(200) NOT NULL, "title" character varying(200) NOT NULL, "applied_on" date NOT NULL, "status" character varying(12) NOT NULL, "notes" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b33727d01b92cef64f1ff79c04" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "joblog_citizen_idx" ON "job_matching"."joblog_entry" ("citizen_id", "applied_on") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "job_matching"."joblog_citizen_idx"');
    await q.query('DROP TABLE "job_matching"."joblog_entry"');
    await q.query('DROP SCHEMA "job_matching"');
  }
}
