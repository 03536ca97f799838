import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { DemoDataService } from '@jobunivers/api/database';
import { referenceMigrations } from '@jobunivers/api/reference';
import { IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { createModuleTestApp, TestHttp } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { CitizensModule } from './citizens.module';
import { CitizensService } from './citizens.service';
import { DEMO_CITIZENS } from './demo/citizens.demo-seed';
import { citizensMigrations } from './migrations';

describe('citizens (records, CPR at rest, citizen sign-in)', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule],
      migrations: [...referenceMigrations, ...identityMigrations, ...auditMigrations, ...citizensMigrations],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('stores no CPR number in plaintext, and finds citizens by CPR through the keyed hash', async () => {
    const rows: Array<{ row: string }> = await app
      .get(DataSource)
      .query(`SELECT c::text AS row FROM citizens.citizen c`);
    for (const demo of DEMO_CITIZENS) {
      expect(
        rows.some((r) => r.row.includes(demo.cpr) || r.row.includes(`${demo.cpr.slice(0, 6)}-${demo.cpr.slice(6)}`)),
      ).toBe(false);
    }
    const citizens = app.get(CitizensService);
    expect(await citizens.findActiveByCpr('010392-1234')).toEqual({
      id: DEMO_CITIZENS[0].id,
      name: 'Sofie Jensen',
      municipalityCode: '0751',
    });
    expect(await citizens.findActiveByCpr('0101010000')).toBeUndefined();
    expect(await citizens.findActiveByCpr('not a cpr')).toBeUndefined();
  });

  it('refuses a second active case for the same CPR in a municipality (database constraint)', async () => {
    const ds = app.get(DataSource);
    const [row] = await ds.query(`SELECT cpr_encrypted, cpr_hash FROM citizens.citizen WHERE id = $1`, [
      DEMO_CITIZENS[0].id,
    ]);
    await expect(
      ds.query(
        `INSERT INTO citizens.citizen (municipality_code, cpr_encrypted, cpr_hash, first_name, last_name, benefit_type, unemployed_since) VALUES ('0751', $1, $2, 'Sofie', 'Jensen', 'cash_benefit', '2026-11-01')`,
        [row.cpr_encrypted, row.cpr_hash],
      ),
    ).rejects.toThrow(/citizen_active_cpr_uq/);
  });

  it('offers demo citizens on the dev sign-in and gives them a citizen session', async () => {
    const users = await http.get<{ items: Array<{ id: string; role: string; name: string }> }>(
      '/api/v1/auth/dev/users',
    );
    expect(users.body.items.filter((u) => u.role === 'citizen').map((u) => u.name)).toEqual([
      'Fatima Ali',
      'Henrik Mortensen',
      'Mads Pedersen',
      'Sofie Jensen',
    ]);
    const browser = http.agent();
    await browser.post('/api/v1/auth/dev/sign-in', { userId: DEMO_CITIZENS[0].id });
    expect((await browser.get('/api/v1/me')).body).toEqual({
      kind: 'citizen',
      id: DEMO_CITIZENS[0].id,
      name: 'Sofie Jensen',
      roles: ['citizen'],
      municipalityCode: '0751',
    });
    const log = await browser.get<{ items: unknown[] }>('/api/v1/me/access-log');
    expect(log.status).toBe(200);
    expect((await browser.get('/api/v1/audit')).status).toBe(403);
  });
});
