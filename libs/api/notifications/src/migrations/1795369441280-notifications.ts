import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795369441280 implements MigrationInterface {
  name = 'Notifications1795369441280';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "notifications"');
    await q.query(
      'CREATE TABLE "notifications"."announcement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "title" character varying(120) NOT NULL, "body" character varying(1000) NOT NULL, "created_by" uuid NOT NULL, "created_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fanned_out_after" uuid, "recipients" integer NOT NULL DEFAULT \'0\', "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e0ef0550174fd1099a308fd18a0" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "notifications"."notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_kind" character varying(10) NOT NULL, "recipient_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "category" character varying(20) NOT NULL, "kind" character varying(60) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "source_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "notification_source_uq" ON "notifications"."notification" ("source_key") ');
    await q.query(
      'CREATE INDEX "notification_recipient_idx" ON "notifications"."notification" ("recipient_id", "created_at") ',
    );
    await q.query(
      'CREATE TABLE "notifications"."preference" ("recipient_id" uuid NOT NULL, "recipient_kind" character varying(10) NOT NULL, "channels" jsonb NOT NULL, "quiet_hours" boolean NOT NULL DEFAULT true, "quiet_from" character(5) NOT NULL DEFAULT \'22:00\', "quiet_to" character(5) NOT NULL DEFAULT \'07:00\', "language" character(2) NOT NULL DEFAULT \'da\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43efa2ecdcd9b72090e581f7727" PRIMARY KEY ("recipient_id"))',
    );
    await q.query(
      'CREATE TABLE "notifications"."push_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_kind" character varying(10) NOT NULL, "recipient_id" uuid NOT NULL, "endpoint" character varying(1000) NOT NULL, "p256dh" character varying(200) NOT NULL, "auth" character varying(100) NOT NULL, "user_agent" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_07fc861c0d2c38c1b830fb9cb5d" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "push_subscription_recipient_idx" ON "notifications"."push_subscription" ("recipient_id") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "push_subscription_endpoint_uq" ON "notifications"."push_subscription" ("endpoint") ',
    );
    await q.query(
      'CREATE TABLE "notifications"."delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "channel" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "not_before" TIMESTAMP WITH TIME ZONE NOT NULL, "ttl" integer NOT NULL DEFAULT \'0\', "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" character varying(300), CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "delivery_due_idx" ON "notifications"."delivery" ("not_before") WHERE status IN (\'pending\', \'sending\')',
    );
    await q.query(
      'CREATE UNIQUE INDEX "delivery_once_uq" ON "notifications"."delivery" ("notification_id", "channel") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "notifications"."delivery_once_uq"');
    await q.query('DROP INDEX "notifications"."delivery_due_idx"');
    await q.query('DROP TABLE "notifications"."delivery"');
    await q.query('DROP INDEX "notifications"."push_subscription_endpoint_uq"');
    await q.query('DROP INDEX "notifications"."push_subscription_recipient_idx"');
    await q.query('DROP TABLE "notifications"."push_subscription"');
    await q.query('DROP TABLE "notifications"."preference"');
    await q.query('DROP INDEX "notifications"."notification_recipient_idx"');
    await q.query('DROP INDEX "notifications"."notification_source_uq"');
    await q.query('DROP TABLE "notifications"."notification"');
    await q.query('DROP TABLE "notifications"."announcement"');
    await q.query('DROP SCHEMA "notifications"');
  }
}
