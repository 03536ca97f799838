import type { INestApplication } from '@nestjs/common';
import { CprRotationService } from '@jobunivers/api/citizens';
import { buildOpenApiDocument } from '@jobunivers/api/http';
import { generateJobPostings, MatchingService } from '@jobunivers/api/job-matching';
import { ReferenceService } from '@jobunivers/api/reference';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { NATIONAL_SCALE, SCALE_MARKER, seedScale } from './scale/scale-seed';

/** `openapi <file>`: writes the OpenAPI document generated from the code. */
export function writeOpenApi(app: INestApplication, file: string): void {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n');
  console.log(`OpenAPI document written to ${target}`);
}

/** The SQL that would make the database match the entities (empty when migrations are complete). */
export async function pendingSchemaChanges(app: INestApplication): Promise<{ up: string[]; down: string[] }> {
  const sql = await app.get(DataSource).driver.createSchemaBuilder().log();
  return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query) };
}

/** `migration:generate <Name> <dir>`: writes a migration from the difference between entities and database. */
export async function generateMigration(app: INestApplication, name: string, dir: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? ''))
    throw new Error('usage: migration:generate <PascalCaseName> <directory>');
  const { up: changes, down } = await pendingSchemaChanges(app);
  // A new module's tables need its schema first; TypeORM's diff does not create schemas.
  const existing = new Set(
    (await app.get(DataSource).query(`SELECT nspname FROM pg_namespace`)).map((r: { nspname: string }) => r.nspname),
  );
  const schemas = [
    ...new Set(changes.flatMap((q) => [...q.matchAll(/CREATE TABLE "([a-z_]+)"\./g)].map((m) => m[1]))),
  ].filter((s) => !existing.has(s));
  // TypeORM lists the undo queries in apply order: run them backwards, then drop the new schemas.
  const up = [...schemas.map((s) => `CREATE SCHEMA IF NOT EXISTS "${s}"`), ...changes];
  const undo = [...[...down].reverse(), ...schemas.map((s) => `DROP SCHEMA "${s}"`)];
  if (!changes.length) {
    console.log('No schema changes: the entities match the migrations.');
    return;
  }
  const timestamp = Date.now();
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const file = join(resolve(dir), `${timestamp}-${kebab}.ts`);
  const lines = (queries: string[]) => queries.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(q: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${lines(undo)}\n  }\n}\n`,
  );
  console.log(`Migration written to ${file}; add the class to its module's migrations list.`);
}

/** `job-ads:generate <count> <file> [seed] [prefix]`: realistic JobPostings across all of Denmark (demo and bench data). */
export async function generateJobAds(
  app: INestApplication,
  count: string,
  file: string,
  seed = '42',
  prefix = 'gen',
): Promise<void> {
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || !file) throw new Error('usage: job-ads:generate <count> <file> [seed] [prefix]');
  const { postalCodes } = await app.get(ReferenceService).catalogues();
  const places = [...postalCodes.values()].map((p) => ({ postalCode: p.code, locality: p.name }));
  const postings = generateJobPostings({
    count: n,
    seed: Number(seed),
    places,
    today: todayInCopenhagen(),
    identifierPrefix: prefix,
  });
  writeFileSync(resolve(file), JSON.stringify(postings));
  console.log(`${n} job postings written to ${resolve(file)}`);
}

/** `job-matching:rebuild-profiles`: rebuilds job-matching's profile read model from the citizens module. */
export async function rebuildMatchProfiles(app: INestApplication): Promise<void> {
  const started = Date.now();
  const n = await app.get(MatchingService).rebuildProfiles();
  console.log(`Rebuilt ${n} match profiles in ${Date.now() - started} ms`);
}

/**
 * `cpr:rotate-key [--batch=N]`: re-encrypts every CPR number under CPR_CURRENT_KEY_ID and recomputes its look-up
 * value, in batches, while the API runs; safe to stop and run again. Fails (exit 1) when a row cannot be opened.
 */
export async function rotateCprKey(app: INestApplication, args: string[]): Promise<boolean> {
  const batch = Number(args.find((a) => a.startsWith('--batch='))?.slice('--batch='.length) ?? 500);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000)
    throw new Error('usage: cpr:rotate-key [--batch=<1–10000>]');
  const rotation = app.get(CprRotationService);
  const started = Date.now();
  let last = 0;
  const report = await rotation.rotate({
    batchSize: batch,
    log: (line) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      console.log(`  ${line}`);
    },
  });
  console.log(
    `CPR key rotation: ${report.scanned} rows read, ${report.rotated} re-encrypted, ${report.current} already under the current key, ${report.anonymised} anonymised, ${report.failed.length} failed (${Date.now() - started} ms).`,
  );
  if (report.failed.length)
    console.error(`Rows the configured keys cannot open or the database refused (ids): ${report.failed.join(', ')}`);
  return report.failed.length === 0;
}

/** `seed:scale [--seed=N] [--factor=F] [--today=YYYY-MM-DD] [--report=file] [--if-empty]`: national-scale data by COPY (see scale-seed.ts). */
export async function seedScaleCommand(app: INestApplication, args: string[]): Promise<void> {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const seed = Number(option('seed') ?? 42);
  const factor = Number(option('factor') ?? 1);
  const today = option('today') ?? todayInCopenhagen();
  if (!Number.isInteger(seed) || !(factor > 0 && factor <= 4) || !/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new Error(
      'usage: seed:scale [--seed=<integer>] [--factor=<0 < F ≤ 4>] [--today=YYYY-MM-DD] [--report=file] [--if-empty]',
    );
  if (
    args.includes('--if-empty') &&
    (await app.get(DataSource).query(`SELECT 1 FROM platform.demo_seed WHERE name = $1`, [SCALE_MARKER])).length
  ) {
    console.log('The database already holds the scale data; nothing to do.');
    return;
  }
  console.log(
    `Seeding national-scale data ×${factor} (${Math.round(NATIONAL_SCALE.citizens * factor)} citizens, ${Math.round(NATIONAL_SCALE.meetings * factor)} meetings), seed ${seed}, around ${today}:`,
  );
  const report = await seedScale(app, { seed, factor, today, log: (line) => console.log(`  ${line}`) });
  const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
  console.log(`Done: ${total} rows in ${(report.totalMs / 1000).toFixed(1)} s.`);
  const file = option('report');
  if (file) {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(resolve(file), JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2) + '\n');
  }
}
