import { ApiProblemError, createApiClient, unwrap } from './client';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createApiClient', () => {
  it('calls typed paths and returns the page', async () => {
    const calls: Request[] = [];
    const page = {
      items: [
        { code: '0751', name: 'Aarhus', region: 'Midtjylland', regionCode: '1082', latitude: 56.1, longitude: 10.1 },
      ],
      page: 1,
      limit: 20,
      total: 1,
      totalPages: 1,
    };
    const client = createApiClient('http://api.test', async (input) => {
      calls.push(input as Request);
      return json(200, page);
    });
    const data = unwrap(await client.GET('/api/v1/municipalities', { params: { query: { q: 'Aar' } } }));
    expect(data.items[0].name).toBe('Aarhus');
    expect(calls[0].url).toBe('http://api.test/api/v1/municipalities?q=Aar');
  });

  it('turns problem responses into ApiProblemError with the problem', async () => {
    const problem = {
      type: 'https://jobunivers.dk/problems/postal-code-not-found',
      title: 'There is no such postal code',
      status: 404,
      code: 'postal_code_not_found',
    };
    const client = createApiClient('http://api.test', async () => json(404, problem, 'application/problem+json'));
    const result = await client.GET('/api/v1/postal-codes/{code}', { params: { path: { code: '9999' } } });
    expect(() => unwrap(result)).toThrow(ApiProblemError);
    try {
      unwrap(result);
    } catch (e) {
      expect((e as ApiProblemError).problem.code).toBe('postal_code_not_found');
      expect((e as ApiProblemError).status).toBe(404);
    }
  });

  it('treats 204 No Content as success, and an empty 200 as a failure to understand', async () => {
    const client = createApiClient('http://api.test', async () => new Response(null, { status: 204 }));
    expect(unwrap(await client.PUT('/api/v1/me/saved-jobs/{id}', { params: { path: { id: 'a' } } }))).toBeUndefined();
    const empty = createApiClient('http://api.test', async () => new Response(null, { status: 500 }));
    expect(() => unwrap({ data: undefined, response: new Response(null, { status: 200 }) })).toThrow(ApiProblemError);
    await expect(
      empty.PUT('/api/v1/me/saved-jobs/{id}', { params: { path: { id: 'a' } } }).then(unwrap),
    ).rejects.toThrow(ApiProblemError);
  });

  it('sends the page language as Accept-Language, unless the caller gives one', async () => {
    const calls: Request[] = [];
    const g = globalThis as { document?: unknown };
    const before = g.document;
    g.document = { documentElement: { lang: 'en' }, cookie: '' };
    try {
      const client = createApiClient('http://api.test', async (input) => {
        calls.push(input as Request);
        return json(200, { items: [], profileReady: false });
      });
      await client.GET('/api/v1/me/job-matches');
      await client.GET('/api/v1/me/job-matches', { headers: { 'accept-language': 'da' } });
    } finally {
      g.document = before;
    }
    expect(calls.map((c) => c.headers.get('accept-language'))).toEqual(['en', 'da']);
  });
});
