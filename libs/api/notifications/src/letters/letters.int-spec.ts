import type { INestApplication } from '@nestjs/common';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { AppConfig } from '@jobunivers/api/config';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { OutboundHttp } from '@jobunivers/api/http';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { messagingMigrations } from '@jobunivers/api/messaging';
import { offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import { createModuleTestApp, SignedInBrowsers, TestHttp, newCitizen, unique } from '@jobunivers/api/testing';
import { addDays, copenhagenToUtc, inCopenhagen, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { DeliveryService } from '../delivery.service';
import { notificationsMigrations } from '../migrations';
import { NotificationsModule } from '../notifications.module';
import { HttpDigitalPostTransport } from './digital-post.transport';
import { danishTimeRange } from './letter-pdf';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const today = todayInCopenhagen();
let day = 30;
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
const ALL_OFF = {
  channels: Object.fromEntries(
    ['meetings', 'jobs', 'messages', 'plan', 'screening'].map((c) => [c, { push: false, email: false }]),
  ),
  quietHours: { enabled: true, from: '00:00', to: '23:59' },
  language: 'da',
};

// WinAnsi is latin1 but for 0x80–0x9F (Node's decoders leave those as control characters): the ones a letter uses.
const WIN_ANSI_EXTRA: Record<string, string> = {
  '\x80': '€',
  '\x91': '‘',
  '\x92': '’',
  '\x93': '“',
  '\x94': '”',
  '\x96': '–',
  '\x97': '—',
};
const winAnsi = {
  decode: (bytes: Buffer) => bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WIN_ANSI_EXTRA[c] ?? c),
};
/** The text a pdfkit PDF shows: its content streams inflated, the hex strings of each TJ joined (WinAnsi encoding). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const bytes = Buffer.from(m[1], 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = m[1];
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      lines.push(
        [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi.decode(Buffer.from(h[1], 'hex'))).join(''),
      );
  }
  return lines.join('\n');
}

describe('formal call-ins reach everyone: Digital Post letters, the letters-to-print list', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  let delivery: DeliveryService;
  let postDir: string;
  const send = <T = Json>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => browsers.send<T>(userId, method, path, body, headers);
  const mette = staff('Mette Kjær');
  const adminAarhus = staff('Peter Lund');
  const rudersdal = staff('Anne Dahl');
  const register = async (extra: Json = {}) => {
    const { id, registration } = await newCitizen(browsers, mette, {
      firstName: 'Ida',
      lastName: `Brev ${unique()}`,
      email: 'ida@example.dk',
      phone: '+4521212121',
      benefitType: 'unemployment_benefit',
      unemployedSince: addDays(today, -2),
      ...extra,
    });
    const { cpr, lastName } = registration;
    const [{ assigned }] = (await db.query(
      `SELECT assigned_caseworker_id AS assigned FROM citizens.citizen WHERE id = $1`,
      [id],
    )) as Array<{ assigned: string }>;
    return { id, cpr, lastName, assigned };
  };
  const lettersOf = (citizenId: string) =>
    db.query(
      `SELECT id, notification_id, meeting_id, status, transport, pdf IS NOT NULL AS has_pdf FROM notifications.letter WHERE citizen_id = $1 ORDER BY created_at`,
      [citizenId],
    ) as Promise<
      Array<{
        id: string;
        notification_id: string;
        meeting_id: string;
        status: string;
        transport: string;
        has_pdf: boolean;
      }>
    >;
  const letterDeliveries = (citizenId: string) =>
    db.query(
      `SELECT d.id, d.status FROM notifications.delivery d JOIN notifications.notification n ON n.id = d.notification_id WHERE n.recipient_id = $1 AND d.channel = 'letter'`,
      [citizenId],
    ) as Promise<Array<{ id: string; status: string }>>;
  const invite = async (caseworker: string, citizenId: string, body: Json) => {
    const start = copenhagenToUtc(addDays(today, day++), '13:00').toISOString();
    const res = await send<Json>(
      caseworker,
      'POST',
      `/api/v1/citizens/${citizenId}/meetings`,
      { start, durationMinutes: 45, ...body },
      { 'x-purpose': 'caseload' },
    );
    expect(res.status).toBe(201);
    return res.body;
  };
  const filesIn = () => (existsSync(postDir) ? readdirSync(postDir).sort() : []);

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
    postDir = join(app.get(AppConfig).dataDir, 'digital-post');
  });
  afterAll(async () => {
    // Test files of a worker share its database: leave the municipality as the migration named it.
    const reset = await send(adminAarhus, 'PUT', '/api/v1/municipalities/0751/unit-name', {
      unitName: 'Aarhus Kommune',
    });
    expect(reset.status).toBe(200);
    await app.close();
  });

  it('the visitation call-in is a Digital Post letter once, with the unit name, time and form, and no CPR number in its file name', async () => {
    const named = await send<Json>(adminAarhus, 'PUT', '/api/v1/municipalities/0751/unit-name', {
      unitName: 'Jobcenter Aarhus',
    });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ code: '0751', unitName: 'Jobcenter Aarhus' });
    const { id, cpr } = await register();
    const [meeting] = (await db.query(
      `SELECT id, form, starts_at, ends_at, address, formal FROM meetings.meeting WHERE citizen_id = $1`,
      [id],
    )) as Array<{ id: string; form: string; starts_at: Date; ends_at: Date; address: string | null; formal: boolean }>;
    expect(meeting.formal).toBe(true);

    await delivery.deliverDue();
    const letters = await lettersOf(id);
    expect(letters).toEqual([
      {
        id: expect.any(String),
        notification_id: expect.any(String),
        meeting_id: meeting.id,
        status: 'sent',
        transport: 'files',
        has_pdf: false,
      },
    ]);
    const uuid = letters[0].id;
    expect(await letterDeliveries(id)).toEqual([{ id: uuid, status: 'sent' }]);
    const files = filesIn().filter((f) => f.startsWith(uuid));
    expect(files).toEqual([`${uuid}.pdf`, `${uuid}.xml`]);
    for (const f of filesIn()) expect(f).not.toContain(cpr);

    const pdf = readFileSync(join(postDir, `${uuid}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Jobcenter Aarhus');
    expect(text).toContain('Indkaldelse til visitationssamtale');
    expect(text).toContain(danishTimeRange(meeting.starts_at.toISOString(), meeting.ends_at.toISOString()));
    expect(text).toContain(
      { in_person: 'Du skal møde op', video: 'videosamtale', phone: 'telefonsamtale' }[meeting.form]!,
    );
    expect(text).toContain('Hvis du ikke deltager');
    expect(text).toContain(`/samtaler/${meeting.id}`);
    expect(text).not.toContain(cpr);
    const memo = readFileSync(join(postDir, `${uuid}.xml`), 'utf8');
    expect(memo).toContain(`<memo:messageUUID>${uuid}</memo:messageUUID>`);
    expect(memo).toContain(`<memo:recipientID>${cpr}</memo:recipientID>`);
    expect(memo).toContain('<memo:label>Jobcenter Aarhus</memo:label>');
    expect(Buffer.from(/<memo:content>([^<]+)<\/memo:content>/.exec(memo)![1], 'base64').equals(pdf)).toBe(true);

    // The job runs again (and again): still one letter, the same files.
    const before = filesIn();
    await delivery.deliverDue();
    await delivery.deliverDue();
    expect(await lettersOf(id)).toHaveLength(1);
    expect(await letterDeliveries(id)).toHaveLength(1);
    expect(filesIn()).toEqual(before);
  });

  it('a citizen with every channel off still gets a formal call-in by letter; an informal invitation makes none; a moved call-in is a new letter', async () => {
    const { id, assigned } = await register();
    expect((await send(id, 'PUT', '/api/v1/me/notification-settings', ALL_OFF)).status).toBe(200);
    await delivery.deliverDue();
    const afterVisitation = (await lettersOf(id)).length;

    const informal = await invite(assigned, id, { form: 'video' });
    expect(informal['formal']).toBe(false);
    await delivery.deliverDue();
    expect(await lettersOf(id)).toHaveLength(afterVisitation);

    const formal = await invite(assigned, id, {
      form: 'in_person',
      address: 'Værkmestergade 9, 8000 Aarhus C',
      formal: true,
      topic: 'Din jobsøgning',
    });
    expect(formal['formal']).toBe(true);
    // No push or e-mail for it — only the letter.
    const channels = (await db.query(
      `SELECT d.channel FROM notifications.delivery d JOIN notifications.notification n ON n.id = d.notification_id WHERE n.params->>'meetingId' = $1 AND n.recipient_id = $2`,
      [formal['id'], id],
    )) as Array<{ channel: string }>;
    expect(channels).toEqual([{ channel: 'letter' }]);
    await delivery.deliverDue();
    const letters = (await lettersOf(id)).filter((l) => l.meeting_id === formal['id']);
    expect(letters).toEqual([expect.objectContaining({ status: 'sent', transport: 'files' })]);
    const text = pdfText(readFileSync(join(postDir, `${letters[0].id}.pdf`)));
    expect(text).toContain('Indkaldelse til jobsamtale');
    expect(text).toContain('Værkmestergade 9, 8000 Aarhus C');
    expect(text).toContain('Din jobsøgning');

    const moved = copenhagenToUtc(addDays(today, day++), '09:30').toISOString();
    expect(
      (
        await send(
          assigned,
          'PATCH',
          `/api/v1/meetings/${formal['id'] as string}`,
          { start: moved },
          { 'x-purpose': 'caseload' },
        )
      ).status,
    ).toBe(200);
    await delivery.deliverDue();
    await delivery.deliverDue();
    const both = (await lettersOf(id)).filter((l) => l.meeting_id === formal['id']);
    expect(both).toHaveLength(2);
    expect(new Set(both.map((l) => l.notification_id)).size).toBe(2);
    const movedText = pdfText(readFileSync(join(postDir, `${both[1].id}.pdf`)));
    expect(movedText).toContain('Din jobsamtale er flyttet');
    const { date } = inCopenhagen(new Date(moved));
    expect(movedText).toContain(`${Number(date.slice(8))}. `);
    expect(movedText).toContain('kl. 09.30');
  });

  it("a citizen exempt from Digital Post: the letter waits on the print list of their municipality's staff only", async () => {
    const { id, lastName } = await register({ digitalPostExempt: true });
    const got = await send<Json>(mette, 'GET', `/api/v1/citizens/${id}`, undefined, { 'x-purpose': 'registration' });
    expect(got.body['digitalPostExempt']).toBe(true);
    const filesBefore = filesIn();
    await delivery.deliverDue();
    const [letter] = await lettersOf(id);
    expect(letter).toMatchObject({ status: 'to_print', transport: 'print', has_pdf: true });
    expect(filesIn()).toEqual(filesBefore);

    const list = await send<{ items: Json[]; total: number }>(mette, 'GET', '/api/v1/letters-to-print?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        id: letter.id,
        citizenId: id,
        citizenName: `Ida ${lastName}`,
        status: 'to_print',
        printedAt: null,
      }),
    );
    const audited = await db.query(
      `SELECT count(*)::int AS n FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'letters_to_print' AND actor_id = $2`,
      [id, mette],
    );
    expect(audited[0].n).toBeGreaterThanOrEqual(1);

    // Another municipality's staff see nothing of it.
    const other = await send<{ items: Json[] }>(rudersdal, 'GET', '/api/v1/letters-to-print?limit=100');
    expect(other.status).toBe(200);
    expect(other.body.items.some((i) => i['id'] === letter.id)).toBe(false);
    expect((await send(rudersdal, 'GET', `/api/v1/letters-to-print/${letter.id}/pdf`)).status).toBe(404);
    expect((await send(rudersdal, 'POST', `/api/v1/letters-to-print/${letter.id}/printed`)).status).toBe(404);
    // Not a citizen's business, and not for the signed-out.
    expect((await send(id, 'GET', '/api/v1/letters-to-print')).status).toBe(403);
    expect((await http.get('/api/v1/letters-to-print')).status).toBe(401);

    const pdf = await send(mette, 'GET', `/api/v1/letters-to-print/${letter.id}/pdf`, undefined, {
      accept: 'application/pdf',
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);

    const printed = await send<Json>(mette, 'POST', `/api/v1/letters-to-print/${letter.id}/printed`);
    expect(printed.status).toBe(200);
    expect(printed.body).toMatchObject({ id: letter.id, status: 'printed', printedAt: expect.any(String) });
    expect(
      (await send<{ items: Json[] }>(mette, 'GET', '/api/v1/letters-to-print?limit=100')).body.items.some(
        (i) => i['id'] === letter.id,
      ),
    ).toBe(false);
    expect(
      (
        await send<{ items: Json[] }>(mette, 'GET', '/api/v1/letters-to-print?status=printed&limit=100')
      ).body.items.some((i) => i['id'] === letter.id),
    ).toBe(true);
    expect((await send(mette, 'GET', '/api/v1/letters-to-print?status=lost')).status).toBe(400);
    expect((await send(mette, 'GET', '/api/v1/letters-to-print/not-a-uuid/pdf')).status).toBe(400);
  });

  it('the unit name is set by an admin of that municipality only, and must be a name', async () => {
    expect((await send(mette, 'PUT', '/api/v1/municipalities/0751/unit-name', { unitName: 'Jobcentret' })).status).toBe(
      403,
    );
    expect(
      (
        await send(adminAarhus, 'PUT', '/api/v1/municipalities/0230/unit-name', {
          unitName: 'Rudersdal Kommune, Job og Ydelse',
        })
      ).status,
    ).toBe(404);
    const bad = await send<Json>(adminAarhus, 'PUT', '/api/v1/municipalities/0751/unit-name', { unitName: ' ' });
    expect(bad.status).toBe(400);
    expect((await http.get('/api/v1/municipalities/0230')).body).toMatchObject({ unitName: 'Rudersdal Kommune' });
  });

  describe('the configured HTTPS transport', () => {
    let server: Server;
    let url: string;
    const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
    let answer = 202;
    beforeAll(async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
          res.statusCode = answer;
          res.end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/memo`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('posts the MeMo message with the bearer token and the message UUID as idempotency key; retries 5xx; refuses internal addresses unless allowed', async () => {
      const outbound = new OutboundHttp({ allowPrivateAddresses: true });
      const transport = new HttpDigitalPostTransport(url, 'provider-token-0123456789', outbound);
      const message = {
        messageUuid: '4b9f7e0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        memo: '<memo:Message/>',
        pdf: Buffer.from('%PDF-'),
      };
      expect(await transport.send(message)).toEqual({ status: 'sent' });
      expect(received).toHaveLength(1);
      expect(received[0].headers).toMatchObject({
        authorization: 'Bearer provider-token-0123456789',
        'idempotency-key': message.messageUuid,
        'content-type': 'application/xml; charset=utf-8',
      });
      expect(received[0].body).toBe('<memo:Message/>');
      answer = 503;
      expect(await transport.send(message)).toMatchObject({ status: 'retry' });
      answer = 400;
      expect(await transport.send(message)).toMatchObject({ status: 'failed' });
      await outbound.destroy();

      const guarded = new OutboundHttp({ allowPrivateAddresses: false });
      expect(await new HttpDigitalPostTransport(url, 'provider-token-0123456789', guarded).send(message)).toMatchObject(
        { status: 'failed', reason: expect.stringContaining('not public') },
      );
      expect(received).toHaveLength(3);
      await guarded.destroy();
    });
  });
});
