export { DatabaseModule, platformMigrations, type DatabaseModuleOptions } from './database.module';
export { BOOT_LOCK_KEY, withBootLock } from './boot-lock';
export { DemoDataService, DemoSeed, type DemoSeeder, type DemoSeedOptions } from './demo-data';
export {
  startEmbeddedPostgres,
  resolveClusterDir,
  findFreePort,
  type EmbeddedPostgresHandle,
} from './embedded-postgres';
export { SqlRepository } from './sql-repository';
