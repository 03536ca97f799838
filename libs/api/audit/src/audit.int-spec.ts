import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { createModuleTestApp, TestHttp } from '@jobunivers/api/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditModule } from './audit.module';
import { AuditService } from './audit.service';
import { auditMigrations } from './migrations';

const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!;
const actor = (name: string) => ({
  kind: 'staff' as const,
  id: staff(name).id,
  name,
  municipalityCode: staff(name).municipalityCode,
});

interface Page<T> {
  items: T[];
  total: number;
}

describe('audit log', () => {
  let app: INestApplication;
  let http: TestHttp;
  let audit: AuditService;
  const citizenA = randomUUID();
  const citizenB = randomUUID();

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule],
      migrations: [...identityMigrations, ...auditMigrations],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    audit = app.get(AuditService);
    await audit.record(actor('Mette Kjær'), {
      citizenId: citizenA,
      action: 'read',
      resource: 'citizen.profile',
      purpose: 'caseload',
    });
    await audit.record(actor('Jonas Holm'), {
      citizenId: citizenA,
      action: 'reveal',
      resource: 'citizen.cpr',
      purpose: 'Covering for Mette',
    });
    await audit.record(actor('Anne Dahl'), {
      citizenId: citizenB,
      action: 'read',
      resource: 'citizen.profile',
      purpose: 'caseload',
    });
  });
  afterAll(() => app.close());

  const signIn = async (name: string) => {
    const browser = http.agent();
    expect((await browser.post('/api/v1/auth/dev/sign-in', { userId: staff(name).id })).status).toBe(200);
    return browser;
  };

  it('is append-only: the database refuses updates, deletes and truncation', async () => {
    const ds = app.get(DataSource);
    await expect(
      ds.query(`UPDATE audit.audit_event SET purpose = 'tampered' WHERE citizen_id = $1`, [citizenA]),
    ).rejects.toThrow(/append-only \(UPDATE refused\)/);
    await expect(ds.query(`DELETE FROM audit.audit_event WHERE citizen_id = $1`, [citizenA])).rejects.toThrow(
      /append-only \(DELETE refused\)/,
    );
    await expect(ds.query(`TRUNCATE audit.audit_event`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    expect(
      await ds.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE citizen_id = $1`, [citizenA]),
    ).toEqual([{ n: 2 }]);
    // Retention declares its cutoff: rows newer than it still cannot be deleted, even then.
    await expect(
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('audit.retention_cutoff', $1, true)`, [
          new Date(Date.now() - 86_400_000).toISOString(),
        ]);
        await m.query(`DELETE FROM audit.audit_event WHERE citizen_id = $1`, [citizenA]);
      }),
    ).rejects.toThrow(/append-only \(DELETE refused\)/);
    expect(await app.get(AuditService).purgeBefore(new Date('2006-01-01T00:00:00Z'))).toBe(0);
    expect(
      await ds.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE citizen_id = $1`, [citizenA]),
    ).toEqual([{ n: 2 }]);
  });

  it("lets a team lead search their own municipality's log only, newest first", async () => {
    const lead = await signIn('Susanne Vestergaard');
    const res = await lead.get<Page<{ actorName: string; purpose: string; actorMunicipalityCode: string }>>(
      `/api/v1/audit?citizenId=${citizenA}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((e) => [e.actorName, e.purpose])).toEqual([
      ['Jonas Holm', 'Covering for Mette'],
      ['Mette Kjær', 'caseload'],
    ]);
    const other = await lead.get<Page<unknown>>(`/api/v1/audit?citizenId=${citizenB}`);
    expect(other.body.total).toBe(0);
    const byActor = await lead.get<Page<{ actorName: string }>>(
      `/api/v1/audit?actorId=${staff('Mette Kjær').id}&from=2000-01-01`,
    );
    expect(byActor.body.items.every((e) => e.actorName === 'Mette Kjær')).toBe(true);
  });

  it('refuses caseworkers, anonymous callers and bad filters', async () => {
    expect((await (await signIn('Mette Kjær')).get('/api/v1/audit')).status).toBe(403);
    expect((await http.agent().get('/api/v1/audit')).status).toBe(401);
    const lead = await signIn('Susanne Vestergaard');
    const bad = await lead.get<{ errors: Array<{ field: string }> }>('/api/v1/audit?citizenId=abc&from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['citizenId', 'from']);
    // ISO 8601 forms PostgreSQL cannot read (year 0000, week and ordinal dates, a bare year or month)
    // are refused here with a 400 naming the field — schema fuzzing once got a 500 from one of them.
    for (const value of [
      '0000-01-01',
      '2026-W47',
      '2026-W47-1',
      '2026-327',
      '2026',
      '2026-11',
      '0000-06-01T10:00:00Z',
      '2026-02-30',
    ]) {
      for (const field of ['from', 'to']) {
        const res = await lead.get<{ errors: Array<{ field: string }> }>(`/api/v1/audit?${field}=${value}`);
        expect([value, field, res.status, res.body.errors?.map((e) => e.field)]).toEqual([value, field, 400, [field]]);
      }
    }
    for (const value of ['2026-11-01', '2026-11-01T08:30:00Z', '2026-11-01T09:30:00.250+01:00'])
      expect([value, (await lead.get(`/api/v1/audit?from=${encodeURIComponent(value)}`)).status]).toEqual([value, 200]);
  });

  it('does not serve the citizen access log to staff', async () => {
    expect((await (await signIn('Susanne Vestergaard')).get('/api/v1/me/access-log')).status).toBe(403);
  });

  it("gives a citizen's access log only their own rows, from staff and systems", async () => {
    const log = await audit.accessLogFor(citizenA, { page: 1, limit: 20, offset: 0 });
    expect(log.total).toBe(2);
    expect(log.items[0]).toMatchObject({
      actorName: 'Jonas Holm',
      action: 'reveal',
      resource: 'citizen.cpr',
      purpose: 'Covering for Mette',
      municipalityCode: '0751',
    });
    expect((await audit.accessLogFor(randomUUID(), { page: 1, limit: 20, offset: 0 })).total).toBe(0);
  });

  it('records a list read as one row per citizen listed, however many rows of theirs the list held', async () => {
    const [own, other] = [randomUUID(), randomUUID()];
    const mette = actor('Mette Kjær');
    await audit.recordListRead(mette, {
      citizenIds: [own, other, own, own],
      resource: 'screening.queue',
      purpose: (citizenId) => (citizenId === own ? 'caseload' : 'screening queue'),
    });
    await audit.recordListRead(mette, {
      citizenIds: [other],
      resource: 'employers.candidates',
      resourceId: 'R-1',
      purpose: 'employer request',
    });
    await audit.recordListRead(mette, { citizenIds: [], resource: 'screening.queue', purpose: 'caseload' });
    const rows = await app
      .get(DataSource)
      .query(
        `SELECT citizen_id, action, resource, resource_id, purpose, actor_name FROM audit.audit_event WHERE citizen_id = ANY($1) ORDER BY id`,
        [[own, other]],
      );
    expect(rows).toEqual([
      {
        citizen_id: own,
        action: 'read',
        resource: 'screening.queue',
        resource_id: own,
        purpose: 'caseload',
        actor_name: 'Mette Kjær',
      },
      {
        citizen_id: other,
        action: 'read',
        resource: 'screening.queue',
        resource_id: other,
        purpose: 'screening queue',
        actor_name: 'Mette Kjær',
      },
      {
        citizen_id: other,
        action: 'read',
        resource: 'employers.candidates',
        resource_id: 'R-1',
        purpose: 'employer request',
        actor_name: 'Mette Kjær',
      },
    ]);
  });

  it('groups the access log per day and person, in codes for plain words: what was seen and why; a list read is part of one line', async () => {
    const citizen = randomUUID();
    const mette = actor('Mette Kjær');
    // Ten minutes of a caseworker's work: 95 list reads and a few looks at the plan and the meetings.
    await audit.recordMany(
      mette,
      Array.from({ length: 95 }, () => ({
        citizenId: citizen,
        action: 'read' as const,
        resource: 'citizen.list',
        resourceId: citizen,
        purpose: 'caseload',
      })),
    );
    await audit.record(mette, { citizenId: citizen, action: 'read', resource: 'plan', purpose: 'caseload' });
    await audit.record(mette, { citizenId: citizen, action: 'read', resource: 'meetings', purpose: 'caseload' });
    await audit.record(actor('Jonas Holm'), {
      citizenId: citizen,
      action: 'reveal',
      resource: 'citizen.cpr',
      purpose: 'Dækker for Mette (ferie)',
    });
    await audit.record(
      { kind: 'client', id: randomUUID(), name: 'Fagsystem', municipalityCode: '0751' },
      { citizenId: citizen, action: 'create', resource: 'citizen', purpose: 'api:citizens:write' },
    );
    await audit.record(
      { kind: 'citizen', id: citizen, name: 'Borger', municipalityCode: '0751' },
      { citizenId: citizen, action: 'read', resource: 'plan', purpose: 'own data' },
    );

    const log = await audit.accessLogGroupsFor(citizen, { page: 1, limit: 20, offset: 0 });
    expect(log.total).toBe(3);
    const line = (name: string) => log.items.find((i) => i.actorName === name)!;
    expect(line('Mette Kjær')).toMatchObject({
      actorKind: 'staff',
      count: 97,
      seen: ['lists', 'meetings', 'plan'],
      reasons: ['caseload'],
      statedPurposes: [],
      changed: false,
      municipalityCode: '0751',
    });
    expect(line('Jonas Holm')).toMatchObject({
      count: 1,
      seen: ['cpr'],
      reasons: ['stated'],
      statedPurposes: ['Dækker for Mette (ferie)'],
      changed: true,
    });
    expect(line('Fagsystem')).toMatchObject({
      actorKind: 'client',
      seen: ['details'],
      reasons: ['municipal_system'],
      changed: true,
    });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
      new Date(line('Mette Kjær').lastAt),
    );
    expect(log.items.every((i) => i.date === today)).toBe(true);
    // Paged by lines; the raw log keeps its contract.
    expect((await audit.accessLogGroupsFor(citizen, { page: 2, limit: 2, offset: 2 })).items).toHaveLength(1);
    expect((await audit.accessLogFor(citizen, { page: 1, limit: 1, offset: 0 })).total).toBe(99);
    expect((await (await signIn('Mette Kjær')).get('/api/v1/me/access-log/grouped')).status).toBe(403);
  });
});
