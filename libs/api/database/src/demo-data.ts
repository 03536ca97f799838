import { Injectable, Logger, type OnApplicationBootstrap, SetMetadata } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { AppConfig } from '@jobunivers/api/config';
import { DataSource, type EntityManager } from 'typeorm';
import { DemoSeedEntity } from './entities/demo-seed.entity';

export const DEMO_SEED = Symbol('DEMO_SEED');

export interface DemoSeedOptions {
  /** Unique, stable name; recorded once applied. */
  name: string;
  /** Lower runs first (e.g. users before meetings). */
  order: number;
}

/** A provider that loads one module's demo data. Mark it with `@DemoSeed({...})`. */
export interface DemoSeeder {
  seed(manager: EntityManager): Promise<void>;
}

export const DemoSeed = (options: DemoSeedOptions) => SetMetadata(DEMO_SEED, options);

/**
 * On start with DEMO_DATA on, runs every `@DemoSeed` provider that has not run yet, each in its own
 * transaction together with its marker row, so a crash never leaves half a demo set behind and a
 * restart never loads one twice. Two API processes starting at once serialise on an advisory lock.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
  ) {}

  seeders(): Array<{ options: DemoSeedOptions; seeder: DemoSeeder }> {
    return this.discovery
      .getProviders()
      .flatMap((wrapper) => {
        const options = wrapper.metatype
          ? (Reflect.getMetadata(DEMO_SEED, wrapper.metatype) as DemoSeedOptions | undefined)
          : undefined;
        return options && wrapper.instance ? [{ options, seeder: wrapper.instance as DemoSeeder }] : [];
      })
      .sort((a, b) => a.options.order - b.options.order || a.options.name.localeCompare(b.options.name));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoData) await this.seedAll();
  }

  /** Returns the names of the seeds applied by this call. */
  async seedAll(): Promise<string[]> {
    const applied: string[] = [];
    for (const { options, seeder } of this.seeders()) {
      const ran = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('jobunivers.demo_seed'))`);
        if (await manager.existsBy(DemoSeedEntity, { name: options.name })) return false;
        await seeder.seed(manager);
        await manager.insert(DemoSeedEntity, { name: options.name });
        return true;
      });
      if (ran) {
        applied.push(options.name);
        this.logger.log(`Loaded demo data: ${options.name}`);
      }
    }
    return applied;
  }
}
