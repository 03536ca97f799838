import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { messagingMigrations } from '@jobunivers/api/messaging';
import { offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import { createModuleTestApp, SignedInBrowsers, TestHttp, testConfig } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { AnnouncementsService } from './announcements.service';
import { DeliveryService } from './delivery.service';
import { notificationsMigrations } from './migrations';
import { NotificationsModule } from './notifications.module';

const lead = DEMO_STAFF.find((s) => s.name === 'Susanne Vestergaard')!.id;
const SOFIE = 'c0751000-0000-4000-8000-000000000001';

describe('notification e-mail over SMTP (nodemailer → a real SMTP server)', () => {
  let app: INestApplication;
  let smtp: SMTPServer;
  const mails: Array<{ envelopeTo: string[]; mail: ParsedMail }> = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => mails.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail }))
          .then(() => callback(), callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, NotificationsModule],
      migrations: [
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
      ],
      config: testConfig({
        QUEUE_ENABLED: 'false',
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: 'Jobcenter Aarhus <noreply@aarhus.example.dk>',
      }),
    });
    await app.get(DemoDataService).seedAll();
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends one neutral mail per notification with the idempotency key as Message-ID', async () => {
    const browsers = new SignedInBrowsers(await TestHttp.of(app));
    const db = app.get(DataSource);
    // Sofie gets e-mail for messages, at any hour (the test must not depend on the time of day it runs).
    const channels = {
      meetings: { push: false, email: true },
      jobs: { push: false, email: false },
      messages: { push: false, email: true },
      plan: { push: false, email: false },
      screening: { push: false, email: false },
    };
    await db.query(
      `INSERT INTO notifications.preference (recipient_id, recipient_kind, channels, quiet_hours) VALUES ($1, 'citizen', $2, false) ON CONFLICT (recipient_id) DO UPDATE SET channels = EXCLUDED.channels, quiet_hours = false`,
      [SOFIE, JSON.stringify(channels)],
    );
    const title = `SMTP ${Date.now()}`;
    const res = await browsers.send<{ id: string }>(lead, 'POST', '/api/v1/announcements', {
      title,
      body: 'Vi holder lukket.',
    });
    expect(res.status).toBe(202);
    await app.get(AnnouncementsService).fanOut(res.body.id);
    await app.get(DeliveryService).deliverDue();
    const [notification] = await db.query(
      `SELECT id FROM notifications.notification WHERE recipient_id = $1 AND params->>'title' = $2`,
      [SOFIE, title],
    );
    const mine = mails.filter((m) => m.mail.messageId === `<${notification.id}.email@jobunivers>`);
    expect(mine).toHaveLength(1);
    const { mail, envelopeTo } = mine[0];
    expect(envelopeTo).toEqual(['sofie.jensen@example.dk']);
    expect(mail.from?.value).toEqual([{ name: 'Jobcenter Aarhus', address: 'noreply@aarhus.example.dk' }]);
    expect(mail.subject).toBe('Nyt fra Jobunivers');
    expect(mail.text).toContain('Du har en ny besked.');
    expect(mail.text).toContain('/notifikationer');
    expect(mail.headers.get('x-jobunivers-idempotency-key')).toBe(`${notification.id}:email`);
    expect(`${mail.text} ${mail.html}`).not.toMatch(/SMTP \d|Vi holder lukket|Sofie|0103921234/);
    const [row] = await db.query(
      `SELECT status FROM notifications.delivery WHERE notification_id = $1 AND channel = 'email'`,
      [notification.id],
    );
    expect(row.status).toBe('sent');
  });
});
