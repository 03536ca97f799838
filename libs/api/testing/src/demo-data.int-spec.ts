import { Injectable, Module } from '@nestjs/common';
import { DemoDataService, DemoSeed, type DemoSeeder } from '@jobunivers/api/database';
import { DataSource, type EntityManager } from 'typeorm';
import { createModuleTestApp } from './module-test-app';
import { testConfig } from './test-config';

const TABLE = 'platform.demo_data_spec';

@Injectable()
@DemoSeed({ name: 'spec-rows', order: 10 })
class RowsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${TABLE} (label) VALUES ('first'), ('second')`);
  }
}

@Injectable()
@DemoSeed({ name: 'spec-broken', order: 20 })
class BrokenSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${TABLE} (label) VALUES ('half')`);
    throw new Error('boom');
  }
}

@Module({ providers: [RowsSeeder] })
class GoodSeedModule {}

@Module({ providers: [BrokenSeeder] })
class BrokenSeedModule {}

describe('demo data', () => {
  beforeAll(async () => {
    const app = await createModuleTestApp({ imports: [] });
    const ds = app.get(DataSource);
    await ds.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (label text NOT NULL)`);
    await ds.query(`TRUNCATE ${TABLE}`);
    await ds.query(`DELETE FROM platform.demo_seed WHERE name LIKE 'spec-%'`);
    await app.close();
  });

  it('loads on first start only when DEMO_DATA is on, once, and records it', async () => {
    const config = testConfig({ DEMO_DATA: 'true', QUEUE_ENABLED: 'false' });
    const first = await createModuleTestApp({ imports: [GoodSeedModule], config });
    const ds = first.get(DataSource);
    expect(await ds.query(`SELECT label FROM ${TABLE} ORDER BY label`)).toEqual([
      { label: 'first' },
      { label: 'second' },
    ]);
    expect(await first.get(DemoDataService).seedAll()).toEqual([]);
    await first.close();

    const second = await createModuleTestApp({ imports: [GoodSeedModule], config });
    expect(await second.get(DataSource).query(`SELECT count(*)::int AS n FROM ${TABLE}`)).toEqual([{ n: 2 }]);
    expect(await second.get(DataSource).query(`SELECT name FROM platform.demo_seed WHERE name LIKE 'spec-%'`)).toEqual([
      { name: 'spec-rows' },
    ]);
    await second.close();
  });

  it('rolls back a failing seed completely (no half demo set, no marker)', async () => {
    const app = await createModuleTestApp({ imports: [BrokenSeedModule] });
    await expect(app.get(DemoDataService).seedAll()).rejects.toThrow('boom');
    const ds = app.get(DataSource);
    expect(await ds.query(`SELECT count(*)::int AS n FROM ${TABLE} WHERE label = 'half'`)).toEqual([{ n: 0 }]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM platform.demo_seed WHERE name = 'spec-broken'`)).toEqual([
      { n: 0 },
    ]);
    await app.close();
  });
});
