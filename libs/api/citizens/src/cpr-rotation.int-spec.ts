import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations, PURPOSE_HEADER } from '@jobunivers/api/audit';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { referenceMigrations } from '@jobunivers/api/reference';
import { createModuleTestApp, testConfig, TestHttp } from '@jobunivers/api/testing';
import { createCipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CitizenCasesService } from './citizen-cases.service';
import { CitizensModule } from './citizens.module';
import { CitizensService } from './citizens.service';
import { CprCipher } from './cpr';
import { CprRotationService } from './cpr-rotation.service';
import { DataRightsService } from './data-rights.service';
import { citizensMigrations } from './migrations';

const K2 = Buffer.alloc(32, 'the-key-of-2027');
const mette = DEMO_STAFF.find((s) => s.name === 'Mette Kjær')!;
const modules = {
  imports: [IdentityModule, AuditModule, CitizensModule],
  migrations: [...referenceMigrations, ...identityMigrations, ...auditMigrations, ...citizensMigrations],
  database: 'cpr_rotation',
};

/** A row as the first format wrote it: iv‖tag‖ciphertext under the raw key, no associated data; look-up HMAC under HMAC(key, "jobunivers:cpr-lookup"). */
const legacyValues = (key: Buffer, cpr: string) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(cpr, 'utf8'), cipher.final()]);
  const lookupKey = createHmac('sha256', key).update('jobunivers:cpr-lookup').digest();
  return {
    encrypted: Buffer.concat([iv, cipher.getAuthTag(), data]),
    hash: createHmac('sha256', lookupKey).update(cpr).digest(),
  };
};
const registration = (cpr: string, lastName: string) => ({
  cpr,
  firstName: 'Ny',
  lastName,
  email: 'ny@example.dk',
  phone: '+45 20 11 22 33',
  postalCode: '8000',
  benefitType: 'unemployment_benefit',
  unemployedSince: '2026-11-02',
});
const dashed = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

