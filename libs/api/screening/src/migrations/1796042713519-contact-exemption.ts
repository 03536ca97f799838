import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 20: exemptions from the contact requirements, at most one in force per citizen. */
export class ContactExemption1796042713519 implements MigrationInterface {
  name = 'ContactExemption1796042713519';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "screening"."contact_exemption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "target_group" character varying(40) NOT NULL, "cohort" character varying(10) NOT NULL, "rule_set_id" character varying(40) NOT NULL, "reason" text NOT NULL, "by_id" uuid NOT NULL, "by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by" uuid, CONSTRAINT "PK_350e1a3947a2a9a15a67203ce27" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "contact_exemption_active_uq" ON "screening"."contact_exemption" ("citizen_id") WHERE "lifted_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "contact_exemption_cohort_idx" ON "screening"."contact_exemption" ("municipality_code", "target_group", "cohort") WHERE "lifted_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "screening"."contact_exemption_cohort_idx"`);
    await q.query(`DROP INDEX "screening"."contact_exemption_active_uq"`);
    await q.query(`DROP TABLE "screening"."contact_exemption"`);
  }
}
