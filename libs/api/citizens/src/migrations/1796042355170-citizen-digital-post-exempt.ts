import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exempt from Digital Post (issue 20): formal call-ins go on the municipality's letters-to-print list. */
export class CitizenDigitalPostExempt1796042355170 implements MigrationInterface {
  name = 'CitizenDigitalPostExempt1796042355170';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "citizens"."citizen" ADD "digital_post_exempt" boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "citizens"."citizen" DROP COLUMN "digital_post_exempt"');
  }
}
