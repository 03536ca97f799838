import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { referenceMigrations } from '@jobunivers/api/reference';
import {
  createModuleTestApp,
  SignedInBrowsers,
  testConfig,
  TestHttp,
  newCitizen,
  unique,
} from '@jobunivers/api/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { IntegrationModule } from './integration.module';
import { integrationMigrations } from './migrations';
import { WebhooksService } from './webhooks.service';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const migrations = [
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...meetingsMigrations,
  ...integrationMigrations,
];

/** Webhooks cannot be aimed at the server's own network (SSRF): refused at registration and at every connection. */
describe('webhooks: no internal addresses', () => {
  let app: INestApplication;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  let receiver: Server;
  let receiverUrl: string;
  let hits = 0;
  const send = <T = Json>(userId: string, method: string, path: string, body?: unknown) =>
    browsers.send<T>(userId, method, path, body);
  const admin = staff('Peter Lund');

  beforeAll(async () => {
    // As in production: OUTBOUND_ALLOW_PRIVATE_ADDRESSES off.
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, IntegrationModule],
      migrations,
      config: testConfig({ QUEUE_ENABLED: 'false', OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'false' }),
    });
    await app.get(DemoDataService).seedAll();
    browsers = new SignedInBrowsers(await TestHttp.of(app));
    db = app.get(DataSource);
    receiver = createServer((req, res) => {
      hits += 1;
      req.resume();
      res.writeHead(204).end();
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    receiver.close();
    await app.close();
  });

  it('refuses a URL that resolves to a loopback, private, link-local, shared, unique-local, multicast, unspecified or metadata address, and stores nothing', async () => {
    const client = await send<{ id: string }>(admin, 'POST', '/api/v1/api-clients', {
      name: `SSRF ${unique()}`,
      scopes: ['events:read'],
    });
    const path = `/api/v1/api-clients/${client.body.id}/webhook`;
    const internal = [
      receiverUrl,
      'http://localhost/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://100.100.100.200/latest/meta-data/',
      'https://10.0.0.7/hook',
      'https://172.20.1.1/hook',
      'https://192.168.0.10/hook',
      'https://100.64.3.3/hook',
      'https://[fe80::1]/hook',
      'https://[fc00::5]/hook',
      'https://224.0.0.251/hook',
      'https://0.0.0.0/hook',
      'https://[::]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[::ffff:a9fe:a9fe]/hook',
    ];
    for (const url of internal) {
      const res = await send<Json>(admin, 'PUT', path, { url });
      expect({ url, status: res.status, code: res.body['code'] }).toEqual({
        url,
        status: 400,
        code: 'webhook_url_not_public',
      });
      expect(res.body['detail']).toMatch(/not a public address/);
    }
    // 127.0.0.1 as one number: not even a URL to the validator.
    expect((await send<Json>(admin, 'PUT', path, { url: 'https://2130706433/hook' })).status).toBe(400);
    const unresolvable = await send<Json>(admin, 'PUT', path, { url: 'https://no-such-host.invalid/hook' });
    expect(unresolvable.status).toBe(400);
    expect(unresolvable.body['code']).toBe('webhook_url_unresolvable');
    expect(
      await db.query(`SELECT count(*)::int AS n FROM integration.webhook WHERE client_id = $1`, [client.body.id]),
    ).toEqual([{ n: 0 }]);
    expect(hits).toBe(0);
  });

  it('a URL that passed registration but resolves to an internal address when posting is refused at connect time: the delivery is logged failed and the webhook switched off', async () => {
    const client = await send<{ id: string }>(admin, 'POST', '/api/v1/api-clients', {
      name: `Rebinding ${unique()}`,
      scopes: ['events:read'],
    });
    const path = `/api/v1/api-clients/${client.body.id}/webhook`;
    const created = await send<Json>(admin, 'PUT', path, {
      url: 'https://8.8.8.8/hook',
      types: ['dk.jobunivers.citizens.registered'],
    });
    expect(created.status).toBe(200);
    // What DNS rebinding does: the name now answers with an internal address (here: the URL itself).
    await db.query(`UPDATE integration.webhook SET url = $1 WHERE client_id = $2`, [receiverUrl, client.body.id]);
    const [before] = await db.query(`SELECT cursor_tx, cursor_seq FROM integration.webhook WHERE client_id = $1`, [
      client.body.id,
    ]);

    await newCitizen(browsers, staff('Mette Kjær'), { firstName: 'Rebind', unemployedSince: '2026-11-02' });
    await expect(app.get(WebhooksService).dispatchDue()).resolves.toBe(0);
    expect(hits).toBe(0);

    const log = await send<{ items: Json[]; total: number }>(admin, 'GET', `${path}/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        eventType: 'dk.jobunivers.citizens.registered',
        attempt: 1,
        outcome: 'failed',
        responseStatus: null,
        error: expect.stringMatching(/^refused to connect: 127\.0\.0\.1 resolves to an address that is not public/),
      }),
    ]);
    const webhook = await send<Json>(admin, 'GET', path);
    expect(webhook.status).toBe(200);
    expect(webhook.body).toMatchObject({ active: false, attempts: 0 });
    // The event still waits at the cursor; a switched-off webhook is not tried again.
    expect(
      await db.query(`SELECT cursor_tx, cursor_seq FROM integration.webhook WHERE client_id = $1`, [client.body.id]),
    ).toEqual([before]);
    await db.query(`UPDATE integration.webhook SET next_attempt_at = now() WHERE client_id = $1`, [client.body.id]);
    await expect(app.get(WebhooksService).dispatchDue()).resolves.toBe(0);
    expect((await send<{ total: number }>(admin, 'GET', `${path}/deliveries`)).body.total).toBe(1);
  });
});
