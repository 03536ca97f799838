import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CitizenClosedIndex1795380923937 implements MigrationInterface {
  name = 'CitizenClosedIndex1795380923937';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX "citizen_closed_idx" ON "citizens"."citizen" ("municipality_code", "status", "closed_at") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "citizens"."citizen_closed_idx"');
  }
}
