import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentitySamlRequests1795332414931 implements MigrationInterface {
  name = 'IdentitySamlRequests1795332414931';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "identity"."saml_request" ("id" character varying(100) NOT NULL, "value" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b15965f9b2fadb121de2215a94d" PRIMARY KEY ("id"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "identity"."saml_request"');
  }
}
