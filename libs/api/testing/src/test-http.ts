import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** JSON-encoded unless a string is given (then sent as is). */
  body?: unknown;
}

/** Real HTTP against the app on a random loopback port (what a browser or municipal system does). */
export class TestHttp {
  /** Cookies this client holds (a browser's jar, simplified: one path, no expiry). */
  readonly cookies = new Map<string, string>();

  private constructor(private readonly base: string) {}

  /** A new client on the same server with its own, empty cookie jar (another browser). */
  agent(): TestHttp {
    return new TestHttp(this.base);
  }

  /** The double-submit CSRF header a browser app sends with its XSRF-TOKEN cookie. */
  csrf(): Record<string, string> {
    const token = this.cookies.get('XSRF-TOKEN');
    return token ? { 'x-xsrf-token': token } : {};
  }

  static async of(app: INestApplication): Promise<TestHttp> {
    const server = app.getHttpServer() as Server;
    if (!server.listening) await app.listen(0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    return new TestHttp(`http://127.0.0.1:${port}`);
  }

  get baseUrl(): string {
    return this.base;
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.cookies.size && !headers['cookie'])
      headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (options.body instanceof URLSearchParams) {
      body = options.body.toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    } else if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    // An event stream never ends by itself: answer with its status and headers and hang up.
    if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      await res.body?.cancel();
      return { status: res.status, headers: res.headers, body: '' as T, text: '' };
    }
    const text = await res.text();
    let parsed: unknown = text;
    if (/json/.test(res.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get<T = unknown>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }
}

/** A free loopback port, for apps that must know their own URL before they listen (OIDC issuer, PUBLIC_URL). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
