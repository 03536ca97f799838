import type { MigrationInterface, QueryRunner } from 'typeorm';
import occupations from '../data/occupations.json';

/** The occupation catalogue: the 436 ISCO-08 unit groups with Danish and English titles. */
export class ReferenceOccupations1795341000000 implements MigrationInterface {
  name = 'ReferenceOccupations1795341000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference.occupation (
        code char(4) PRIMARY KEY,
        title_da varchar(200) NOT NULL,
        title_en varchar(200) NOT NULL,
        major_group char(1) NOT NULL
      )`);
    await q.query(
      `INSERT INTO reference.occupation (code, title_da, title_en, major_group)
       SELECT o->>'code', o->>'titleDa', o->>'titleEn', o->>'majorGroup' FROM jsonb_array_elements($1::jsonb) AS o`,
      [JSON.stringify(occupations)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reference.occupation`);
  }
}
