import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningInit1795340377192 implements MigrationInterface {
  name = 'ScreeningInit1795340377192';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "screening"');
    await q.query(
      'CREATE TABLE "screening"."queue_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "reason" character varying(40) NOT NULL, "due_key" character varying(80) NOT NULL, "due_date" date NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "resolution" text, CONSTRAINT "PK_88353f29fe28c36483468cd2191" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "queue_item_open_idx" ON "screening"."queue_item" ("municipality_code", "status", "due_date") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "queue_item_once_uq" ON "screening"."queue_item" ("citizen_id", "reason", "due_key") ',
    );
    await q.query(
      'CREATE TABLE "screening"."screening" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "caseworker_id" uuid NOT NULL, "caseworker_name" character varying(200) NOT NULL, "indicators" jsonb NOT NULL, "assessment" text NOT NULL, "track" character varying(20) NOT NULL, "summary_for_citizen" text NOT NULL, "next_screening_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "citizen_comment" text, "change_requested" boolean NOT NULL DEFAULT false, "commented_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5111bc526c9133721aeffb9a578" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "screening_citizen_idx" ON "screening"."screening" ("citizen_id", "created_at") ');
    await q.query(
      'CREATE TABLE "screening"."help_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_166d671334639318e1d6fc6cb8d" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "help_request_citizen_idx" ON "screening"."help_request" ("citizen_id", "created_at") ',
    );
    await q.query(
      'CREATE TABLE "screening"."self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "answers" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_959d1493830e871c37291fa8f55" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "self_assessment_citizen_idx" ON "screening"."self_assessment" ("citizen_id", "created_at") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "screening"."self_assessment_citizen_idx"');
    await q.query('DROP TABLE "screening"."self_assessment"');
    await q.query('DROP INDEX "screening"."help_request_citizen_idx"');
    await q.query('DROP TABLE "screening"."help_request"');
    await q.query('DROP INDEX "screening"."screening_citizen_idx"');
    await q.query('DROP TABLE "screening"."screening"');
    await q.query('DROP INDEX "screening"."queue_item_once_uq"');
    await q.query('DROP INDEX "screening"."queue_item_open_idx"');
    await q.query('DROP TABLE "screening"."queue_item"');
    await q.query('DROP SCHEMA "screening"');
  }
}
