import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmployersInit1796621079433 implements MigrationInterface {
  name = 'EmployersInit1796621079433';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "employers"');
    await q.query(
      'CREATE TABLE "employers"."visibility" ("citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "level" character varying(10) NOT NULL, "share_email" boolean NOT NULL DEFAULT false, "share_phone" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8371b7e8afc370a3009390fb3ae" PRIMARY KEY ("citizen_id"))',
    );
    await q.query(
      'CREATE INDEX "visibility_municipality_idx" ON "employers"."visibility" ("municipality_code", "level") ',
    );
    await q.query(
      'CREATE TABLE "employers"."proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'invited\', "proposed_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "proposal_citizen_idx" ON "employers"."proposal" ("citizen_id", "created_at") ');
    await q.query(
      'CREATE UNIQUE INDEX "proposal_request_citizen_idx" ON "employers"."proposal" ("request_id", "citizen_id") ',
    );
    await q.query(
      'CREATE TABLE "employers"."placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "cvr" character(8) NOT NULL, "kind" character varying(20) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "hours_per_week" smallint NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'active\', "plan_item_id" uuid NOT NULL, "approved_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, "reported_by" character varying(10), CONSTRAINT "UQ_4738073e2cd729022127123995b" UNIQUE ("proposal_id"), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "placement_municipality_idx" ON "employers"."placement" ("municipality_code", "start_date") ',
    );
    await q.query('CREATE INDEX "placement_company_idx" ON "employers"."placement" ("cvr", "start_date") ');
    await q.query(
      'CREATE TABLE "employers"."employer_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cvr" character(8) NOT NULL, "company_name" character varying(200) NOT NULL, "created_by" uuid NOT NULL, "created_by_name" character varying(200) NOT NULL, "municipality_code" character(4) NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(5000) NOT NULL, "occupation_code" character(4) NOT NULL, "postal_code" character(4) NOT NULL, "hours_per_week" smallint, "positions" smallint, "start_by" date, "status" character varying(20) NOT NULL DEFAULT \'new\', "outcome" character varying(20), "consultant_id" uuid, "consultant_name" character varying(200), "first_response_at" TIMESTAMP WITH TIME ZONE, "candidates_sent_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "job_ad_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_022b3ed4268412777f5df6c3907" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "employer_request_inbox_idx" ON "employers"."employer_request" ("municipality_code", "status", "created_at") ',
    );
    await q.query(
      'CREATE INDEX "employer_request_company_idx" ON "employers"."employer_request" ("cvr", "created_at") ',
    );
    await q.query(
      'CREATE TABLE "employers"."request_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "author_kind" character varying(10) NOT NULL, "author_id" uuid NOT NULL, "author_name" character varying(200) NOT NULL, "body" character varying(5000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2abc687f76b2e31fc2dba1dd017" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "request_message_thread_idx" ON "employers"."request_message" ("request_id", "created_at") ',
    );
    await q.query(
      'CREATE TABLE "employers"."company" ("cvr" character(8) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6fc5e23efb369208f608b3bbcbc" PRIMARY KEY ("cvr"))',
    );
    await q.query(
      'CREATE TABLE "employers"."employer_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cvr" character(8) NOT NULL, "name" character varying(200) NOT NULL, "professional_uuid" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_5af87c82cbc1667cf271426b860" UNIQUE ("professional_uuid"), CONSTRAINT "PK_6b1262606e8e48d624fa5557b3e" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "employer_user_company_idx" ON "employers"."employer_user" ("cvr") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "employers"."employer_user_company_idx"');
    await q.query('DROP TABLE "employers"."employer_user"');
    await q.query('DROP TABLE "employers"."company"');
    await q.query('DROP INDEX "employers"."request_message_thread_idx"');
    await q.query('DROP TABLE "employers"."request_message"');
    await q.query('DROP INDEX "employers"."employer_request_company_idx"');
    await q.query('DROP INDEX "employers"."employer_request_inbox_idx"');
    await q.query('DROP TABLE "employers"."employer_request"');
    await q.query('DROP INDEX "employers"."placement_company_idx"');
    await q.query('DROP INDEX "employers"."placement_municipality_idx"');
    await q.query('DROP TABLE "employers"."placement"');
    await q.query('DROP INDEX "employers"."proposal_request_citizen_idx"');
    await q.query('DROP INDEX "employers"."proposal_citizen_idx"');
    await q.query('DROP TABLE "employers"."proposal"');
    await q.query('DROP INDEX "employers"."visibility_municipality_idx"');
    await q.query('DROP TABLE "employers"."visibility"');
    await q.query('DROP SCHEMA "employers"');
  }
}
