import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { MAX_PAGE, MAX_PAGE_SIZE } from '@jobunivers/api/http';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { DEMO_EMPLOYER_USERS } from '@jobunivers/api/employers';
import { testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { randomUUID } from 'node:crypto';
import { createApp } from './create-app';

type Caller = { label: string; http: TestHttp; headers: Record<string, string> };
type OpenApi = { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
type Problem = { status: number; code: string; errors?: { field: string; message: string }[] };

/** Query values no integer parameter may take: beyond the bounds, or not a plain decimal integer. */
const NOT_AN_INTEGER = [
  '1e20',
  '1e3',
  '-0',
  '1e-9',
  '1.5',
  '0x10',
  ' 5 ',
  '+5',
  'Infinity',
  '-Infinity',
  'NaN',
  '',
  '9223372036854775808',
  '9007199254740993',
  '-1',
  '0',
];
const OUT_OF_RANGE: Record<'page' | 'limit', string[]> = {
  page: [String(MAX_PAGE + 1), '2147483648'],
  limit: [String(MAX_PAGE_SIZE + 1), '2147483648'],
};

// Well-formed RFC 9562 UUIDs of other versions than 4, of items that do not exist.
const UUID_V1 = 'c232ab00-9414-11ec-b3c8-9f6bdeced846';
const UUID_V7 = '017f22e2-79b0-7cc3-98c4-dc0c0c07398f';
const UUID_NIL = '00000000-0000-0000-0000-000000000000';

describe('bounds: extreme numbers, text PostgreSQL cannot store, UUIDs of every version', () => {
  let app: INestApplication;
  let http: TestHttp;
  let callers: Caller[];
  let lists: string[];

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    const session = async (label: string, userId: string): Promise<Caller> => {
      const browser = http.agent();
      expect((await browser.post('/api/v1/auth/dev/sign-in', { userId })).status).toBe(200);
      return { label, http: browser, headers: browser.csrf() };
    };
    const staff = (name: string) => session(name, DEMO_STAFF.find((s) => s.name === name)!.id);
    callers = [
      { label: 'anonymous', http: http.agent(), headers: {} },
      await session('citizen', DEMO_CITIZENS[0].id),
      await staff('Mette Kjær'),
      await staff('Susanne Vestergaard'),
      await staff('Peter Lund'),
      await session('employer', DEMO_EMPLOYER_USERS[0].id),
    ];
    // Every list: a GET with a `page` parameter in the served contract, so a new list joins by itself.
    const doc = (await http.get<OpenApi>('/api/openapi.json')).body;
    lists = Object.entries(doc.paths).flatMap(([path, ops]) =>
      ops.get?.parameters?.some((p) => p.name === 'page' && p.in === 'query')
        ? [path.replace(/\{\w+\}/g, () => randomUUID())]
        : [],
    );
  });
  afterAll(() => app.close());

  /** The first caller the route lets through (with a good page, so validation is not what answers). */
  async function allowedCaller(path: string): Promise<Caller> {
    for (const caller of callers) {
      const res = await caller.http.get(`${path}?page=1&limit=1`, { headers: caller.headers });
      if (res.status >= 500) throw new Error(`${caller.label} GET ${path}?page=1 → ${res.status}`);
      if (res.status !== 401 && res.status !== 403) return caller;
    }
    throw new Error(`no caller gets through to ${path}`);
  }

  it('answers every list asked for an extreme page or limit with a 400 problem naming the field (page=1e20 was a 500)', async () => {
    expect(lists.length).toBeGreaterThanOrEqual(19);
    const failures: string[] = [];
    for (const path of lists) {
      const caller = await allowedCaller(path);
      for (const field of ['page', 'limit'] as const) {
        for (const value of [...NOT_AN_INTEGER, ...OUT_OF_RANGE[field]]) {
          const res = await caller.http.get<Problem>(`${path}?${field}=${encodeURIComponent(value)}`, {
            headers: caller.headers,
          });
          const named =
            res.status === 400 &&
            /^application\/problem\+json/.test(res.headers.get('content-type') ?? '') &&
            res.body.code === 'validation_failed' &&
            res.body.errors?.some((e) => e.field === field);
          if (!named)
            failures.push(
              `${caller.label} GET ${path}?${field}=${JSON.stringify(value)} → ${res.status} ${res.text.slice(0, 120)}`,
            );
        }
      }
      // The deepest page answers (empty) — for a citizen with a home, job ads past the end were a 500.
      const edge = await caller.http.get(`${path}?page=${MAX_PAGE}&limit=${MAX_PAGE_SIZE}`, {
        headers: caller.headers,
      });
      if (edge.status >= 400 && edge.status !== 404)
        failures.push(`${caller.label} GET ${path}?page=${MAX_PAGE}&limit=${MAX_PAGE_SIZE} → ${edge.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('documents the bounds it enforces: integer ranges, page size and depth, text lengths', async () => {
    type Doc = {
      paths: Record<string, Record<string, { parameters?: { name: string; schema: Record<string, unknown> }[] }>>;
      components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    };
    const doc = (await http.get<Doc>('/api/openapi.json')).body;
    const param = (path: string, name: string) =>
      doc.paths[path]!['get']!.parameters!.find((p) => p.name === name)!.schema;
    expect(param('/api/v1/municipalities', 'page')).toMatchObject({ type: 'integer', minimum: 1, maximum: MAX_PAGE });
    expect(param('/api/v1/municipalities', 'limit')).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
    });
    expect(param('/api/v1/job-ads', 'radiusKm')).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(param('/api/v1/job-ads', 'q')).toMatchObject({ maxLength: 200 });
    expect(doc.components.schemas['EducationDto']!.properties['title']).toMatchObject({ minLength: 1, maxLength: 200 });
    expect(doc.components.schemas['EducationDto']!.properties['completedYear']).toMatchObject({
      type: 'integer',
      minimum: 1940,
      maximum: 2100,
    });
    expect(doc.components.schemas['OfferInputDto']!.properties['capacity']).toMatchObject({
      minimum: 1,
      maximum: 100_000,
      nullable: true,
    });
  });

  it('answers a well-formed unknown id of any UUID version with 404 (a v1 id was a 400)', async () => {
    const [anonymous, citizen, caseworker] = callers;
    const routes: [Caller, string][] = [
      [anonymous, '/api/v1/articles/{id}'],
      [citizen, '/api/v1/job-ads/{id}'],
      [citizen, '/api/v1/me/meetings/{id}'],
      [caseworker, '/api/v1/announcements/{id}'],
      [caseworker, '/api/v1/offers/{id}'],
    ];
    const seen: string[] = [];
    for (const [caller, route] of routes) {
      for (const id of [UUID_V1, UUID_V7, UUID_NIL, randomUUID()]) {
        const res = await caller.http.get<Problem>(route.replace('{id}', id), { headers: caller.headers });
        seen.push(`${route} ${id} → ${res.status}`);
      }
      const bad = await caller.http.get<Problem>(route.replace('{id}', 'c232ab00-9414-11ec-b3c8-9f6bdeced84'), {
        headers: caller.headers,
      });
      seen.push(`${route} not a UUID → ${bad.status} ${bad.body.errors?.[0]?.field}`);
    }
    expect(seen).toEqual(
      routes.flatMap(([, route]) => [
        ...[UUID_V1, UUID_V7, UUID_NIL].map((id) => `${route} ${id} → 404`),
        expect.stringMatching(/ → 404$/),
        `${route} not a UUID → 400 id`,
      ]),
    );
    // A UUID in a query filter too: a v7 actor id filters to nothing rather than failing.
    const queue = await caseworker.http.get<{ total: number }>(`/api/v1/screening-queue?citizenId=${UUID_V7}`, {
      headers: caseworker.headers,
    });
    expect([queue.status, queue.body.total]).toEqual([200, 0]);
  });

  it('answers NUL and unpaired surrogates in query, path and body with a 400 problem naming the field', async () => {
    const nulInQuery = await http.get<Problem>('/api/v1/municipalities?q=a%00b');
    expect([nulInQuery.status, nulInQuery.body.errors]).toEqual([
      400,
      [{ field: 'q', message: 'q contains characters that are not allowed (NUL or an unpaired surrogate)' }],
    ]);
    const nulInPath = await http.get<Problem>('/api/v1/postal-codes/80%000');
    expect(nulInPath.status).toBe(400);
    const citizen = callers[1];
    for (const question of [
      'Hvor tit skal jeg skrive\u0000?',
      'Hvor tit \uD800skal jeg skrive?',
      'Hvor tit \uDC00 skal jeg skrive?',
    ]) {
      const res = await citizen.http.post<Problem>('/api/v1/me/questions', { question }, { headers: citizen.headers });
      expect([res.status, res.headers.get('content-type'), res.body.errors]).toEqual([
        400,
        expect.stringMatching(/^application\/problem\+json/),
        [
          {
            field: 'question',
            message: 'question contains characters that are not allowed (NUL or an unpaired surrogate)',
          },
        ],
      ]);
    }
    // Everything else a person may write passes: emoji, right-to-left marks, combining accents, U+FFFF.
    const fine = await citizen.http.post(
      '/api/v1/me/questions',
      { question: 'Joblog 😀 \u200Fمرحبا e\u0301 \uFFFF?' },
      { headers: citizen.headers },
    );
    expect(fine.status).toBe(200);
  });

  it('answers an oversized body with 413, broken JSON with 400 and an unreadable content type with 415, all as problems', async () => {
    const citizen = callers[1];
    const huge = await citizen.http.post<Problem>(
      '/api/v1/me/questions',
      { question: 'x'.repeat(1_100_000) },
      { headers: citizen.headers },
    );
    expect([huge.status, huge.headers.get('content-type'), huge.body.code]).toEqual([
      413,
      expect.stringMatching(/^application\/problem\+json/),
      'payload_too_large',
    ]);
    const longField = await citizen.http.post<Problem>(
      '/api/v1/me/questions',
      { question: 'x'.repeat(900_000) },
      { headers: citizen.headers },
    );
    expect([longField.status, longField.body.errors?.[0]?.field]).toEqual([400, 'question']);
    const broken = await citizen.http.post<Problem>('/api/v1/me/questions', '{"question": "\\ud8', {
      headers: { ...citizen.headers, 'content-type': 'application/json' },
    });
    expect([broken.status, broken.body.code]).toEqual([400, 'malformed_request']);
    // A body no parser reads is refused, rather than read as empty (400 for every field).
    for (const type of [
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
    ]) {
      const res = await citizen.http.post<Problem>('/api/v1/me/questions', '{"question":"Hvad"}', {
        headers: { ...citizen.headers, 'content-type': type },
      });
      expect([type, res.status, res.headers.get('content-type'), res.body.code]).toEqual([
        type,
        415,
        expect.stringMatching(/^application\/problem\+json/),
        'unsupported_media_type',
      ]);
    }
    const form = await citizen.http.post(
      '/api/v1/me/questions',
      new URLSearchParams({ question: 'Hvad med joblog?' }),
      { headers: citizen.headers },
    );
    expect(form.status).toBe(200);
  });
});