describe('CPR key rotation (cpr:rotate-key)', () => {
  /** An instance before the rotation: DATA_ENCRYPTION_KEY ("default") is current. */
  let before: INestApplication;
  /** An instance restarted with CPR_KEYS=k2:… and CPR_CURRENT_KEY_ID=k2, on the same database. */
  let after: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  const legacy: Array<{ id: string; cpr: string }> = [];
  let closedLegacyId: string;
  let closedCpr: string;

  let browser: ReturnType<TestHttp['agent']> | undefined;
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    if (!browser) {
      browser = http.agent();
      expect((await browser.post('/api/v1/auth/dev/sign-in', { userId: mette.id })).status).toBe(200);
    }
    return browser.request<Record<string, unknown>>(method, path, { body, headers: { ...browser.csrf(), ...headers } });
  };
  const rows = async () =>
    (await db.query(`SELECT id, cpr_encrypted, cpr_hash, anonymised_at FROM citizens.citizen ORDER BY id`)) as Array<{
      id: string;
      cpr_encrypted: Buffer;
      cpr_hash: Buffer;
      anonymised_at: Date | null;
    }>;

  beforeAll(async () => {
    before = await createModuleTestApp(modules);
    await before.get(DemoDataService).seedAll();
    after = await createModuleTestApp({
      ...modules,
      config: testConfig({ QUEUE_ENABLED: 'false', CPR_KEYS: `k2:${K2.toString('base64')}`, CPR_CURRENT_KEY_ID: 'k2' }),
    });
    http = await TestHttp.of(after);
    db = after.get(DataSource);
    // Rows written by the first format: active cases in Aarhus, with Mette, and one closed long ago (retention's).
    const defaultKey = testConfig().secrets.cprKeys.keys.find((k) => k.id === 'default')!.key;
    for (let i = 0; i < 40; i++) {
      const cpr = `${String((i % 28) + 1).padStart(2, '0')}0385${1000 + i}`;
      const { encrypted, hash } = legacyValues(defaultKey, cpr);
      const id = randomUUID();
      await db.query(
        `INSERT INTO citizens.citizen (id, municipality_code, cpr_encrypted, cpr_hash, first_name, last_name, benefit_type, unemployed_since, assigned_caseworker_id, status, closed_at)
         VALUES ($1, '0751', $2, $3, 'Gammel', $4, 'cash_benefit', '2020-01-06', $5, $6, $7)`,
        [
          id,
          encrypted,
          hash,
          `Format ${i}`,
          mette.id,
          i === 0 ? 'closed' : 'active',
          i === 0 ? new Date(Date.now() - 1900 * 86_400_000) : null,
        ],
      );
      if (i === 0) [closedLegacyId, closedCpr] = [id, cpr];
      else legacy.push({ id, cpr });
    }
  });
  afterAll(async () => {
    await after?.close();
    await before?.close();
  });

  it('finds, shows and reveals a row of the legacy format before rotation, on an instance already on the new key', async () => {
    const [{ id, cpr }] = legacy;
    const found = await send('GET', `/api/v1/citizens?assignedTo=all&status=all&q=${dashed(cpr)}`);
    expect(found.status).toBe(200);
    expect((found.body['items'] as Array<{ id: string; cprMasked: string }>).map((i) => [i.id, i.cprMasked])).toEqual([
      [id, `${cpr.slice(0, 6)}-xxxx`],
    ]);
    expect((await send('POST', `/api/v1/citizens/${id}/cpr/reveal`)).body).toEqual({ cpr: dashed(cpr) });
    expect(await after.get(CitizensService).findActiveByCpr(cpr)).toMatchObject({ id });
    // An instance with no new settings (DATA_ENCRYPTION_KEY only, as `npm start` on an existing .data) reads it too.
    expect(await before.get(CitizensService).findActiveByCpr(cpr)).toMatchObject({ id });
    expect(
      before
        .get(CitizensService)
        .cpr.decrypt(
          (await db.query(`SELECT cpr_encrypted FROM citizens.citizen WHERE id = $1`, [id]))[0].cpr_encrypted,
          id,
        ),
    ).toBe(cpr);
    // The same person cannot get a second active case because the look-up values differ in derivation.
    const again = await send('POST', '/api/v1/citizens', registration(cpr, 'Igen'));
    expect([again.status, again.body['code']]).toEqual([409, 'citizen_already_registered']);
    // A new case of the person whose closed case still has the legacy look-up value counts that earlier case.
    const returning = await send('POST', '/api/v1/citizens', registration(closedCpr, 'Vender tilbage'));
    expect(returning.status).toBe(201);
    expect(await after.get(CitizenCasesService).earlierCases(returning.body['id'] as string)).toBe(1);
  });

  it('rotates every row to the current key while registrations go on; search and reveal work afterwards', async () => {
    const rotation = after.get(CprRotationService);
    const registered: Array<{ id: string; cpr: string }> = [];
    const register = async (i: number) => {
      const cpr = `${String((i % 28) + 1).padStart(2, '0')}0492${2000 + i}`;
      const res = await send('POST', '/api/v1/citizens', registration(cpr, `Under rotation ${i}`));
      expect([res.status, res.body['detail']]).toEqual([201, undefined]);
      registered.push({ id: res.body['id'] as string, cpr });
    };
    // Two runs at once and registrations in between: the optimistic check keeps each row rotated exactly once.
    const [one, two] = await Promise.all([
      rotation.rotate({ batchSize: 4 }),
      rotation.rotate({ batchSize: 7 }),
      ...Array.from({ length: 12 }, (_, i) => register(i)),
    ]);
    const toRotate = 40 + 4; // the legacy rows and the demo citizens (under "default")
    expect(one.rotated + two.rotated).toBe(toRotate);
    expect([one.failed, two.failed]).toEqual([[], []]);

    // Every row now opens with the new key alone (the old one can go), under its own id, with the current look-up value.
    const onlyNew = new CprCipher({ currentKeyId: 'k2', keys: [{ id: 'k2', key: K2 }] });
    const all = await rows();
    expect(all).toHaveLength(toRotate + registered.length + 1);
    for (const row of all) {
      expect([row.id, onlyNew.keyIdOf(row.cpr_encrypted)]).toEqual([row.id, 'k2']);
      expect(onlyNew.lookupHash(onlyNew.decrypt(row.cpr_encrypted, row.id)).equals(row.cpr_hash)).toBe(true);
    }
    for (const { id, cpr } of [...legacy.slice(0, 3), ...registered.slice(0, 3)]) {
      expect(onlyNew.decrypt(all.find((r) => r.id === id)!.cpr_encrypted, id)).toBe(cpr);
      const found = await send('GET', `/api/v1/citizens?assignedTo=all&status=all&q=${cpr}`);
      expect((found.body['items'] as Array<{ id: string }>).map((i) => i.id)).toEqual([id]);
      expect(
        (await send('POST', `/api/v1/citizens/${id}/cpr/reveal`, {}, { [PURPOSE_HEADER]: 'kontrol' })).body,
      ).toEqual({ cpr: dashed(cpr) });
    }
  });

  it('changes nothing when run again', async () => {
    const snapshot = await rows();
    const report = await after.get(CprRotationService).rotate({ batchSize: 10 });
    expect(report).toEqual({
      scanned: snapshot.length,
      rotated: 0,
      current: snapshot.length,
      anonymised: 0,
      failed: [],
    });
    expect(await rows()).toEqual(snapshot);
  });

  it('keeps retention working on rotated rows: the case is anonymised, rotation skips it, reveal answers 410', async () => {
    expect((await after.get(DataRightsService).applyRetention()).cases).toBe(1);
    const report = await after.get(CprRotationService).rotate();
    expect([report.rotated, report.anonymised, report.failed]).toEqual([0, 1, []]);
    const reveal = await send(
      'POST',
      `/api/v1/citizens/${closedLegacyId}/cpr/reveal`,
      {},
      { [PURPOSE_HEADER]: 'statistik' },
    );
    expect([reveal.status, reveal.body['code']]).toEqual([410, 'citizen_anonymised']);
    expect(
      (await send('GET', `/api/v1/citizens/${closedLegacyId}`, undefined, { [PURPOSE_HEADER]: 'statistik' })).body,
    ).toMatchObject({ cprMasked: '' });
  });
});
