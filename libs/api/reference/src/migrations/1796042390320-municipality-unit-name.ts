import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name a municipality's employment unit signs with (issue 20: the law speaks of "kommunen", and
 * municipalities name the unit differently, e.g. "Jobcenter Aarhus", "Rudersdal Kommune, Job og
 * Ydelse"). Starts as the municipality's official name; admins change it (PUT .../unit-name).
 */
export class MunicipalityUnitName1796042390320 implements MigrationInterface {
  name = 'MunicipalityUnitName1796042390320';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "reference"."municipality" ADD "unit_name" character varying(150)');
    await q.query(
      `UPDATE "reference"."municipality" SET "unit_name" = CASE "code" WHEN '0101' THEN 'Københavns Kommune' WHEN '0400' THEN 'Bornholms Regionskommune' ELSE "name" || ' Kommune' END`,
    );
    await q.query('ALTER TABLE "reference"."municipality" ALTER COLUMN "unit_name" SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "reference"."municipality" DROP COLUMN "unit_name"');
  }
}
