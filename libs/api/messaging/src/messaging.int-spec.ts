import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { referenceMigrations } from '@jobunivers/api/reference';
import { createModuleTestApp, SignedInBrowsers, TestHttp, newCitizen, unique } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { messagingMigrations } from './migrations';
import { MessagingModule } from './messaging.module';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const migrations = [
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...messagingMigrations,
];

describe('messaging: conversations in real time and the 24/7 knowledge base', () => {
  let app: INestApplication;
  let http: TestHttp;
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
  const jonas = staff('Jonas Holm');
  const anne = staff('Anne Dahl');
  // Citizens of their own (the demo citizens' audit trails belong to other specs on this database).
  let SOFIE = '';
  let MADS = '';
  const register = async (firstName: string) =>
    (
      await newCitizen(browsers, mette, {
        firstName,
        lastName: `Beskedsen ${unique()}`,
        benefitType: 'unemployment_benefit',
        unemployedSince: '2026-11-01',
      })
    ).id;

  beforeAll(async () => {
    // Live delivery of messages (the stream lives in the notifications module) is tested in notifications.int-spec.ts.
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, MessagingModule],
      migrations,
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
    SOFIE = await register('Sofie');
    MADS = await register('Mads');
  });
  afterAll(() => app.close());

  it('a citizen writes; the jobcentre inbox shows it (audited); nobody else can read it', async () => {
    const started = await send<Json>(SOFIE, 'POST', '/api/v1/me/conversations', {
      subject: '  Spørgsmål om kursus ',
      message: 'Kan jeg tage et kursus i Excel?',
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      subject: 'Spørgsmål om kursus',
      status: 'open',
      assignedName: null,
      unread: 0,
      messages: [
        {
          authorKind: 'citizen',
          authorName: expect.stringMatching(/^Sofie Beskedsen \d+$/),
          body: 'Kan jeg tage et kursus i Excel?',
          internal: false,
        },
      ],
      opening: { openNow: expect.any(Boolean), nextAnswerFrom: expect.any(String) },
    });
    const id = started.body['id'] as string;

    const inbox = await send<{ items: Json[] }>(jonas, 'GET', '/api/v1/conversations?assigned=unassigned');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.find((i) => i['id'] === id)).toMatchObject({
      citizenId: SOFIE,
      citizenName: expect.stringMatching(/^Sofie Beskedsen \d+$/),
      unread: 1,
      preview: 'Kan jeg tage et kursus i Excel?',
      assignedTo: null,
    });
    const [{ assigned }] = await db.query(
      `SELECT assigned_caseworker_id AS assigned FROM citizens.citizen WHERE id = $1`,
      [SOFIE],
    );
    const [audit] = await db.query(
      `SELECT purpose FROM audit.audit_event WHERE actor_id = $1 AND citizen_id = $2 AND resource = 'conversations' ORDER BY occurred_at DESC LIMIT 1`,
      [jonas, SOFIE],
    );
    expect(audit).toEqual({ purpose: assigned === jonas ? 'caseload' : 'inbox' });

    expect((await send(MADS, 'GET', `/api/v1/me/conversations/${id}`)).status).toBe(404);
    expect((await send(MADS, 'POST', `/api/v1/me/conversations/${id}/messages`, { message: 'hej' })).status).toBe(404);
    expect((await send(anne, 'GET', `/api/v1/conversations/${id}`)).status).toBe(404);
    expect(
      (await send<{ items: Json[] }>(anne, 'GET', '/api/v1/conversations')).body.items.some((i) => i['id'] === id),
    ).toBe(false);
    expect((await send(SOFIE, 'GET', '/api/v1/conversations')).status).toBe(403);

    const before = await db.query(`SELECT count(*)::int AS n FROM messaging.message WHERE conversation_id = $1`, [id]);
    const tooLong = await send<Json>(SOFIE, 'POST', `/api/v1/me/conversations/${id}/messages`, {
      message: 'x'.repeat(4001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body['errors']).toEqual([{ field: 'message', message: 'message must be at most 4000 characters' }]);
    expect((await send(SOFIE, 'POST', `/api/v1/me/conversations/${id}/messages`, { message: '   ' })).status).toBe(400);
    expect(
      (await send(SOFIE, 'POST', `/api/v1/me/conversations/${id}/messages`, { message: '<b>hej</b>', html: true }))
        .status,
    ).toBe(400);
    expect(await db.query(`SELECT count(*)::int AS n FROM messaging.message WHERE conversation_id = $1`, [id])).toEqual(
      before,
    );
    const noSubject = await send<Json>(SOFIE, 'POST', '/api/v1/me/conversations', { message: 'hej' });
    expect(noSubject.status).toBe(400);
    expect(new Set((noSubject.body['errors'] as Array<{ field: string }>).map((e) => e.field))).toEqual(
      new Set(['subject']),
    );
    expect((await send<Json>(jonas, 'GET', '/api/v1/conversations?assigned=someone')).status).toBe(400);
    expect(
      (await send<Json>(jonas, 'POST', `/api/v1/conversations/${id}/messages`, { message: 'x'.repeat(4001) })).status,
    ).toBe(400);
  });

  it('replies, internal notes, first-response time, read receipts and claims', async () => {
    const { body } = await send<Json>(MADS, 'POST', '/api/v1/me/conversations', {
      subject: 'Samtale',
      message: '<script>alert(1)</script> Kan vi flytte samtalen?',
    });
    const id = body['id'] as string;
    const note = await send<Json>(mette, 'POST', `/api/v1/conversations/${id}/messages`, {
      message: 'Tjek kalenderen først',
      internal: true,
    });
    expect(note.status).toBe(201);
    let [row] = await db.query(`SELECT first_response_at, assigned_to FROM messaging.conversation WHERE id = $1`, [id]);
    expect(row).toEqual({ first_response_at: null, assigned_to: mette });
    const reply = await send<Json>(mette, 'POST', `/api/v1/conversations/${id}/messages`, {
      message: 'Ja, vælg en ny tid under Samtaler.',
    });
    expect(reply.status).toBe(201);
    [row] = await db.query(`SELECT first_response_at, created_at FROM messaging.conversation WHERE id = $1`, [id]);
    expect(new Date(row.first_response_at).getTime()).toBeGreaterThanOrEqual(new Date(row.created_at).getTime());

    const mine = await send<{ items: Json[] }>(MADS, 'GET', '/api/v1/me/conversations');
    expect(mine.body.items.find((i) => i['id'] === id)).toMatchObject({
      unread: 1,
      assignedName: 'Mette Kjær',
      preview: 'Ja, vælg en ny tid under Samtaler.',
    });
    const thread = await send<{ messages: Json[]; otherReadAt: string | null }>(
      MADS,
      'GET',
      `/api/v1/me/conversations/${id}`,
    );
    expect(thread.body.messages.map((m) => m['body'])).toEqual([
      '<script>alert(1)</script> Kan vi flytte samtalen?',
      'Ja, vælg en ny tid under Samtaler.',
    ]);
    expect(thread.body.otherReadAt).not.toBeNull();
    // Reading again with nothing new changes nothing (no new receipt: open pages never ping-pong).
    const [{ citizen_read_at: readAt }] = await db.query(
      `SELECT citizen_read_at FROM messaging.conversation WHERE id = $1`,
      [id],
    );
    await send(MADS, 'GET', `/api/v1/me/conversations/${id}`);
    expect(await db.query(`SELECT citizen_read_at FROM messaging.conversation WHERE id = $1`, [id])).toEqual([
      { citizen_read_at: readAt },
    ]);
    expect(
      (await send<{ items: Json[] }>(MADS, 'GET', '/api/v1/me/conversations')).body.items.find((i) => i['id'] === id),
    ).toMatchObject({ unread: 0 });
    const staffView = await send<{ messages: Json[]; otherReadAt: string | null }>(
      mette,
      'GET',
      `/api/v1/conversations/${id}`,
    );
    expect(staffView.body.messages.map((m) => m['internal'])).toEqual([false, true, false]);
    expect(staffView.body.otherReadAt).not.toBeNull();

    expect((await send<Json>(jonas, 'POST', `/api/v1/conversations/${id}/claim`)).body).toMatchObject({
      assignedTo: jonas,
      assignedName: 'Jonas Holm',
    });
    expect((await send<Json>(jonas, 'POST', `/api/v1/conversations/${id}/assign`, { staffId: anne })).status).toBe(400);
    expect(
      (await send<Json>(jonas, 'POST', `/api/v1/conversations/${id}/assign`, { staffId: mette })).body,
    ).toMatchObject({ assignedTo: mette });
    expect((await send<Json>(mette, 'POST', `/api/v1/conversations/${id}/close`)).body).toMatchObject({
      status: 'closed',
    });
    expect((await send<Json>(MADS, 'POST', `/api/v1/me/conversations/${id}/messages`, { message: 'Tak' })).status).toBe(
      409,
    );
    expect(
      (await send<{ items: Json[] }>(mette, 'GET', '/api/v1/conversations?status=closed&assigned=me')).body.items.some(
        (i) => i['id'] === id,
      ),
    ).toBe(true);
    expect((await send<Json>(mette, 'POST', `/api/v1/conversations/${id}/reopen`)).body).toMatchObject({
      status: 'open',
    });
  });

  it('limits how fast one citizen can write', async () => {
    const { body } = await send<Json>(SOFIE, 'POST', '/api/v1/me/conversations', { subject: 'Mange', message: '1' });
    const id = body['id'] as string;
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM messaging.message WHERE author_id = $1 AND created_at > now() - interval '10 minutes'`,
      [SOFIE],
    );
    for (let i = n; i < 20; i++)
      expect(
        (await send(SOFIE, 'POST', `/api/v1/me/conversations/${id}/messages`, { message: `besked ${i}` })).status,
      ).toBe(201);
    const refused = await send<Json>(SOFIE, 'POST', `/api/v1/me/conversations/${id}/messages`, {
      message: 'en for meget',
    });
    expect(refused.status).toBe(429);
    expect(refused.body['code']).toBe('too_many_messages');
    await db.query(`UPDATE messaging.message SET created_at = created_at - interval '1 hour' WHERE author_id = $1`, [
      SOFIE,
    ]);
  });

  it('answers questions from the knowledge base, best first, on a hand-made set', async () => {
    const cases: Array<[string, string, 'da' | 'en']> = [
      ['Hvor tit skal jeg skrive i min joblog?', 'Joblog: sådan skriver du dine jobansøgninger ind', 'da'],
      ['Må jeg holde ferie mens jeg er ledig?', 'Ferie og sygdom, mens du er ledig', 'da'],
      ['Hvordan flytter jeg min samtale til en anden dag?', 'Book, flyt eller aflys en samtale', 'da'],
      ['Hvornår bliver mine dagpenge udbetalt?', 'Dagpenge og kontanthjælp: udbetaling', 'da'],
      ['Hvad betyder det at stå til rådighed?', 'Rådighed: at stå til rådighed for arbejdsmarkedet', 'da'],
      ['Hvordan logger jeg ind med MitID?', 'Log ind med MitID og brug Jobunivers', 'da'],
      ['Jeg vil gerne på et kursus', 'Kurser og tilbud: sammensæt dit forløb', 'da'],
      ['I am sick, what should I do?', 'Holiday and sickness while unemployed', 'en'],
      ['How do I update my CV?', 'CV and profile: how employers find you', 'en'],
    ];
    for (const [question, best, language] of cases) {
      const res = await send<{ id: string; articles: Array<{ title: string; excerpt: string; body: string }> }>(
        SOFIE,
        'POST',
        '/api/v1/me/questions',
        { question },
        { 'accept-language': language },
      );
      expect(res.status).toBe(200);
      expect([question, res.body.articles[0]?.title]).toEqual([question, best]);
      expect(res.body.articles.length).toBeLessThanOrEqual(3);
    }
    const nothing = await send<{ articles: unknown[] }>(SOFIE, 'POST', '/api/v1/me/questions', {
      question: 'xyzzy plugh',
    });
    expect(nothing.body.articles).toEqual([]);
    expect((await send(SOFIE, 'POST', '/api/v1/me/questions', { question: '' })).status).toBe(400);
  });

  it('"no" sends the question on to a caseworker with the articles shown; the report measures answer quality', async () => {
    const asked = await send<{ id: string; articles: Array<{ title: string }> }>(MADS, 'POST', '/api/v1/me/questions', {
      question: 'Skal jeg skrive i joblog når jeg er syg?',
    });
    expect(asked.body.articles.length).toBeGreaterThan(0);
    const no = await send<{ conversationId: string }>(MADS, 'POST', `/api/v1/me/questions/${asked.body.id}/feedback`, {
      resolved: false,
    });
    expect(no.status).toBe(200);
    const thread = await send<{ subject: string; messages: Array<{ body: string }> }>(
      MADS,
      'GET',
      `/api/v1/me/conversations/${no.body.conversationId}`,
    );
    expect(thread.body.subject).toBe('Skal jeg skrive i joblog når jeg er syg?');
    expect(thread.body.messages[0].body).toBe(
      `Skal jeg skrive i joblog når jeg er syg?\n\nArtikler jeg fik vist, som ikke svarede på det:\n${asked.body.articles.map((a) => `– ${a.title}`).join('\n')}`,
    );
    expect(
      (await send(MADS, 'POST', `/api/v1/me/questions/${asked.body.id}/feedback`, { resolved: true })).status,
    ).toBe(409);
    expect(
      (await send(MADS, 'POST', `/api/v1/me/questions/${asked.body.id}/feedback`, { resolved: 'nej' })).status,
    ).toBe(400);
    expect(
      (await send(SOFIE, 'POST', `/api/v1/me/questions/${asked.body.id}/feedback`, { resolved: true })).status,
    ).toBe(404);
    const yes = await send<{ id: string }>(MADS, 'POST', '/api/v1/me/questions', {
      question: 'Hvordan booker jeg en samtale?',
    });
    expect(
      (await send<Json>(MADS, 'POST', `/api/v1/me/questions/${yes.body.id}/feedback`, { resolved: true })).body,
    ).toEqual({ conversationId: null });

    const report = await send<Json>(mette, 'GET', '/api/v1/knowledge-base/report');
    expect(report.status).toBe(200);
    const [counts] = await db.query(
      `SELECT count(*) FILTER (WHERE resolved)::int AS yes, count(*) FILTER (WHERE resolved = false)::int AS no FROM messaging.question WHERE municipality_code = '0751'`,
    );
    expect(report.body).toMatchObject({
      resolved: counts.yes,
      escalated: counts.no,
      resolvedShare: Math.round((counts.yes / (counts.yes + counts.no)) * 1000) / 1000,
    });
    expect((report.body['unanswered'] as Json[]).map((q) => q['question'])).toEqual(
      expect.arrayContaining(['Skal jeg skrive i joblog når jeg er syg?', 'xyzzy plugh']),
    );
    expect((await send(mette, 'GET', '/api/v1/knowledge-base/report?from=2026-13-01')).status).toBe(400);
  });

  it('staff write and edit their own articles; shared ones are read-only; drafts are not searched', async () => {
    const bad = await send<Json>(mette, 'POST', '/api/v1/knowledge-base/articles', {
      titleDa: '',
      titleEn: 'x',
      bodyDa: 'x',
      bodyEn: 'x',
      status: 'live',
    });
    expect(bad.status).toBe(400);
    const created = await send<Json>(mette, 'POST', '/api/v1/knowledge-base/articles', {
      titleDa: 'Jobcentrets adresse og åbningstider i Aarhus',
      titleEn: 'Address and opening hours',
      bodyDa: 'Vi har åbent mandag til fredag 8–15.30 på Værkmestergade.',
      bodyEn: 'We are open Monday to Friday 8–15.30 at Værkmestergade.',
      status: 'draft',
    });
    expect(created.status).toBe(201);
    const id = created.body['id'] as string;
    expect(
      (
        await send<{ articles: Array<{ id: string }> }>(SOFIE, 'POST', '/api/v1/me/questions', {
          question: 'Hvad er jeres åbningstider?',
        })
      ).body.articles.some((a) => a.id === id),
    ).toBe(false);
    expect(
      (
        await send<Json>(mette, 'PATCH', `/api/v1/knowledge-base/articles/${id}`, {
          ...created.body,
          status: 'published',
          id: undefined,
          municipalityCode: undefined,
          updatedByName: undefined,
          updatedAt: undefined,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await send<{ articles: Array<{ id: string }> }>(SOFIE, 'POST', '/api/v1/me/questions', {
          question: 'Hvad er jeres åbningstider?',
        })
      ).body.articles[0]?.id,
    ).toBe(id);
    // Rudersdal's citizens and staff do not see Aarhus's article.
    const FATIMA = 'c0230000-0000-4000-8000-000000000001';
    expect(
      (
        await send<{ articles: Array<{ id: string }> }>(FATIMA, 'POST', '/api/v1/me/questions', {
          question: 'Hvad er jeres åbningstider?',
        })
      ).body.articles.some((a) => a.id === id),
    ).toBe(false);
    expect(
      (
        await send(anne, 'PATCH', `/api/v1/knowledge-base/articles/${id}`, {
          titleDa: 'x',
          titleEn: 'x',
          bodyDa: 'x',
          bodyEn: 'x',
          status: 'draft',
        })
      ).status,
    ).toBe(404);
    const shared = (await send<{ items: Json[] }>(mette, 'GET', '/api/v1/knowledge-base/articles')).body.items.find(
      (a) => a['municipalityCode'] === null,
    )!;
    expect(
      (
        await send(mette, 'PATCH', `/api/v1/knowledge-base/articles/${shared['id']}`, {
          titleDa: 'x',
          titleEn: 'x',
          bodyDa: 'x',
          bodyEn: 'x',
          status: 'draft',
        })
      ).status,
    ).toBe(404);
    expect((await http.get<Json>(`/api/v1/articles/${shared['id']}`)).body).toMatchObject({ title: shared['titleDa'] });
  });
});
