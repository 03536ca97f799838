import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 20: jobparat kontanthjælp and ledighedsydelse beside dagpenge and kontanthjælp; the database refuses any other benefit type. */
export class BenefitTypes1796042713418 implements MigrationInterface {
  name = 'BenefitTypes1796042713418';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "citizens"."citizen" ADD CONSTRAINT "citizen_benefit_type_ck" CHECK ("benefit_type" IN ('unemployment_benefit', 'cash_benefit', 'job_ready_cash_benefit', 'unemployment_allowance'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "citizens"."citizen" DROP CONSTRAINT "citizen_benefit_type_ck"`);
  }
}
