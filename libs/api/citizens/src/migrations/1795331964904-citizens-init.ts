import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CitizensInit1795331964904 implements MigrationInterface {
  name = 'CitizensInit1795331964904';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "citizens"');
    await q.query(
      'CREATE TABLE "citizens"."citizen" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "cpr_encrypted" bytea NOT NULL, "cpr_hash" bytea NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "email" character varying(320), "phone" character varying(30), "postal_code" character(4), "benefit_type" character varying(30) NOT NULL, "unemployed_since" date NOT NULL, "unemployment_fund" character varying(100), "assigned_caseworker_id" uuid, "status" character varying(10) NOT NULL DEFAULT \'active\', "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0e19d9fdbdd0d185ce72fe62a04" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "citizen_caseload_idx" ON "citizens"."citizen" ("assigned_caseworker_id", "status") ');
    await q.query('CREATE INDEX "citizen_cpr_hash_idx" ON "citizens"."citizen" ("cpr_hash") ');
    await q.query(
      'CREATE UNIQUE INDEX "citizen_active_cpr_uq" ON "citizens"."citizen" ("municipality_code", "cpr_hash") WHERE status = \'active\'',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "citizens"."citizen_active_cpr_uq"');
    await q.query('DROP INDEX "citizens"."citizen_cpr_hash_idx"');
    await q.query('DROP INDEX "citizens"."citizen_caseload_idx"');
    await q.query('DROP TABLE "citizens"."citizen"');
    await q.query('DROP SCHEMA "citizens"');
  }
}
