import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Integration1795380451429 implements MigrationInterface {
  name = 'Integration1795380451429';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "integration"');
    await q.query(
      'CREATE TABLE "integration"."domain_event" ("seq" BIGSERIAL NOT NULL, "id" uuid NOT NULL, "tx_id" bigint NOT NULL, "municipality_code" character(4) NOT NULL, "type" character varying(60) NOT NULL, "citizen_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL, CONSTRAINT "UQ_f901502d0301da69fb8cebbb8f2" UNIQUE ("id"), CONSTRAINT "PK_bc4fc4b0ef2e7e378bb414931d3" PRIMARY KEY ("seq"))',
    );
    await q.query(
      'CREATE INDEX "domain_event_feed_idx" ON "integration"."domain_event" ("municipality_code", "tx_id", "seq") ',
    );
    await q.query(
      'CREATE TABLE "integration"."webhook_delivery" ("id" BIGSERIAL NOT NULL, "webhook_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(60) NOT NULL, "attempt" integer NOT NULL, "outcome" character varying(10) NOT NULL, "response_status" integer, "error" character varying(500), "duration_ms" integer NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "webhook_delivery_log_idx" ON "integration"."webhook_delivery" ("webhook_id", "id") ');
    await q.query(
      'CREATE TABLE "integration"."webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "url" character varying(2000) NOT NULL, "secret" character varying(100) NOT NULL, "types" text array NOT NULL DEFAULT \'{}\', "active" boolean NOT NULL DEFAULT true, "cursor_tx" bigint NOT NULL DEFAULT \'0\', "cursor_seq" bigint NOT NULL DEFAULT \'0\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f7330fb3bdb2e19534eae691d44" UNIQUE ("client_id"), CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "integration"."webhook"');
    await q.query('DROP INDEX "integration"."webhook_delivery_log_idx"');
    await q.query('DROP TABLE "integration"."webhook_delivery"');
    await q.query('DROP INDEX "integration"."domain_event_feed_idx"');
    await q.query('DROP TABLE "integration"."domain_event"');
    await q.query('DROP SCHEMA "integration"');
  }
}
