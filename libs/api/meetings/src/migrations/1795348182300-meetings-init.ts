import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingsInit1795348182300 implements MigrationInterface {
  name = 'MeetingsInit1795348182300';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "meetings"');
    await q.query(
      'CREATE TABLE "meetings"."availability_window" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseworker_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "weekday" smallint NOT NULL, "start_time" character(5) NOT NULL, "end_time" character(5) NOT NULL, "form" character varying(10) NOT NULL, "slot_minutes" smallint NOT NULL, "address" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4394b198b46489d902698d50b74" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "availability_window_municipality_idx" ON "meetings"."availability_window" ("municipality_code") ',
    );
    await q.query(
      'CREATE INDEX "availability_window_caseworker_idx" ON "meetings"."availability_window" ("caseworker_id") ',
    );
    await q.query(
      'CREATE TABLE "meetings"."availability_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseworker_id" uuid NOT NULL, "date" date NOT NULL, "start_time" character(5), "end_time" character(5), "reason" character varying(200), CONSTRAINT "PK_e1445c6b2755ac833669e12f2ab" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "availability_block_caseworker_date_idx" ON "meetings"."availability_block" ("caseworker_id", "date") ',
    );
    await q.query(
      'CREATE TABLE "meetings"."meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "caseworker_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "kind" character varying(20) NOT NULL, "origin" character varying(12) NOT NULL, "form" character varying(10) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(25) NOT NULL, "topic" character varying(300), "address" character varying(200), "phone_number" character varying(30), "video_url" character varying(300), "sequence" integer NOT NULL DEFAULT \'0\', "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "change_request" jsonb, "cancel_reason" character varying(500), "shared_summary" text, "internal_note" text, "outcome_at" TIMESTAMP WITH TIME ZONE, "outcome_by" uuid, "rating" smallint, "rating_comment" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_citizen_no_overlap" EXCLUDE USING gist ("citizen_id" WITH =, tstzrange("starts_at", "ends_at", \'[)\') WITH &&) WHERE ("status" NOT IN (\'cancelled\', \'cancelled_by_jobcentre\')), CONSTRAINT "meeting_caseworker_no_overlap" EXCLUDE USING gist ("caseworker_id" WITH =, tstzrange("starts_at", "ends_at", \'[)\') WITH &&) WHERE ("status" NOT IN (\'cancelled\', \'cancelled_by_jobcentre\')), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "meeting_municipality_idx" ON "meetings"."meeting" ("municipality_code", "starts_at") ',
    );
    await q.query('CREATE INDEX "meeting_caseworker_idx" ON "meetings"."meeting" ("caseworker_id", "starts_at") ');
    await q.query('CREATE INDEX "meeting_citizen_idx" ON "meetings"."meeting" ("citizen_id", "starts_at") ');
    await q.query(
      'CREATE TABLE "meetings"."calendar_feed" ("owner_id" uuid NOT NULL, "owner_kind" character varying(10) NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_523c807b8a36595755f6907ad9a" PRIMARY KEY ("owner_id"))',
    );
    await q.query('CREATE UNIQUE INDEX "calendar_feed_token_uq" ON "meetings"."calendar_feed" ("token_hash") ');
    await q.query(
      'CREATE TABLE "meetings"."notice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "caseworker_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "sequence" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "notice_created_idx" ON "meetings"."notice" ("created_at") ');
    await q.query('CREATE UNIQUE INDEX "notice_once_uq" ON "meetings"."notice" ("meeting_id", "kind", "sequence") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "meetings"."notice_once_uq"');
    await q.query('DROP INDEX "meetings"."notice_created_idx"');
    await q.query('DROP TABLE "meetings"."notice"');
    await q.query('DROP INDEX "meetings"."calendar_feed_token_uq"');
    await q.query('DROP TABLE "meetings"."calendar_feed"');
    await q.query('DROP INDEX "meetings"."meeting_citizen_idx"');
    await q.query('DROP INDEX "meetings"."meeting_caseworker_idx"');
    await q.query('DROP INDEX "meetings"."meeting_municipality_idx"');
    await q.query('DROP TABLE "meetings"."meeting"');
    await q.query('DROP INDEX "meetings"."availability_block_caseworker_date_idx"');
    await q.query('DROP TABLE "meetings"."availability_block"');
    await q.query('DROP INDEX "meetings"."availability_window_caseworker_idx"');
    await q.query('DROP INDEX "meetings"."availability_window_municipality_idx"');
    await q.query('DROP TABLE "meetings"."availability_window"');
    await q.query('DROP SCHEMA "meetings"');
  }
}
