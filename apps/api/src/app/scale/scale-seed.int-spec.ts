import type { INestApplication } from '@nestjs/common';
import { CitizensService, isValidCpr } from '@jobunivers/api/citizens';
import { plantMeeting, testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from '../create-app';
import { NATIONAL_SCALE, seedScale, type ScaleSeedReport } from './scale-seed';

const FACTOR = 0.004; // 600 citizens, 8,000 meetings, 200 ads: the same code path as 150,000
const TODAY = '2026-03-02';

/** A digest of the rows that must come out the same for the same seed (ids, names, times, statuses). */
const digest = (db: DataSource) =>
  db.query(`SELECT
      (SELECT md5(string_agg(id::text || first_name || last_name || municipality_code || unemployed_since || status || coalesce(assigned_caseworker_id::text, ''), ',' ORDER BY id)) FROM citizens.citizen) AS citizens,
      (SELECT md5(string_agg(id::text || citizen_id::text || caseworker_id::text || starts_at::text || status || form, ',' ORDER BY id)) FROM meetings.meeting) AS meetings,
      (SELECT md5(string_agg(identifier || title || postal_code, ',' ORDER BY identifier)) FROM job_matching.job_ad) AS ads`);

describe('seed:scale — national-scale data by COPY', () => {
  let app: INestApplication;
  let db: DataSource;
  let report: ScaleSeedReport;

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl('scale_a'));
    db = app.get(DataSource);
    report = await seedScale(app, { seed: 7, factor: FACTOR, today: TODAY });
  }, 120_000);
  afterAll(() => app?.close());

  it('writes every table it reports, in proportion to the national scale, across all 98 municipalities', async () => {
    const count = async (table: string) => Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
    for (const [table, rows] of Object.entries(report.rows)) expect([table, await count(table)]).toEqual([table, rows]);
    expect(report.rows['citizens.citizen']).toBeGreaterThanOrEqual(NATIONAL_SCALE.citizens * FACTOR * 0.95);
    expect(report.rows['meetings.meeting']).toBeGreaterThanOrEqual(NATIONAL_SCALE.meetings * FACTOR * 0.95);
    expect(report.rows['job_matching.job_ad']).toBe(NATIONAL_SCALE.jobAds * FACTOR);
    expect(report.rows['audit.audit_event']).toBe(NATIONAL_SCALE.auditRows * FACTOR);
    expect(await count('citizens.profile')).toBe(await count('citizens.citizen'));
    expect(await count('job_matching.match_profile')).toBe(await count('citizens.citizen'));
    expect(
      Number((await db.query(`SELECT count(DISTINCT municipality_code)::int AS n FROM citizens.citizen`))[0].n),
    ).toBe(98);
    // Every case is with a caseworker of its own municipality; every meeting with the citizen's caseworker.
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM citizens.citizen c JOIN identity.staff_user s ON s.id = c.assigned_caseworker_id WHERE s.municipality_code <> c.municipality_code`,
        )
      )[0].n,
    ).toBe(0);
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM meetings.meeting m JOIN citizens.citizen c ON c.id = m.citizen_id WHERE m.caseworker_id <> c.assigned_caseworker_id OR m.municipality_code <> c.municipality_code`,
        )
      )[0].n,
    ).toBe(0);
  });

  it('keeps the schema intact: the no-overlap constraints and indexes are back after loading, and hold', async () => {
    const constraints = await db.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'meetings.meeting'::regclass AND contype = 'x' ORDER BY conname`,
    );
    expect(constraints.map((c: { conname: string }) => c.conname)).toEqual([
      'meeting_caseworker_no_overlap',
      'meeting_citizen_no_overlap',
    ]);
    const indexes = await db.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'audit' AND tablename = 'audit_event' ORDER BY indexname`,
    );
    expect(indexes.map((i: { indexname: string }) => i.indexname)).toEqual(
      expect.arrayContaining(['audit_event_actor_idx', 'audit_event_citizen_idx', 'audit_event_municipality_idx']),
    );
    const [meeting] = await db.query(
      `SELECT citizen_id, caseworker_id, municipality_code, starts_at, ends_at FROM meetings.meeting WHERE status = 'held' LIMIT 1`,
    );
    await expect(
      plantMeeting(app, {
        citizenId: meeting.citizen_id,
        caseworkerId: meeting.caseworker_id,
        municipalityCode: meeting.municipality_code,
        startsAt: meeting.starts_at,
        endsAt: meeting.ends_at,
        status: 'booked',
      }),
    ).rejects.toThrow(/no_overlap/);
  });

  it('claims the slots of its upcoming meetings: one claim per meeting that holds its time, at its caseworker and start', async () => {
    const [{ claims, upcoming, matching }] = await db.query(
      `SELECT (SELECT count(*)::int FROM meetings.slot_claim) AS claims,
              (SELECT count(*)::int FROM meetings.meeting WHERE status NOT IN ('cancelled', 'cancelled_by_jobcentre') AND ends_at > $1) AS upcoming,
              (SELECT count(*)::int FROM meetings.slot_claim c JOIN meetings.meeting m ON m.id = c.meeting_id
                  AND m.caseworker_id = c.caseworker_id AND m.starts_at = c.starts_at AND m.status NOT IN ('cancelled', 'cancelled_by_jobcentre')) AS matching`,
      [new Date(`${TODAY}T11:00:00Z`)],
    );
    expect(upcoming).toBeGreaterThan(0);
    expect(report.rows['meetings.slot_claim']).toBe(upcoming);
    expect({ claims, matching }).toEqual({ claims: upcoming, matching: upcoming });
  });

  it('stores CPR numbers as the app does: encrypted, with the look-up hash, valid when decrypted', async () => {
    const cipher = app.get(CitizensService).cpr;
    const rows: Array<{ id: string; cpr_encrypted: Buffer; cpr_hash: Buffer }> = await db.query(
      `SELECT id, cpr_encrypted, cpr_hash FROM citizens.citizen ORDER BY id LIMIT 20`,
    );
    for (const row of rows) {
      expect(cipher.keyIdOf(row.cpr_encrypted)).toBe(cipher.currentKeyId);
      const cpr = cipher.decrypt(row.cpr_encrypted, row.id);
      expect(isValidCpr(cpr)).toBe(true);
      expect(cipher.lookupHash(cpr).equals(row.cpr_hash)).toBe(true);
    }
    expect(Number((await db.query(`SELECT count(DISTINCT cpr_hash)::int AS n FROM citizens.citizen`))[0].n)).toBe(
      report.rows['citizens.citizen'],
    );
  });

  it('serves the read paths on the scale data: a citizen and a caseworker of it sign in and read', async () => {
    const http = await TestHttp.of(app);
    const [citizen] = await db.query(
      `SELECT c.id FROM citizens.citizen c WHERE c.status = 'active' AND EXISTS (SELECT 1 FROM meetings.meeting m WHERE m.citizen_id = c.id) ORDER BY c.id LIMIT 1`,
    );
    const [caseworker] = await db.query(
      `SELECT id FROM identity.staff_user WHERE roles = '{caseworker}' ORDER BY id LIMIT 1`,
    );
    const asCitizen = http.agent();
    expect((await asCitizen.post('/api/v1/auth/dev/sign-in', { userId: citizen.id })).status).toBe(200);
    for (const path of [
      '/api/v1/me',
      '/api/v1/me/screening',
      '/api/v1/me/timeline?limit=3',
      '/api/v1/me/notifications/unread-count',
      '/api/v1/me/plan',
      '/api/v1/me/job-matches',
    ]) {
      expect([path, (await asCitizen.get(path)).status]).toEqual([path, 200]);
    }
    const meetings = await asCitizen.get<{ items: unknown[] }>('/api/v1/me/meetings');
    expect(meetings.status).toBe(200);
    expect(meetings.body.items.length).toBeGreaterThan(0);
    const asStaff = http.agent();
    expect((await asStaff.post('/api/v1/auth/dev/sign-in', { userId: caseworker.id })).status).toBe(200);
    const caseload = await asStaff.get<{ items: unknown[]; total: number }>('/api/v1/citizens');
    expect(caseload.status).toBe(200);
    expect(caseload.body.items.length).toBeGreaterThan(0);
  });

  it('refuses to seed the same database twice and changes nothing', async () => {
    const before = await digest(db);
    await expect(seedScale(app, { seed: 7, factor: FACTOR, today: TODAY })).rejects.toThrow(
      /already holds the scale data/,
    );
    expect(await digest(db)).toEqual(before);
  });

  it('is deterministic: the same seed and day give the same rows in another database; another seed does not', async () => {
    const other = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl('scale_b'));
    try {
      await seedScale(other, { seed: 7, factor: FACTOR, today: TODAY });
      expect(await digest(other.get(DataSource))).toEqual(await digest(db));
    } finally {
      await other.close();
    }
    const third = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl('scale_c'));
    try {
      await seedScale(third, { seed: 8, factor: FACTOR, today: TODAY });
      const [a, b] = [await digest(third.get(DataSource)), await digest(db)];
      expect(a[0].citizens).not.toEqual(b[0].citizens);
    } finally {
      await third.close();
    }
  }, 180_000);
});
