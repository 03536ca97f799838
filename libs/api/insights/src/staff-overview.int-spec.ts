import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations, DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations, IdentityService } from '@jobunivers/api/identity';
import { jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { MeetingsModule, meetingsMigrations } from '@jobunivers/api/meetings';
import { MessagingModule, messagingMigrations } from '@jobunivers/api/messaging';
import { OffersModule, offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { ScreeningModule, screeningMigrations } from '@jobunivers/api/screening';
import {
  createModuleTestApp,
  newCaseworker,
  newMunicipalityCode,
  plantCitizen,
  plantConversation,
  plantMeeting,
  plantMessage,
  plantPlanItem,
  plantQueueItem,
  SignedInBrowsers,
  TestHttp,
} from '@jobunivers/api/testing';
import { addDays, copenhagenToUtc, isoWeekday, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { InsightsModule } from './insights.module';

type Overview = {
  date: string;
  weekEnd: string;
  meetingsToday: Array<{ id: string; citizenId: string; citizenName: string; status: string }>;
  screening: { due: number; overdue: number };
  unreadConversations: number;
  unassignedConversations: number;
  approvalsWaiting: number;
  visitationDeadlinesThisWeek: number;
};
const migrations = [
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...screeningMigrations,
  ...meetingsMigrations,
  ...offersMigrations,
  ...jobMatchingMigrations,
  ...messagingMigrations,
];

/** Mit overblik on planted rows in a municipality of its own: each count equals the rows planted for the caller, nobody else's. */
describe('staff overview: one request, counts of the caller’s caseload, audited only where a citizen is shown', () => {
  let app: INestApplication;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const M = newMunicipalityCode();
  let cwA: string;
  let cwB: string;
  let admin: string;
  const ids: Record<string, string> = {};
  const today = todayInCopenhagen();
  const weekEnd = addDays(today, 7 - isoWeekday(today));

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [
        IdentityModule,
        AuditModule,
        CitizensModule,
        ScreeningModule,
        MeetingsModule,
        OffersModule,
        MessagingModule,
        InsightsModule,
      ],
      migrations,
    });
    await app.get(DemoDataService).seedAll();
    browsers = new SignedInBrowsers(await TestHttp.of(app));
    db = app.get(DataSource);
    const staffMember = async (name: string, roles: Array<'caseworker' | 'municipality_admin'>) =>
      (await newCaseworker(app.get(IdentityService), { municipalityCode: M, name, roles })).id;
    cwA = await staffMember('Anna Overblik', ['caseworker']);
    cwB = await staffMember('Bo Overblik', ['caseworker']);
    admin = await staffMember('Ada Admin', ['municipality_admin']);
    for (const [key, cw] of [
      ['a1', cwA],
      ['a2', cwA],
      ['b1', cwB],
    ] as const) {
      ids[key] = await plantCitizen(app, {
        municipalityCode: M,
        assignedCaseworkerId: cw,
        firstName: key,
        lastName: 'Overblik',
        unemployedSince: '2026-09-01',
      });
    }
    // Meetings: a1 with A today (shown), b1 with B today (B's), a2 with A tomorrow (not today).
    const meeting = (who: string, cw: string, date: string) =>
      plantMeeting(app, {
        citizenId: ids[who],
        caseworkerId: cw,
        municipalityCode: M,
        status: 'booked',
        startsAt: copenhagenToUtc(date, '12:00'),
      });
    await meeting('a1', cwA, today);
    await meeting('b1', cwB, today);
    await meeting('a2', cwA, addDays(today, 1));
    // Queue: a1 due today, a2 overdue, a2's visitation deadline on Sunday; not counted: b1's overdue item, a resolved one, next week's deadline.
    const item = (who: string, reason: string, dueDate: string, status: 'open' | 'resolved' = 'open') =>
      plantQueueItem(app, { citizenId: ids[who], municipalityCode: M, reason, dueDate, status });
    await item('a1', 'rescreening_due', today);
    await item('a2', 'help_requested', addDays(today, -3));
    await item('a2', 'visitation_due', weekEnd);
    await item('b1', 'inactive', addDays(today, -10));
    await item('a1', 'no_joblog', addDays(today, -1), 'resolved');
    await item('a1', 'visitation_due', addDays(weekEnd, 1));
    // Conversations: A has one unread (citizen wrote after A read), one read; one unassigned in M; a closed unassigned one.
    const conversation = async (
      who: string,
      assignedTo: string | null,
      status: 'open' | 'closed',
      staffReadAt: Date | null,
    ) => {
      const conversationId = await plantConversation(app, {
        citizenId: ids[who],
        municipalityCode: M,
        subject: 'Hej',
        status,
        assignedTo,
        staffReadAt,
      });
      await plantMessage(app, {
        conversationId,
        authorKind: 'citizen',
        authorId: ids[who],
        createdAt: new Date(Date.now() - 3_600_000),
      });
    };
    await conversation('a1', cwA, 'open', null);
    await conversation('a2', cwA, 'open', new Date());
    await conversation('b1', null, 'open', null);
    await conversation('b1', null, 'closed', null);
    // Approvals: one from A's caseload, one from B's.
    for (const who of ['a1', 'b1'])
      await plantPlanItem(app, { citizenId: ids[who], municipalityCode: M, status: 'pending_approval' });
  });
  afterAll(() => app.close());

  it('counts the caller’s own caseload and names only today’s meetings (one audited read per citizen shown)', async () => {
    const res = await browsers.send<Overview>(cwA, 'GET', '/api/v1/staff/overview');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      date: today,
      weekEnd,
      // On a Sunday the visitation deadline is today, so it is also due.
      screening: { due: weekEnd === today ? 3 : 2, overdue: 1 },
      unreadConversations: 1,
      unassignedConversations: 1,
      approvalsWaiting: 1,
      visitationDeadlinesThisWeek: 1,
    });
    expect(res.body.meetingsToday).toEqual([
      expect.objectContaining({ citizenId: ids['a1'], citizenName: 'a1 Overblik', status: 'booked' }),
    ]);
    const audited = (await db.query(`SELECT citizen_id, action FROM audit.audit_event WHERE actor_id = $1`, [
      cwA,
    ])) as Array<{ citizen_id: string; action: string }>;
    expect(audited).toEqual([{ citizen_id: ids['a1'], action: 'read' }]);
  });

  it('another caseworker sees their own counts; other municipalities see nothing of it', async () => {
    const b = await browsers.send<Overview>(cwB, 'GET', '/api/v1/staff/overview');
    expect(b.body).toMatchObject({
      screening: { due: 1, overdue: 1 },
      unreadConversations: 0,
      unassignedConversations: 1,
      approvalsWaiting: 1,
      visitationDeadlinesThisWeek: 0,
    });
    expect(b.body.meetingsToday.map((m) => m.citizenId)).toEqual([ids['b1']]);
    const other = await browsers.send<Overview>(
      DEMO_STAFF.find((s) => s.name === 'Anne Dahl')!.id,
      'GET',
      '/api/v1/staff/overview',
    );
    expect(other.status).toBe(200);
    expect(other.body.meetingsToday.some((m) => Object.values(ids).includes(m.citizenId))).toBe(false);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM messaging.conversation WHERE municipality_code = '0230' AND status = 'open' AND assigned_to IS NULL`,
    );
    expect(other.body.unassignedConversations).toBe(n);
  });

  it('is for caseworkers and team leads only', async () => {
    expect((await browsers.send(admin, 'GET', '/api/v1/staff/overview')).status).toBe(403);
    expect((await browsers.send(DEMO_CITIZENS[0].id, 'GET', '/api/v1/staff/overview')).status).toBe(403);
  });
});
