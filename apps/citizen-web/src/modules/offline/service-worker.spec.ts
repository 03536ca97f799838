/**
 * @jest-environment node
 */
// The service worker (public/sw.js) as it ships, run in a VM context with an in-memory Cache Storage and a fetch the
// test controls: what it keeps, for whom, what it serves offline, and what it never touches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const ORIGIN = 'https://jobunivers.test';
const SOFIE = { kind: 'citizen', id: '0a0a0a0a-0000-4000-8000-000000000001', name: 'Sofie Jensen' };
const PETER = { kind: 'citizen', id: '0a0a0a0a-0000-4000-8000-000000000002', name: 'Peter Holm' };

class MemoryCache {
  readonly entries = new Map<string, Response>();
  private key = (request: string | Request) =>
    new URL(typeof request === 'string' ? request : request.url, ORIGIN).href;
  async put(request: string | Request, response: Response) {
    this.entries.set(this.key(request), response);
  }
  async add(request: string | Request) {
    this.entries.set(this.key(request), new Response('shell'));
  }
  async match(request: string | Request) {
    return this.entries.get(this.key(request))?.clone();
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

class MemoryCacheStorage {
  readonly caches = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return this.caches.get(name) as MemoryCache;
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
  async has(name: string) {
    return this.caches.has(name);
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async match(request: string | Request, options: { cacheName: string }) {
    return this.caches.get(options.cacheName)?.match(request);
  }
}

type Handler = (event: unknown) => void;

function startWorker() {
  const listeners: Record<string, Handler> = {};
  const storage = new MemoryCacheStorage();
  const messages: unknown[] = [];
  let network: (request: Request) => Promise<Response> = async () => new Response('{}');
  const context = createContext({
    self: {
      location: new URL(`${ORIGIN}/sw.js`),
      addEventListener: (type: string, handler: Handler) => (listeners[type] = handler),
      skipWaiting: async () => undefined,
      clients: {
        claim: async () => undefined,
        get: async () => ({ postMessage: (message: unknown) => messages.push(message) }),
      },
      JOBUNIVERS_PRECACHE: { version: 'test', urls: ['/', '/assets/index-abc.js'] },
    },
    importScripts: () => undefined,
    caches: storage,
    fetch: (request: Request) => network(request),
    URL,
    Request,
    Response,
    Headers,
    Promise,
    Date,
    console,
  });
  runInContext(readFileSync(join(__dirname, '../../../public/sw.js'), 'utf8'), context);
  const fns = context as unknown as {
    isOfflineRead: (method: string, url: URL, origin: string) => boolean;
    handles: (method: string, url: URL, origin: string) => boolean;
    dataCacheKey: (url: URL, language: string | null) => string;
  };

  /** Dispatches a fetch the way a browser does; resolves to the worker's answer, or 'network' when it stays out. */
  async function request(path: string, init: RequestInit & { mode?: RequestMode } = {}) {
    const waits: Promise<unknown>[] = [];
    let answer: Promise<Response> | undefined;
    const { mode, ...rest } = init;
    const req = new Request(new URL(path, ORIGIN), rest);
    const event = {
      // Node's Request refuses mode "navigate" (only a browser makes one): the fields the worker reads, as a browser sets them.
      request: mode === 'navigate' ? { mode, url: req.url, method: req.method, headers: req.headers } : req,
      clientId: 'page-1',
      respondWith: (response: Promise<Response>) => (answer = response),
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
    };
    listeners['fetch'](event);
    if (!answer) return 'network' as const;
    const response = await answer.catch(() => 'network error' as const);
    await Promise.all(waits);
    return response;
  }
  const online = (answers: Record<string, unknown>) => {
    network = async (req) => {
      const path = new URL(req.url).pathname;
      if (!(path in answers)) return new Response('not found', { status: 404 });
      const body = answers[path];
      return typeof body === 'number' ? new Response('{}', { status: body }) : Response.json(body);
    };
  };
  const offline = () => {
    network = async () => {
      throw new TypeError('Failed to fetch');
    };
  };
  const saved = async () =>
    [...(await storage.open('jobunivers-data')).entries.keys()].map((url) => new URL(url).pathname).sort();
  const signOut = async () => {
    const waits: Promise<unknown>[] = [];
    listeners['message']({ data: { type: 'jobunivers:sign-out' }, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  return { fns, request, online, offline, saved, signOut, messages, storage, listeners };
}

describe('the service worker', () => {
  it('keeps only the allow-listed own reads: start page, plan, meetings, contact details', () => {
    const { fns } = startWorker();
    const read = (path: string, method = 'GET', origin = ORIGIN) =>
      fns.isOfflineRead(method, new URL(path, origin), ORIGIN);
    for (const path of [
      '/api/v1/me',
      '/api/v1/me/plan',
      '/api/v1/me/meetings',
      '/api/v1/me/meetings/0a0a0a0a-0000-4000-8000-000000000009',
      '/api/v1/me/profile',
      '/api/v1/me/timeline?page=1&limit=3',
      '/api/v1/me/screening',
    ]) {
      expect([path, read(path)]).toEqual([path, true]);
    }
    for (const path of [
      '/api/v1/me/conversations',
      '/api/v1/me/notifications',
      '/api/v1/me/export',
      '/api/v1/me/access-log',
      '/api/v1/me/notifications/stream',
      '/api/v1/auth/citizen/login',
      '/api/v1/me/plan/items',
      '/api/v1/offers',
    ]) {
      expect([path, read(path)]).toEqual([path, false]);
    }
    expect(read('/api/v1/me/plan', 'POST')).toBe(false);
    expect(read('/api/v1/me/plan', 'GET', 'https://elsewhere.test')).toBe(false);
  });

  it('keys a saved read by path, query and language', () => {
    const { fns } = startWorker();
    const key = (path: string, language: string | null) => fns.dataCacheKey(new URL(path, ORIGIN), language);
    expect(key('/api/v1/me/timeline?page=1&limit=3', 'en')).toBe('/api/v1/me/timeline?page=1&limit=3&sw-lang=en');
    expect(key('/api/v1/me/plan', null)).toBe('/api/v1/me/plan?sw-lang=');
    expect(key('/api/v1/me/plan', 'da')).not.toBe(key('/api/v1/me/plan', 'en'));
  });

  it('leaves every other request to the network: writes, other reads, the event stream, sign-in redirects', async () => {
    const { request } = startWorker();
    expect(await request('/api/v1/me/plan/items', { method: 'POST', body: '{}' })).toBe('network');
    expect(await request('/api/v1/me/conversations')).toBe('network');
    expect(await request('/api/v1/me/notifications/stream', { headers: { accept: 'text/event-stream' } })).toBe(
      'network',
    );
    expect(await request('/api/v1/auth/citizen/login?returnTo=%2F', { mode: 'navigate' })).toBe('network');
    expect(await request('https://nemlog-in.test/login')).toBe('network');
  });

  it('serves the saved plan offline, tells the page when it was saved, and opens pages from the shell', async () => {
    const worker = startWorker();
    worker.online({ '/api/v1/me': SOFIE, '/api/v1/me/plan': { items: [{ title: 'CV-værksted' }] } });
    expect(((await worker.request('/api/v1/me')) as Response).status).toBe(200);
    await worker.request('/api/v1/me/plan');
    expect(await worker.saved()).toEqual(['/__jobunivers/subject', '/api/v1/me', '/api/v1/me/plan']);

    worker.offline();
    const plan = (await worker.request('/api/v1/me/plan')) as Response;
    expect(await plan.json()).toEqual({ items: [{ title: 'CV-værksted' }] });
    expect(worker.messages).toEqual([
      { type: 'jobunivers:offline', savedAt: plan.headers.get('x-jobunivers-saved-at') },
    ]);
    expect(await worker.request('/api/v1/me/meetings')).toBe('network error');
    await (await worker.storage.open('jobunivers-shell-test')).add('/');
    expect(await ((await worker.request('/mit-forloeb', { mode: 'navigate' })) as Response).text()).toBe('shell');
  });

  it('forgets everything at sign-out, when /me answers 401, and when someone else signs in', async () => {
    const worker = startWorker();
    worker.online({ '/api/v1/me': SOFIE, '/api/v1/me/plan': { items: [] } });
    await worker.request('/api/v1/me');
    await worker.request('/api/v1/me/plan');
    await worker.signOut();
    expect(await worker.saved()).toEqual([]);

    await worker.request('/api/v1/me');
    await worker.request('/api/v1/me/plan');
    worker.online({ '/api/v1/me': 401, '/api/v1/me/plan': 401 });
    await worker.request('/api/v1/me');
    expect(await worker.saved()).toEqual([]);

    worker.online({ '/api/v1/me': SOFIE, '/api/v1/me/plan': { items: [{ title: 'Sofies plan' }] } });
    await worker.request('/api/v1/me');
    await worker.request('/api/v1/me/plan');
    worker.online({ '/api/v1/me': PETER, '/api/v1/me/meetings': [] });
    await worker.request('/api/v1/me');
    await worker.request('/api/v1/me/meetings');
    expect(await worker.saved()).toEqual(['/__jobunivers/subject', '/api/v1/me', '/api/v1/me/meetings']);
    worker.offline();
    expect(await worker.request('/api/v1/me/plan')).toBe('network error');
  });

  it('keeps no read before /me has said who is signed in, and none for staff', async () => {
    const worker = startWorker();
    worker.online({
      '/api/v1/me': { kind: 'staff', id: SOFIE.id, name: 'Mette Kjær' },
      '/api/v1/me/plan': { items: [] },
    });
    await worker.request('/api/v1/me/plan');
    await worker.request('/api/v1/me');
    await worker.request('/api/v1/me/plan');
    expect(await worker.saved()).toEqual([]);
  });
});
