import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's own schema and the extensions the modules rely on:
 * btree_gist (exclusion constraints on time ranges), pg_trgm (fuzzy search), unaccent (accent
 * folding), plus a Danish full-text configuration that folds accents.
 */
export class PlatformInit1763769600000 implements MigrationInterface {
  name = 'PlatformInit1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE SCHEMA IF NOT EXISTS platform`);
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'danish_unaccent') THEN
          CREATE TEXT SEARCH CONFIGURATION public.danish_unaccent (COPY = pg_catalog.danish);
          ALTER TEXT SEARCH CONFIGURATION public.danish_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, danish_stem;
        END IF;
      END $$`);
    await q.query(`
      CREATE TABLE platform.demo_seed (
        name varchar(100) PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE platform.demo_seed`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS public.danish_unaccent`);
    await q.query(`DROP SCHEMA platform`);
  }
}
