import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityOidcLogins1795338331504 implements MigrationInterface {
  name = 'IdentityOidcLogins1795338331504';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "identity"."oidc_login" ("state" character varying(100) NOT NULL, "code_verifier" character varying(200) NOT NULL, "nonce" character varying(100) NOT NULL, "return_to" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_470343f1a89538c10b5bfea5e11" PRIMARY KEY ("state"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "identity"."oidc_login"');
  }
}
