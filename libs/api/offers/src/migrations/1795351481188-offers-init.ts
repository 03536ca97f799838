import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OffersInit1795351481188 implements MigrationInterface {
  name = 'OffersInit1795351481188';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "offers"');
    await q.query(
      'CREATE TABLE "offers"."offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "title_da" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "description_da" text NOT NULL, "description_en" text NOT NULL, "provider" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "mode" character varying(20) NOT NULL, "location" character varying(200), "self_paced" boolean NOT NULL DEFAULT false, "sessions" jsonb NOT NULL DEFAULT \'[]\', "capacity" integer, "enrolled" integer NOT NULL DEFAULT \'0\', "benefit_types" text array NOT NULL DEFAULT \'{}\', "tracks" text array NOT NULL DEFAULT \'{}\', "requires_approval" boolean NOT NULL DEFAULT false, "skills" text array NOT NULL DEFAULT \'{}\', "status" character varying(12) NOT NULL DEFAULT \'draft\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "offer_enrolled_ck" CHECK ("enrolled" >= 0), CONSTRAINT "offer_capacity_ck" CHECK ("capacity" IS NULL OR ("capacity" >= 0 AND "enrolled" <= "capacity")), CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "offer_municipality_status_idx" ON "offers"."offer" ("municipality_code", "status") ');
    await q.query(
      'CREATE TABLE "offers"."plan_goal" ("citizen_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "occupations" character(4) array NOT NULL DEFAULT \'{}\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e79ae4e835d0aa49c46c9c8628" PRIMARY KEY ("citizen_id"))',
    );
    await q.query(
      'CREATE TABLE "offers"."plan_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "offer_id" uuid, "activity_title" character varying(200), "due_date" date, "status" character varying(20) NOT NULL, "waitlisted_at" TIMESTAMP WITH TIME ZONE, "suggested_by" uuid, "suggestion_note" character varying(1000), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbd65c4526b9af914f7ab1e9a3c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "plan_item_pending_idx" ON "offers"."plan_item" ("municipality_code", "status") ');
    await q.query(
      'CREATE INDEX "plan_item_offer_status_idx" ON "offers"."plan_item" ("offer_id", "status", "waitlisted_at") ',
    );
    await q.query('CREATE INDEX "plan_item_citizen_idx" ON "offers"."plan_item" ("citizen_id", "created_at") ');
    await q.query(
      'CREATE UNIQUE INDEX "plan_item_active_offer_uq" ON "offers"."plan_item" ("citizen_id", "offer_id") WHERE offer_id IS NOT NULL AND status IN (\'suggested\', \'pending_approval\', \'enrolled\', \'waitlisted\')',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "offers"."plan_item_active_offer_uq"');
    await q.query('DROP INDEX "offers"."plan_item_citizen_idx"');
    await q.query('DROP INDEX "offers"."plan_item_offer_status_idx"');
    await q.query('DROP INDEX "offers"."plan_item_pending_idx"');
    await q.query('DROP TABLE "offers"."plan_item"');
    await q.query('DROP TABLE "offers"."plan_goal"');
    await q.query('DROP INDEX "offers"."offer_municipality_status_idx"');
    await q.query('DROP TABLE "offers"."offer"');
    await q.query('DROP SCHEMA "offers"');
  }
}
