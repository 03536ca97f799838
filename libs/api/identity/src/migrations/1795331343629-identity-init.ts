import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityInit1795331343629 implements MigrationInterface {
  name = 'IdentityInit1795331343629';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "identity"');
    await q.query(
      'CREATE TABLE "identity"."access_token" ("token_hash" bytea NOT NULL, "api_client_id" uuid NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d1e0f699436608cc429896f991f" PRIMARY KEY ("token_hash"))',
    );
    await q.query('CREATE INDEX "access_token_client_idx" ON "identity"."access_token" ("api_client_id") ');
    await q.query(
      'CREATE TABLE "identity"."api_client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "municipality_code" character(4) NOT NULL, "scopes" text array NOT NULL, "secret_hash" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a0ad7eb2aef50308b512c483ad5" UNIQUE ("client_id"), CONSTRAINT "PK_82a5ec6981d2be903a9eb1d9b9a" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "api_client_municipality_idx" ON "identity"."api_client" ("municipality_code") ');
    await q.query(
      'CREATE TABLE "identity"."auth_failure" ("subject" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "failures" integer NOT NULL, CONSTRAINT "PK_a3b603ceadcb36c1c573767f71c" PRIMARY KEY ("subject"))',
    );
    await q.query(
      'CREATE TABLE "identity"."session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "principal_kind" character varying(10) NOT NULL, "principal_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "name" character varying(200) NOT NULL, "roles" text array NOT NULL, "method" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a83507eb0338ac037780e02f2b9" UNIQUE ("token_hash"), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "session_principal_idx" ON "identity"."session" ("principal_kind", "principal_id") ');
    await q.query(
      'CREATE TABLE "identity"."staff_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "roles" text array NOT NULL, "issuer" character varying(300) NOT NULL, "subject" character varying(300) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cec9365d9fc3a3409158b645f2e" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "staff_user_municipality_idx" ON "identity"."staff_user" ("municipality_code") ');
    await q.query('CREATE UNIQUE INDEX "staff_user_subject_uq" ON "identity"."staff_user" ("issuer", "subject") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "identity"."staff_user_subject_uq"');
    await q.query('DROP INDEX "identity"."staff_user_municipality_idx"');
    await q.query('DROP TABLE "identity"."staff_user"');
    await q.query('DROP INDEX "identity"."session_principal_idx"');
    await q.query('DROP TABLE "identity"."session"');
    await q.query('DROP TABLE "identity"."auth_failure"');
    await q.query('DROP INDEX "identity"."api_client_municipality_idx"');
    await q.query('DROP TABLE "identity"."api_client"');
    await q.query('DROP INDEX "identity"."access_token_client_idx"');
    await q.query('DROP TABLE "identity"."access_token"');
    await q.query('DROP SCHEMA "identity"');
  }
}
