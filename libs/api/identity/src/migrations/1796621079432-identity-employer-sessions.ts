import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Employer sessions (MitID Erhverv) carry the company: its CVR number and name. */
export class IdentityEmployerSessions1796621079432 implements MigrationInterface {
  name = 'IdentityEmployerSessions1796621079432';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "identity"."session" ADD "cvr" character(8)');
    await q.query('ALTER TABLE "identity"."session" ADD "company_name" character varying(200)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "identity"."session" DROP COLUMN "company_name"');
    await q.query('ALTER TABLE "identity"."session" DROP COLUMN "cvr"');
  }
}
