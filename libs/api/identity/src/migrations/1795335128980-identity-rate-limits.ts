import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityRateLimits1795335128980 implements MigrationInterface {
  name = 'IdentityRateLimits1795335128980';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "identity"."rate_limit" ("key" character varying(300) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_e6c0c0608decdf78e4d4b263397" PRIMARY KEY ("key"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "identity"."rate_limit"');
  }
}
