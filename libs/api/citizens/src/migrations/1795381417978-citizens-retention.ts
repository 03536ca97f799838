import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CitizensRetention1795381417978 implements MigrationInterface {
  name = 'CitizensRetention1795381417978';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "citizens"."citizen" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'CREATE INDEX "citizen_retention_idx" ON "citizens"."citizen" ("closed_at") WHERE status = \'closed\' AND anonymised_at IS NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "citizens"."citizen_retention_idx"');
    await q.query('ALTER TABLE "citizens"."citizen" DROP COLUMN "anonymised_at"');
  }
}
