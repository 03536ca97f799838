import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type AppConfig, ConfigModule } from '@jobunivers/api/config';
import { DatabaseModule, platformMigrations } from '@jobunivers/api/database';
import { configureApp, createHttpAdapter, PlatformHttpModule } from '@jobunivers/api/http';
import { QueueModule } from '@jobunivers/api/queue';
import { RealtimeModule } from '@jobunivers/api/realtime';
import { testConfig } from './test-config';
import { workerDatabaseUrl } from './test-database';

type ModuleImports = NonNullable<ModuleMetadata['imports']>;

export interface ModuleTestAppOptions {
  /** The module(s) under test. */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** Their migrations (the platform's are added). */
  migrations?: Array<() => unknown> | Array<new () => unknown>;
  config?: AppConfig;
  /** A database of the spec's own (see {@link workerDatabaseUrl}'s purpose) instead of the worker's shared one. */
  database?: string;
}

/**
 * A real app with the platform (config, database with migrations, queue, HTTP platform) and only
 * the modules under test, on this worker's database. Configured exactly like production.
 */
export async function createModuleTestApp(options: ModuleTestAppOptions): Promise<INestApplication> {
  const config = options.config ?? testConfig({ QUEUE_ENABLED: 'false' });
  const url = await workerDatabaseUrl(options.database);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot({
        url,
        migrations: [...platformMigrations, ...((options.migrations ?? []) as never[])],
        poolSize: config.databasePoolSize,
      }),
      QueueModule.forRoot(url),
      RealtimeModule.forRoot(url),
      PlatformHttpModule,
      ...options.imports,
      // Like the app: a module's dev-only parts (e.g. IdentityModule's dev sign-in) only when AUTH_MODE=dev.
      ...(config.authMode === 'dev'
        ? options.imports.flatMap((m) => (m as { devModeImports?: ModuleImports }).devModeImports ?? [])
        : []),
    ],
  }).compile();
  const app = moduleRef.createNestApplication(createHttpAdapter(), { bufferLogs: true });
  await configureApp(app);
  await app.init();
  return app;
}
