import type { INestApplication } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { AppConfig } from '@jobunivers/api/config';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_STAFF,
  IdentityModule,
  identityMigrations,
} from '@jobunivers/api/identity';
import { jobMatchingMigrations, MatchingService } from '@jobunivers/api/job-matching';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { messagingMigrations } from '@jobunivers/api/messaging';
import { offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import {
  clientBearer,
  createModuleTestApp,
  openEventStream,
  type PushReceiver,
  SignedInBrowsers,
  startPushReceiver,
  TestHttp,
  newCitizen,
  newJobAd,
  unique,
  profileBody,
  queueItemsDueOn,
} from '@jobunivers/api/testing';
import { addDays, inCopenhagen, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { AnnouncementsService } from './announcements.service';
import { DeliveryService } from './delivery.service';
import { PushDeliveryService } from './push-delivery.service';
import type { PushEncryptionPool } from './push-encryption';
import { notificationsMigrations } from './migrations';
import { NotificationSources } from './notification-sources';
import { NotificationsModule } from './notifications.module';

type Json = Record<string, unknown>;
interface Item {
  id: string;
  kind: string;
  category: string;
  text: string;
  link: string;
  readAt: string | null;
}
interface ItemPage {
  items: Item[];
  total: number;
  unread: number;
}
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const today = todayInCopenhagen();
const SOFIE = 'c0751000-0000-4000-8000-000000000001';
const FATIMA = 'c0230000-0000-4000-8000-000000000001';
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
  ...notificationsMigrations,
];

describe('notifications: outbox, in-app centre, Web Push, e-mail, preferences, quiet hours, live', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  let receiver: PushReceiver;
  let delivery: DeliveryService;
  let dataDir: string;
  const send = <T = Json>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => browsers.send<T>(userId, method, path, body, headers);
  const mette = staff('Mette Kjær');
  const jonas = staff('Jonas Holm');
  const lead = staff('Susanne Vestergaard');
  const leadRudersdal = staff('Birgitte Friis');
  /** The last names and CPR numbers of the citizens registered here, by id. */
  const lastNames = new Map<string, string>();
  const cprs = new Map<string, string>();
  const register = async (email: string | undefined = 'n@example.dk') => {
    const { id, registration } = await newCitizen(browsers, mette, {
      firstName: 'Nora',
      lastName: `Nielsen ${unique()}`,
      email,
      benefitType: 'unemployment_benefit',
      unemployedSince: addDays(today, -3),
    });
    lastNames.set(id, registration.lastName);
    cprs.set(id, registration.cpr);
    return id;
  };
  const notificationsOf = (userId: string, query = '', headers: Record<string, string> = {}) =>
    send<ItemPage>(userId, 'GET', `/api/v1/me/notifications${query}`, undefined, headers);
  const announce = async (title: string) => {
    const res = await send(lead, 'POST', '/api/v1/announcements', { title, body: 'Jobcentret holder lukket.' });
    expect(res.status).toBe(202);
    await app.get(AnnouncementsService).fanOut(res.body['id'] as string);
    return res.body['id'] as string;
  };
  const deliveriesOf = (citizenId: string, title: string) =>
    db.query(
      `SELECT d.channel, d.status, d.not_before, d.ttl, d.attempts FROM notifications.delivery d JOIN notifications.notification n ON n.id = d.notification_id WHERE n.recipient_id = $1 AND n.params->>'title' = $2 ORDER BY d.channel`,
      [citizenId, title],
    );

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, NotificationsModule],
      migrations,
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
    delivery = app.get(DeliveryService);
    dataDir = app.get(AppConfig).dataDir;
    receiver = await startPushReceiver();
  });
  afterAll(async () => {
    await receiver.stop();
    await app.close();
  });

  describe('each event reaches the people concerned and nobody else', () => {
    it('a registration invites the citizen to visitation (in-app, Danish and English) and tells the assigned caseworker a visitation is due', async () => {
      const citizen = await register();
      const [meeting] = await db.query(
        `SELECT id, caseworker_id, starts_at FROM meetings.meeting WHERE citizen_id = $1`,
        [citizen],
      );
      expect(meeting).toBeDefined();
      const [{ assigned }] = await db.query(
        `SELECT assigned_caseworker_id AS assigned FROM citizens.citizen WHERE id = $1`,
        [citizen],
      );
      const rows = await db.query(
        `SELECT recipient_kind, recipient_id, kind FROM notifications.notification WHERE recipient_id = $1 OR params->>'citizenId' = $1::text ORDER BY kind`,
        [citizen],
      );
      expect(rows).toEqual([
        { recipient_kind: 'citizen', recipient_id: citizen, kind: 'meeting_invited' },
        { recipient_kind: 'staff', recipient_id: assigned, kind: 'staff_visitation_due' },
      ]);

      const { date, time } = inCopenhagen(new Date(meeting.starts_at));
      const [, m, d] = date.split('-').map(Number);
      const months = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
      const mine = await notificationsOf(citizen);
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({
        total: 1,
        unread: 1,
        items: [
          {
            kind: 'meeting_invited',
            category: 'meetings',
            text: `Du er indkaldt til en samtale ${d}. ${months[m - 1]} kl. ${time.replace(':', '.')}. Svar på indkaldelsen.`,
            link: `/samtaler/${meeting.id}`,
            readAt: null,
          },
        ],
      });
      const english = await notificationsOf(citizen, '', { 'accept-language': 'en' });
      expect(english.body.items[0].text).toMatch(
        /^You are invited to a meeting \d+ [A-Z][a-z]{2} at \d\d:\d\d\. Please reply to the invitation\.$/,
      );

      const caseworker = await notificationsOf(assigned);
      expect(caseworker.body.items.find((i) => i.kind === 'staff_visitation_due')).toMatchObject({
        category: 'screening',
        link: '/screening-koe',
        text: expect.stringMatching(
          new RegExp(`^Nora Nielsen \\d+ er ny og skal visiteres senest \\d{4}-\\d\\d-\\d\\d\\.$`),
        ),
      });
      // Another citizen and another caseworker see none of it.
      expect((await notificationsOf(SOFIE)).body.items.some((i) => i.link === `/samtaler/${meeting.id}`)).toBe(false);
      const other = assigned === mette ? jonas : mette;
      expect(
        (await notificationsOf(other)).body.items.some((i) => i.text.startsWith(`Nora ${lastNames.get(citizen)} `)),
      ).toBe(false);

      // The citizen accepts: the caseworker of the meeting hears of it; the citizen is not told of their own step.
      const accepted = await send(citizen, 'POST', `/api/v1/me/meetings/${meeting.id}/accept`);
      expect(accepted.status).toBe(200);
      const after = await db.query(
        `SELECT recipient_id, kind FROM notifications.notification WHERE params->>'meetingId' = $1 ORDER BY kind`,
        [meeting.id],
      );
      expect(after).toEqual([
        { recipient_id: citizen, kind: 'meeting_invited' },
        { recipient_id: meeting.caseworker_id, kind: 'staff_meeting_accepted' },
      ]);
    });

    it('a help request tells the assigned caseworker; a recorded screening tells the citizen', async () => {
      const citizen = await register();
      const [{ assigned }] = await db.query(
        `SELECT assigned_caseworker_id AS assigned FROM citizens.citizen WHERE id = $1`,
        [citizen],
      );
      expect(
        (await send(citizen, 'POST', '/api/v1/me/help-requests', { message: 'Jeg vil gerne tale med nogen' })).status,
      ).toBe(201);
      const screened = await send(
        assigned,
        'POST',
        `/api/v1/citizens/${citizen}/screenings`,
        {
          assessment: 'Jobparat.',
          track: 'self_service',
          summaryForCitizen: 'Du søger selv job.',
          nextScreeningDate: addDays(today, 42),
        },
        { 'x-purpose': 'caseload' },
      );
      expect(screened.status).toBe(201);
      const rows = await db.query(
        `SELECT recipient_id, kind, category FROM notifications.notification WHERE (recipient_id = $1 OR params->>'citizenId' = $1::text) AND kind IN ('staff_help_requested', 'screening_recorded') ORDER BY kind`,
        [citizen],
      );
      expect(rows).toEqual([
        { recipient_id: citizen, kind: 'screening_recorded', category: 'screening' },
        { recipient_id: assigned, kind: 'staff_help_requested', category: 'screening' },
      ]);
    });

    it('each working morning, a caseworker with citizens due on the screening queue gets one notification with the count', async () => {
      const citizen = await register();
      const [{ assigned }] = await db.query(
        `SELECT assigned_caseworker_id AS assigned FROM citizens.citizen WHERE id = $1`,
        [citizen],
      );
      await queueItemsDueOn(app, citizen, today);
      const [{ due }] = await db.query(
        `SELECT count(*)::int AS due FROM screening.queue_item q JOIN citizens.citizen c ON c.id = q.citizen_id WHERE q.status = 'open' AND q.due_date <= $1 AND c.assigned_caseworker_id = $2`,
        [today, assigned],
      );
      const sources = app.get(NotificationSources);
      expect(await sources.screeningDue(today)).toBeGreaterThanOrEqual(1);
      expect(await sources.screeningDue(today)).toBe(0);
      const mine = (await notificationsOf(assigned)).body.items.filter((i) => i.kind === 'staff_screening_due');
      expect(mine).toEqual([
        expect.objectContaining({
          text: `${due} borgere på din screeningskø skal ses nu.`,
          link: '/screening-koe',
          category: 'screening',
        }),
      ]);
    });

    it('instant job alerts become one notification each; daily ones one digest; each exactly once', async () => {
      const instant = await register();
      const daily = await register();
      for (const [id, mode] of [
        [instant, 'instant'],
        [daily, 'daily'],
      ] as const) {
        const saved = await send(id, 'PUT', '/api/v1/me/profile', profileBody({ wishedOccupations: ['2221'] }));
        expect(saved.status).toBe(200);
        expect((await send(id, 'PUT', '/api/v1/me/job-alerts/settings', { mode })).status).toBe(204);
      }
      const bearer = await clientBearer(http, { id: DEMO_CLIENT_ID, secret: DEMO_CLIENT_SECRET }, 'jobs:write');
      const ads: string[] = [];
      for (const n of [1, 2]) {
        const ad = await newJobAd(http, bearer, {
          title: `Sygeplejerske ${n}`,
          description: 'Akutmodtagelsen',
          skills: [],
        });
        ads.push(ad.id);
      }
      await app.get(MatchingService).runAlerts();
      const sources = app.get(NotificationSources);
      expect(await sources.announceAlerts('instant')).toBeGreaterThanOrEqual(2);
      expect(await sources.announceAlerts('daily')).toBeGreaterThanOrEqual(2);
      expect(await sources.announceAlerts('instant')).toBe(0);
      const mine = await notificationsOf(instant);
      expect(
        mine.body.items
          .filter((i) => i.kind === 'job_alert')
          .map((i) => i.link)
          .sort(),
      ).toEqual(ads.map((id) => `/job/${id}`).sort());
      expect(mine.body.items.find((i) => i.kind === 'job_alert')!.text).toMatch(
        /^Nyt job, der passer til dig: Sygeplejerske [12] hos Testhospitalet\.$/,
      );
      const digest = (await notificationsOf(daily)).body.items.filter((i) => i.kind.startsWith('job_'));
      expect(digest).toEqual([
        expect.objectContaining({ kind: 'job_digest', text: '2 nye job passer til dig.', link: '/job' }),
      ]);
    });
  });

  describe('delivery', () => {
    it('pushes an encrypted, VAPID-signed push with a TTL and no personal data, writes the e-mail, and never sends twice', async () => {
      const citizen = await register('nora.push@example.dk');
      const vapid = await http.get<Json>('/api/v1/push/vapid-public-key');
      expect(vapid.status).toBe(200);
      expect(vapid.body['publicKey']).toBe(app.get(AppConfig).notifications.vapid.publicKey);
      const sub = receiver.subscribe();
      const created = await send(citizen, 'POST', '/api/v1/me/push-subscriptions', sub.json);
      expect(created.status).toBe(201);
      // Posting the same subscription again confirms it (no second row).
      expect((await send(citizen, 'POST', '/api/v1/me/push-subscriptions', sub.json)).status).toBe(201);
      expect(
        await db.query(`SELECT recipient_id, user_agent FROM notifications.push_subscription WHERE endpoint = $1`, [
          sub.json.endpoint,
        ]),
      ).toEqual([{ recipient_id: citizen, user_agent: expect.any(String) }]);
      await send(citizen, 'PUT', '/api/v1/me/notification-settings', {
        channels: {
          meetings: { push: true, email: true },
          jobs: { push: true, email: false },
          messages: { push: true, email: true },
          plan: { push: true, email: false },
          screening: { push: true, email: false },
        },
        quietHours: { enabled: false, from: '22:00', to: '07:00' },
        language: 'da',
      });

      const title = `Lukket ${unique()}`;
      await announce(title);
      expect((await deliveriesOf(citizen, title)).map((d: Json) => [d['channel'], d['status']])).toEqual([
        ['email', 'pending'],
        ['push', 'pending'],
      ]);
      await delivery.deliverDue();
      const [arrived] = await receiver.waitFor((r) => r.some((x) => x.subscriptionId === sub.id));
      const mine = receiver.received.filter((r) => r.subscriptionId === sub.id);
      expect(mine).toHaveLength(1);
      const [notification] = await db.query(
        `SELECT id FROM notifications.notification WHERE recipient_id = $1 AND params->>'title' = $2`,
        [citizen, title],
      );
      expect(arrived.payload).toEqual({
        id: notification.id,
        title: 'Jobunivers',
        body: 'Du har en ny besked.',
        url: '/notifikationer',
        tag: notification.id,
      });
      expect(arrived.ttl).toBeGreaterThan(2 * 86400 - 60);
      expect(arrived.ttl).toBeLessThanOrEqual(2 * 86400);
      expect(arrived.urgency).toBe('normal');
      expect(arrived.topic).toBe(notification.id.replace(/-/g, ''));
      expect(arrived.size).toBeLessThanOrEqual(3072);
      expect(JSON.stringify(arrived.payload)).not.toMatch(/Nora|Nielsen|Lukket|(?<![0-9a-f])\d{6}-?\d{4}(?![0-9a-f])/);

      const eml = join(dataDir, 'mail', `${notification.id}.eml`);
      expect(existsSync(eml)).toBe(true);
      const mail = readFileSync(eml, 'utf8');
      expect(mail).toMatch(/^To: nora\.push@example\.dk$/m);
      expect(mail).toMatch(new RegExp(`^Message-ID: <${notification.id}\\.email@jobunivers>$`, 'm'));
      expect(mail).toContain('Du har en ny besked.');
      expect(mail).toContain(`${app.get(AppConfig).citizenAppUrl}/notifikationer`);
      expect(mail).not.toMatch(/Lukket|Nora Nielsen/);
      for (const cpr of [cprs.get(citizen)!, cprs.get(citizen)!.slice(0, 6)]) expect(mail).not.toContain(cpr);
      expect((await deliveriesOf(citizen, title)).map((d: Json) => [d['channel'], d['status']])).toEqual([
        ['email', 'sent'],
        ['push', 'sent'],
      ]);

      // Delivering again sends nothing more.
      await delivery.deliverDue();
      expect(receiver.received.filter((r) => r.subscriptionId === sub.id)).toHaveLength(1);
    });

    it('a push service answering 410 removes the subscription; 429 backs off as asked', async () => {
      const gone = await register();
      const busy = await register();
      const goneSub = receiver.subscribe({ status: 410 });
      const busySub = receiver.subscribe({ status: 429, retryAfter: 120 });
      expect((await send(gone, 'POST', '/api/v1/me/push-subscriptions', goneSub.json)).status).toBe(201);
      expect((await send(busy, 'POST', '/api/v1/me/push-subscriptions', busySub.json)).status).toBe(201);
      // No quiet hours (the test must not depend on the time of day it runs).
      for (const citizen of [gone, busy]) {
        const settings = {
          channels: {
            meetings: { push: true, email: false },
            jobs: { push: true, email: false },
            messages: { push: true, email: false },
            plan: { push: true, email: false },
            screening: { push: true, email: false },
          },
          quietHours: { enabled: false, from: '22:00', to: '07:00' },
          language: 'da',
        };
        expect((await send(citizen, 'PUT', '/api/v1/me/notification-settings', settings)).status).toBe(200);
      }
      const title = `Travlt ${unique()}`;
      await announce(title);
      await delivery.deliverDue();
      expect(
        await db.query(`SELECT id FROM notifications.push_subscription WHERE endpoint = $1`, [goneSub.json.endpoint]),
      ).toEqual([]);
      expect((await deliveriesOf(gone, title)).find((d: Json) => d['channel'] === 'push')).toMatchObject({
        status: 'skipped',
      });
      const retry = (await deliveriesOf(busy, title)).find((d: Json) => d['channel'] === 'push');
      expect(retry).toMatchObject({ status: 'pending', attempts: 1 });
      const wait = (new Date(retry.not_before).getTime() - Date.now()) / 1000;
      expect(wait).toBeGreaterThan(100);
      expect(wait).toBeLessThanOrEqual(120);
    });

    it('a push encryption worker dying with the push in it loses nothing and sends nothing twice: the outbox retries', async () => {
      const citizen = await register();
      const sub = receiver.subscribe();
      expect((await send(citizen, 'POST', '/api/v1/me/push-subscriptions', sub.json)).status).toBe(201);
      const settings = {
        channels: Object.fromEntries(
          ['meetings', 'jobs', 'messages', 'plan', 'screening'].map((c) => [c, { push: true, email: false }]),
        ),
        quietHours: { enabled: false, from: '22:00', to: '07:00' },
        language: 'da',
      };
      expect((await send(citizen, 'PUT', '/api/v1/me/notification-settings', settings)).status).toBe(200);
      const pool = (app.get(PushDeliveryService) as unknown as { encryption: PushEncryptionPool }).encryption;
      expect(pool.size).toBe(app.get(AppConfig).notifications.pushEncryptionWorkers);
      expect(pool.size).toBeGreaterThan(0);
      const workers = () =>
        (pool as unknown as { slots: Array<{ worker: Worker } | undefined> }).slots.flatMap((s) =>
          s ? [s.worker] : [],
        );
      // This citizen's push goes to a worker that gets, just before it, a message it cannot handle: it dies holding the job.
      const encrypt = pool.encrypt.bind(pool);
      let crashed = 0;
      const crash = jest.spyOn(pool, 'encrypt').mockImplementation((job) => {
        const body = encrypt(job);
        if (job.p256dh === sub.json.keys.p256dh && crashed++ === 0)
          for (const worker of workers()) worker.postMessage(null);
        return body;
      });
      const title = `Nedbrud ${unique()}`;
      await announce(title);
      await delivery.deliverDue();
      crash.mockRestore();
      expect(crashed).toBe(1);
      const [push] = await db.query(
        `SELECT d.id, d.status, d.attempts, d.last_error, n.id AS notification_id FROM notifications.delivery d JOIN notifications.notification n ON n.id = d.notification_id WHERE n.recipient_id = $1 AND n.params->>'title' = $2 AND d.channel = 'push'`,
        [citizen, title],
      );
      expect(push).toMatchObject({ status: 'pending', attempts: 1 });
      expect(push.last_error).toMatch(
        /^push not encrypted: push encryption worker exited \(code 1: .+\) before encrypting$/,
      );
      expect(receiver.received.filter((r) => r.subscriptionId === sub.id)).toEqual([]);

      // Its backoff over, the retry goes through a new worker: the push arrives, once, and the device counts as seen.
      await db.query(`UPDATE notifications.delivery SET not_before = now() WHERE id = $1`, [push.id]);
      await db.query(
        `UPDATE notifications.push_subscription SET last_seen_at = now() - interval '2 days' WHERE endpoint = $1`,
        [sub.json.endpoint],
      );
      await delivery.deliverDue();
      await receiver.waitFor((r) => r.some((x) => x.subscriptionId === sub.id));
      expect(receiver.received.filter((r) => r.subscriptionId === sub.id).map((r) => r.payload.id)).toEqual([
        push.notification_id,
      ]);
      expect((await deliveriesOf(citizen, title)).find((d: Json) => d['channel'] === 'push')).toMatchObject({
        status: 'sent',
        attempts: 2,
      });
      const [seen] = await db.query(
        `SELECT last_seen_at > now() - interval '1 minute' AS recent FROM notifications.push_subscription WHERE endpoint = $1`,
        [sub.json.endpoint],
      );
      expect(seen).toEqual({ recent: true });
      await delivery.deliverDue();
      expect(receiver.received.filter((r) => r.subscriptionId === sub.id)).toHaveLength(1);
    });

    it('honours channel choices and quiet hours; meeting changes within 24 hours go out at night too', async () => {
      const citizen = await register();
      const sub = receiver.subscribe();
      expect((await send(citizen, 'POST', '/api/v1/me/push-subscriptions', sub.json)).status).toBe(201);
      const hourAgo = inCopenhagen(new Date(Date.now() - 3600_000)).time;
      const inAnHour = inCopenhagen(new Date(Date.now() + 3600_000)).time;
      const saved = await send<Json>(citizen, 'PUT', '/api/v1/me/notification-settings', {
        channels: {
          meetings: { push: true, email: true },
          jobs: { push: true, email: false },
          messages: { push: true, email: false },
          plan: { push: false, email: false },
          screening: { push: false, email: false },
        },
        quietHours: { enabled: true, from: hourAgo, to: inAnHour },
        language: 'en',
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        quietHours: { enabled: true, from: hourAgo, to: inAnHour },
        language: 'en',
        email: 'n@example.dk',
        pushDevices: 1,
        channels: { messages: { push: true, email: false } },
      });

      const title = `Stille ${unique()}`;
      await announce(title);
      const [push, ...others] = await deliveriesOf(citizen, title);
      expect(others).toEqual([]);
      expect(push.channel).toBe('push');
      const deferred = new Date(push.not_before).getTime() - Date.now();
      expect(deferred).toBeGreaterThan(3000_000);
      expect(deferred).toBeLessThanOrEqual(3600_000);

      // An urgent meeting change (within 24 h) is not deferred; a far one is.
      const sources = app.get(NotificationSources);
      const event = (noticeId: string, hours: number) => ({
        kind: 'rescheduled' as const,
        noticeId,
        meetingId: noticeId,
        citizenId: citizen,
        caseworkerId: mette,
        municipalityCode: '0751',
        form: 'video' as const,
        meetingKind: 'job_meeting' as const,
        startsAt: new Date(Date.now() + hours * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + hours * 3600_000 + 1800_000).toISOString(),
        sequence: 2,
        by: 'jobcentre' as const,
        formal: false,
        place: { address: null, videoUrl: null, phoneNumber: null },
        topic: null,
      });
      const [soon, later] = [crypto.randomUUID(), crypto.randomUUID()];
      await db.transaction((m) => sources.fromMeeting(event(soon, 3), m));
      await db.transaction((m) => sources.fromMeeting(event(later, 72), m));
      const byMeeting = async (id: string) =>
        (await db.query(
          `SELECT d.channel, d.not_before FROM notifications.delivery d JOIN notifications.notification n ON n.id = d.notification_id WHERE n.params->>'meetingId' = $1 ORDER BY d.channel`,
          [id],
        )) as Array<{ channel: string; not_before: Date }>;
      const urgent = await byMeeting(soon);
      expect(urgent.map((d) => d.channel)).toEqual(['email', 'push']);
      for (const d of urgent) expect(new Date(d.not_before).getTime()).toBeLessThanOrEqual(Date.now());
      for (const d of await byMeeting(later))
        expect(new Date(d.not_before).getTime() - Date.now()).toBeGreaterThan(3000_000);
      await delivery.deliverDue();
      const got = receiver.received.filter((r) => r.subscriptionId === sub.id);
      expect(got.map((r) => r.payload.body)).toEqual(['There is news about your meetings.']);
      expect(got[0].urgency).toBe('high');
    });

    it('starts from the contact channels the citizen chose in the profile', async () => {
      const citizen = await register();
      const saved = await send(
        citizen,
        'PUT',
        '/api/v1/me/profile',
        profileBody({ notificationChannels: ['in_app', 'push'] }),
      );
      expect(saved.status).toBe(200);
      const settings = await send<{ channels: Record<string, { push: boolean; email: boolean }> }>(
        citizen,
        'GET',
        '/api/v1/me/notification-settings',
      );
      expect(Object.values(settings.body.channels).map((c) => c.email)).toEqual([false, false, false, false, false]);
      expect(settings.body.channels['meetings']).toEqual({ push: true, email: false });
    });

    it('forgets subscriptions the app has not confirmed for PUSH_SUBSCRIPTION_DAYS', async () => {
      const citizen = await register();
      const [stale, fresh] = [receiver.subscribe(), receiver.subscribe()];
      for (const sub of [stale, fresh])
        expect((await send(citizen, 'POST', '/api/v1/me/push-subscriptions', sub.json)).status).toBe(201);
      await db.query(
        `UPDATE notifications.push_subscription SET last_seen_at = now() - interval '91 days' WHERE endpoint = $1`,
        [stale.json.endpoint],
      );
      expect(await app.get(NotificationSources).expireSubscriptions()).toBe(1);
      expect(
        (await db.query(`SELECT endpoint FROM notifications.push_subscription WHERE recipient_id = $1`, [citizen])).map(
          (r: Json) => r['endpoint'],
        ),
      ).toEqual([fresh.json.endpoint]);
      expect((await send<Json>(citizen, 'GET', '/api/v1/me/notification-settings')).body['pushDevices']).toBe(1);
    });

    it('refuses bad settings and endpoints with problem responses and changes nothing', async () => {
      const citizen = await register();
      const bad = await send<Json>(citizen, 'PUT', '/api/v1/me/notification-settings', {
        channels: { meetings: { push: 'yes', email: true } },
        quietHours: { enabled: true, from: '25:00', to: '07:00' },
        language: 'de',
      });
      expect(bad.status).toBe(400);
      const fields = (bad.body['errors'] as Array<{ field: string }>).map((e) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(['channels.meetings.push', 'channels.jobs', 'quietHours.from', 'language']),
      );
      expect(await db.query(`SELECT 1 FROM notifications.preference WHERE recipient_id = $1`, [citizen])).toEqual([]);
      const insecure = await send<Json>(citizen, 'POST', '/api/v1/me/push-subscriptions', {
        endpoint: 'http://push.example.com/x',
        keys: receiver.subscribe().json.keys,
      });
      expect(insecure.status).toBe(400);
      expect(insecure.body['code']).toBe('bad_push_endpoint');
      const badKeys = await send<Json>(citizen, 'POST', '/api/v1/me/push-subscriptions', {
        endpoint: 'https://push.example.com/x',
        keys: { p256dh: 'short', auth: '' },
      });
      expect(badKeys.status).toBe(400);
      expect(
        await db.query(`SELECT 1 FROM notifications.push_subscription WHERE recipient_id = $1`, [citizen]),
      ).toEqual([]);
      expect(
        (await send(citizen, 'DELETE', '/api/v1/me/push-subscriptions', { endpoint: 'https://push.example.com/none' }))
          .status,
      ).toBe(404);
    });

    it('takes push endpoints only at the push services (PUSH_ENDPOINT_HOSTS), and never posts to another one subscribed before', async () => {
      const citizen = await register();
      const keys = receiver.subscribe().json.keys;
      for (const endpoint of [
        'https://push.example.com/x',
        'https://169.254.169.254/latest/meta-data/',
        'https://fcm.googleapis.com.attacker.dk/x',
        'https://push.apple.com/x',
        'http://localhost:9/push/x',
        'https://10.0.0.1/push',
      ]) {
        const res = await send<Json>(citizen, 'POST', '/api/v1/me/push-subscriptions', { endpoint, keys });
        expect({ endpoint, status: res.status, code: res.body['code'] }).toEqual({
          endpoint,
          status: 400,
          code: 'push_endpoint_not_allowed',
        });
      }
      expect(
        await db.query(`SELECT 1 FROM notifications.push_subscription WHERE recipient_id = $1`, [citizen]),
      ).toEqual([]);
      const fcm = 'https://fcm.googleapis.com/fcm/send/cK1xJ2:APA91b';
      expect((await send(citizen, 'POST', '/api/v1/me/push-subscriptions', { endpoint: fcm, keys })).status).toBe(201);
      expect((await send(citizen, 'DELETE', '/api/v1/me/push-subscriptions', { endpoint: fcm })).status).toBe(204);

      // No quiet hours (the test must not depend on the time of day it runs).
      const settings = {
        channels: {
          meetings: { push: true, email: false },
          jobs: { push: true, email: false },
          messages: { push: true, email: false },
          plan: { push: true, email: false },
          screening: { push: true, email: false },
        },
        quietHours: { enabled: false, from: '22:00', to: '07:00' },
        language: 'da',
      };
      expect((await send(citizen, 'PUT', '/api/v1/me/notification-settings', settings)).status).toBe(200);
      // A subscription stored before the list (or with the list changed since): its push fails, nothing is sent there.
      await db.query(
        `INSERT INTO notifications.push_subscription (recipient_kind, recipient_id, endpoint, p256dh, auth, last_seen_at) VALUES ('citizen', $1, 'https://push.example.com/old', $2, $3, now())`,
        [citizen, keys.p256dh, keys.auth],
      );
      const title = `Gammel ${unique()}`;
      await announce(title);
      await delivery.deliverDue();
      const push = (await deliveriesOf(citizen, title)).find((d: Json) => d['channel'] === 'push');
      expect(push).toMatchObject({ status: 'failed' });
      const [reason] = await db.query(
        `SELECT d.last_error FROM notifications.delivery d JOIN notifications.notification n ON n.id = d.notification_id WHERE n.recipient_id = $1 AND n.params->>'title' = $2 AND d.channel = 'push'`,
        [citizen, title],
      );
      expect(reason.last_error).toBe(
        'push.example.com is not a push service this server sends to (PUSH_ENDPOINT_HOSTS)',
      );
    });
  });

  describe('the centre', () => {
    it('marks one or all read, and nobody can touch another person’s notification', async () => {
      const citizen = await register();
      await announce(`Læst ${unique()}`);
      const before = await notificationsOf(citizen);
      expect(before.body.unread).toBe(2);
      const first = before.body.items[0];
      expect((await send(SOFIE, 'POST', `/api/v1/me/notifications/${first.id}/read`)).status).toBe(404);
      expect((await send(mette, 'POST', `/api/v1/me/notifications/${first.id}/read`)).status).toBe(404);
      expect((await send(citizen, 'POST', `/api/v1/me/notifications/not-a-uuid/read`)).status).toBe(400);
      expect((await send(citizen, 'POST', `/api/v1/me/notifications/${first.id}/read`)).status).toBe(204);
      expect((await send<Json>(citizen, 'GET', '/api/v1/me/notifications/unread-count')).body).toEqual({ unread: 1 });
      expect((await notificationsOf(citizen, '?unread=true')).body).toMatchObject({ total: 1, unread: 1 });
      expect((await send(citizen, 'POST', '/api/v1/me/notifications/read-all')).status).toBe(204);
      expect((await notificationsOf(citizen)).body.unread).toBe(0);
      expect((await http.get('/api/v1/me/notifications')).status).toBe(401);
      expect((await notificationsOf(citizen, '?limit=500')).status).toBe(400);
    });

    it('announcements reach every active citizen of the municipality once, and no one elsewhere; only leads send them', async () => {
      expect((await send(mette, 'POST', '/api/v1/announcements', { title: 'x', body: 'y' })).status).toBe(403);
      expect((await send<Json>(lead, 'POST', '/api/v1/announcements', { title: ' ', body: 'y' })).status).toBe(400);
      const title = `Åbningstider ${unique()}`;
      const id = await announce(title);
      const [{ active }] = await db.query(
        `SELECT count(*)::int AS active FROM citizens.citizen WHERE municipality_code = '0751' AND status = 'active'`,
      );
      const count = async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n, count(DISTINCT recipient_id)::int AS d, bool_and(municipality_code = '0751') AS here FROM notifications.notification WHERE kind = 'announcement' AND params->>'title' = $1`,
            [title],
          )
        )[0];
      expect(await count()).toEqual({ n: active, d: active, here: true });
      expect(await app.get(AnnouncementsService).fanOut(id)).toBe(0);
      expect(await count()).toEqual({ n: active, d: active, here: true });
      const shown = await send<Json>(lead, 'GET', `/api/v1/announcements/${id}`);
      expect(shown.body).toMatchObject({
        title,
        recipients: active,
        completedAt: expect.any(String),
        createdByName: 'Susanne Vestergaard',
      });
      expect((await send(leadRudersdal, 'GET', `/api/v1/announcements/${id}`)).status).toBe(404);
      expect((await notificationsOf(FATIMA)).body.items.some((i) => i.text.startsWith(title))).toBe(false);
    });
  });

  describe('messages', () => {
    it('reach the other side live through another API instance, with a notification each way', async () => {
      const other = await createModuleTestApp({
        imports: [IdentityModule, AuditModule, CitizensModule, NotificationsModule],
        migrations,
      });
      try {
        const otherHttp = await TestHttp.of(other);
        const cookie = async (userId: string) =>
          [...(await browsers.as(userId)).cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        const stream = async (userId: string) => {
          const live = await openEventStream(`${otherHttp.baseUrl}/api/v1/me/live`, await cookie(userId));
          await live.until(/event: ready/);
          return live;
        };
        const writer = await register();
        const [{ assigned }] = await db.query(
          `SELECT assigned_caseworker_id AS assigned FROM citizens.citizen WHERE id = $1`,
          [writer],
        );
        const caseworker = await stream(assigned);
        const citizen = await stream(writer);
        const started = await send<Json>(writer, 'POST', '/api/v1/me/conversations', {
          subject: 'Hjælp til CV',
          message: 'Kan I se på mit CV?',
        });
        expect(started.status).toBe(201);
        const id = started.body['id'] as string;
        expect(
          await caseworker.until(new RegExp(`event: message\\n(id: \\d+\\n)?data: \\{"conversationId":"${id}"`)),
        ).toMatch(/event: notification/);
        const reply = await send<Json>(assigned, 'POST', `/api/v1/conversations/${id}/messages`, {
          message: 'Ja, jeg kigger på det i dag.',
        });
        expect(reply.status).toBe(201);
        expect(
          await citizen.until(
            new RegExp(
              `event: message\\n(id: \\d+\\n)?data: \\{"conversationId":"${id}","messageId":"${reply.body['id']}"`,
            ),
          ),
        ).toContain(reply.body['id'] as string);
        caseworker.close();
        citizen.close();
        const rows = await db.query(
          `SELECT recipient_id, kind, params->>'subject' AS subject FROM notifications.notification WHERE params->>'conversationId' = $1 ORDER BY kind`,
          [id],
        );
        expect(rows).toEqual([
          { recipient_id: writer, kind: 'message_received', subject: 'Hjælp til CV' },
          { recipient_id: assigned, kind: 'staff_message_received', subject: 'Hjælp til CV' },
        ]);
        const [{ unit_name: unitName }] = (await db.query(
          `SELECT unit_name FROM reference.municipality WHERE code = '0751'`,
        )) as Array<{ unit_name: string }>;
        expect((await notificationsOf(writer)).body.items.find((i) => i.kind === 'message_received')).toMatchObject({
          text: `Nyt svar fra ${unitName} i "Hjælp til CV".`,
          link: `/beskeder/${id}`,
        });
      } finally {
        await other.close();
      }
    });
  });

  describe('live', () => {
    it('tells the open app of a new notification through another API instance (PostgreSQL LISTEN/NOTIFY)', async () => {
      const other = await createModuleTestApp({
        imports: [IdentityModule, AuditModule, CitizensModule, NotificationsModule],
        migrations,
      });
      try {
        const otherHttp = await TestHttp.of(other);
        const browser = await browsers.as(SOFIE);
        const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        const live = await openEventStream(`${otherHttp.baseUrl}/api/v1/me/live`, cookie);
        expect(live.status).toBe(200);
        expect(live.contentType).toContain('text/event-stream');
        const readUntil = live.until;
        await readUntil(/event: ready/);
        const title = `Live ${unique()}`;
        await announce(title);
        const [row] = await db.query(
          `SELECT id FROM notifications.notification WHERE recipient_id = $1 AND params->>'title' = $2`,
          [SOFIE, title],
        );
        expect(await readUntil(new RegExp(row.id))).toMatch(
          new RegExp(`event: notification\\n(id: \\d+\\n)?data: \\{"id":"${row.id}","category":"messages"\\}`),
        );
        live.close();
        expect((await fetch(`${otherHttp.baseUrl}/api/v1/me/live`)).status).toBe(401);
      } finally {
        await other.close();
      }
    });
  });
});
