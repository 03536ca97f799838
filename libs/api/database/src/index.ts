export { DatabaseModule, platformMigrations, type DatabaseModuleOptions } from './database.module';
export { DemoDataService, DemoSeed, type DemoSeeder, type DemoSeedOptions } from './demo-data';
export { startEmbeddedPostgres, resolveClusterDir, findFreePort, type EmbeddedPostgresHandle } from './embedded-postgres';
