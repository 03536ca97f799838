import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { ConnectionGuard } from './connection-guard';
import { DemoDataService } from './demo-data';
import { DemoSeedEntity } from './entities/demo-seed.entity';
import { PlatformInit1763769600000 } from './migrations/1763769600000-platform-init';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationClass = Function;

export interface DatabaseModuleOptions {
  url: string;
  /** Every module's migrations; ordered by the timestamp in their class names. */
  migrations: MigrationClass[];
  /** Pool size per API process. */
  poolSize?: number;
}

/** The platform's own migrations; the app lists them first. */
export const platformMigrations: MigrationClass[] = [PlatformInit1763769600000];

/**
 * TypeORM on PostgreSQL. Schema changes only through committed migrations, which run on start
 * (`synchronize` is off, always). Modules register their entities with `TypeOrmModule.forFeature`.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          synchronize: false,
          // gen_random_uuid() (core PostgreSQL) rather than uuid-ossp's uuid_generate_v4().
          uuidExtension: 'pgcrypto',
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          migrations: options.migrations as MixedList<MigrationClass>,
          autoLoadEntities: true,
          applicationName: 'jobunivers-api',
          extra: { max: options.poolSize ?? 20, connectionTimeoutMillis: 5000 },
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        TypeOrmModule.forFeature([DemoSeedEntity]),
      ],
      providers: [DemoDataService, ConnectionGuard],
      exports: [DemoDataService],
    };
  }
}
