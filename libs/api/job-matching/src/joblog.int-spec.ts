import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import { createModuleTestApp, newCitizen, rewriteCaseDates, SignedInBrowsers, TestHttp } from '@jobunivers/api/testing';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { JobMatchingModule } from './job-matching.module';
import { JoblogService } from './joblog.service';
import { jobMatchingMigrations } from './migrations';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const today = todayInCopenhagen();

describe('joblog: the citizen logs applications; 14 quiet days put them on the screening queue', () => {
  let app: INestApplication;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const send = <T = Json>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => browsers.send<T>(userId, method, path, body, headers);
  const mette = staff('Mette Kjær');
  /** A citizen of Mette's (she registers them), unemployed for 30 days. */
  const citizen = async () =>
    (
      await newCitizen(browsers, mette, {
        firstName: 'Job',
        benefitType: 'unemployment_benefit',
        unemployedSince: addDays(today, -30),
      })
    ).id;
  const entry = (over: Json = {}) => ({
    employer: 'Aarhus Kommune',
    title: 'Bogholder',
    appliedOn: today,
    status: 'applied',
    ...over,
  });

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, JobMatchingModule],
      migrations: [
        ...referenceMigrations,
        ...identityMigrations,
        ...auditMigrations,
        ...citizensMigrations,
        ...screeningMigrations,
        ...meetingsMigrations,
        ...offersMigrations,
        ...jobMatchingMigrations,
      ],
    });
    await app.get(DemoDataService).seedAll();
    browsers = new SignedInBrowsers(await TestHttp.of(app));
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('logs and updates applications; bad input is a 400 naming each field and stores nothing; others cannot touch them', async () => {
    const c = await citizen();
    const created = await send(c, 'POST', '/api/v1/me/joblog', entry({ notes: 'Sendt via deres side' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      employer: 'Aarhus Kommune',
      title: 'Bogholder',
      appliedOn: today,
      status: 'applied',
      notes: 'Sendt via deres side',
      jobAdId: null,
    });
    const bad = await send(c, 'POST', '/api/v1/me/joblog', {
      employer: '',
      title: 'x',
      appliedOn: '2026-13-40',
      status: 'ghosted',
    });
    expect(bad.status).toBe(400);
    expect([...new Set((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field))].sort()).toEqual([
      'appliedOn',
      'employer',
      'status',
    ]);
    expect((await send(c, 'POST', '/api/v1/me/joblog', entry({ appliedOn: addDays(today, 3) }))).status).toBe(400);
    expect((await send(c, 'POST', '/api/v1/me/joblog', entry({ jobAdId: randomUUID() }))).body['code']).toBe(
      'job_ad_not_found',
    );
    const badPatch = await send(c, 'PATCH', `/api/v1/me/joblog/${created.body['id']}`, {
      status: 'ghosted',
      appliedOn: 'yesterday',
    });
    expect(badPatch.status).toBe(400);
    expect([...new Set((badPatch.body['errors'] as Array<{ field: string }>).map((e) => e.field))].sort()).toEqual([
      'appliedOn',
      'status',
    ]);
    const updated = await send(c, 'PATCH', `/api/v1/me/joblog/${created.body['id']}`, { status: 'interview' });
    expect(updated.body['status']).toBe('interview');
    const mine = await send<{ items: Json[]; lastAppliedOn: string }>(c, 'GET', '/api/v1/me/joblog');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.lastAppliedOn).toBe(today);
    const other = await citizen();
    expect((await send(other, 'PATCH', `/api/v1/me/joblog/${created.body['id']}`, { status: 'hired' })).status).toBe(
      404,
    );
    expect((await send<{ items: Json[] }>(other, 'GET', '/api/v1/me/joblog')).body.items).toEqual([]);
    // Staff: audited read within the municipality and the caseload; nothing across municipalities.
    const audits = async () =>
      Number(
        (
          (await db.query(`SELECT count(*) AS n FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'joblog'`, [
            c,
          ])) as Array<{ n: string }>
        )[0].n,
      );
    const before = await audits();
    expect((await send<{ items: Json[] }>(mette, 'GET', `/api/v1/citizens/${c}/joblog`)).body.items).toHaveLength(1);
    expect(await audits()).toBe(before + 1);
    expect((await send(staff('Jonas Holm'), 'GET', `/api/v1/citizens/${c}/joblog`)).status).toBe(403);
    expect((await send(staff('Anne Dahl'), 'GET', `/api/v1/citizens/${c}/joblog`)).status).toBe(404);
    const timeline = await send<{ items: Array<{ kind: string; text: string }> }>(c, 'GET', '/api/v1/me/timeline');
    expect(timeline.body.items.find((i) => i.kind === 'joblog_added')?.text).toBe(
      'Du skrev en ansøgning i din joblog: Bogholder hos Aarhus Kommune.',
    );
  });

  it('queues a citizen with no application for 14 days once per quiet spell, however often the scan runs', async () => {
    const quiet = await citizen();
    const active = await citizen();
    const twentyDaysAgo = new Date(Date.now() - 20 * 86_400_000);
    for (const id of [quiet, active]) await rewriteCaseDates(app, id, { registeredAt: twentyDaysAgo });
    await send(active, 'POST', '/api/v1/me/joblog', entry({ appliedOn: addDays(today, -2) }));
    const scan = app.get(JoblogService);
    await scan.scan(today);
    await scan.scan(today);
    const items = async (id: string) =>
      (await db.query(
        `SELECT reason, due_key, status FROM screening.queue_item WHERE citizen_id = $1 AND reason = 'no_joblog'`,
        [id],
      )) as Json[];
    const registered = addDays(today, -20);
    expect(await items(quiet)).toEqual([
      { reason: 'no_joblog', due_key: `no-joblog-since-${registered}`, status: 'open' },
    ]);
    expect(await items(active)).toEqual([]);
    // Twelve days after the last application the active one is still fine; at fourteen they are queued.
    await scan.scan(addDays(today, 10));
    expect(await items(active)).toEqual([]);
    await scan.scan(addDays(today, 12));
    expect(await items(active)).toEqual([
      { reason: 'no_joblog', due_key: `no-joblog-since-${addDays(today, -2)}`, status: 'open' },
    ]);
  });
});
