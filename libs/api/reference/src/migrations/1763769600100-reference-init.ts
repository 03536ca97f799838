import type { MigrationInterface, QueryRunner } from 'typeorm';
import municipalities from '../data/municipalities.json';
import postalCodes from '../data/postal-codes.json';

/** Reference data every environment needs: the 98 municipalities and the postal codes. */
export class ReferenceInit1763769600100 implements MigrationInterface {
  name = 'ReferenceInit1763769600100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS reference`);
    await q.query(`
      CREATE TABLE reference.municipality (
        code char(4) PRIMARY KEY,
        name varchar(100) NOT NULL,
        region varchar(50) NOT NULL,
        region_code char(4) NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      )`);
    await q.query(`
      CREATE TABLE reference.postal_code (
        code char(4) PRIMARY KEY,
        name varchar(100) NOT NULL,
        municipality_codes char(4)[] NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      )`);
    await q.query(
      `INSERT INTO reference.municipality (code, name, region, region_code, latitude, longitude)
       SELECT m->>'code', m->>'name', m->>'region', m->>'regionCode', (m->'center'->>0)::float8, (m->'center'->>1)::float8
       FROM jsonb_array_elements($1::jsonb) AS m`,
      [JSON.stringify(municipalities)],
    );
    await q.query(
      `INSERT INTO reference.postal_code (code, name, municipality_codes, latitude, longitude)
       SELECT p->>'nr', p->>'name', ARRAY(SELECT jsonb_array_elements_text(p->'municipalities'))::char(4)[],
              (p->'center'->>0)::float8, (p->'center'->>1)::float8
       FROM jsonb_array_elements($1::jsonb) AS p`,
      [JSON.stringify(postalCodes)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reference.postal_code`);
    await q.query(`DROP TABLE reference.municipality`);
    await q.query(`DROP SCHEMA reference`);
  }
}
