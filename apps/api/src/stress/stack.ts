import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';

/** Schema fuzzing sends 200 requests per operation and caller: rate limits (429, documented) far above that. */
const NO_RATE_LIMITS = {
  RATE_LIMIT_JOB_MATCHES: '1000000/60',
  RATE_LIMIT_JOB_SEARCH: '1000000/60',
  RATE_LIMIT_JOB_IMPORT: '1000000/60',
  RATE_LIMIT_DATA_EXPORT: '1000000/60',
  RATE_LIMIT_REPORTS: '1000000/60',
};

const ROOT = join(__dirname, '../../../..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** One API process (the built `dist/apps/api/main.js`), its port and everything it logged. */
export class ApiProcess {
  readonly logs: string[] = [];
  private exited: Promise<void>;

  constructor(
    readonly port: number,
    private readonly proc: ChildProcess,
  ) {
    for (const stream of [proc.stdout, proc.stderr])
      stream?.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill(signal);
    await this.exited;
  }

  async waitHealthy(timeoutMs = 120_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      try {
        if ((await fetch(`${this.base}/api/health`)).ok) return;
      } catch {
        /* not up yet */
      }
      if (this.proc.exitCode !== null)
        throw new Error(`API exited (${this.proc.exitCode}):\n${this.logs.join('').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`API not healthy within ${timeoutMs} ms:\n${this.logs.join('').slice(-3000)}`);
  }
}

/**
 * A private PostgreSQL (tools/stress/pg-server.mjs, which the test can stop and start) and any
 * number of API processes on it, all sharing one DATA_DIR (the same dev secrets: a session made on
 * one instance is valid on every other).
 */
export class StressStack {
  readonly apis: ApiProcess[] = [];
  private lines!: Interface;
  private waiting: Array<(line: string) => void> = [];
  readonly dataDir = mkdtempSync(join(tmpdir(), 'jobunivers-stress-'));
  url = '';

  private constructor(private readonly pg: ChildProcess) {}

  static async start(): Promise<StressStack> {
    const pg = spawn('node', ['tools/stress/pg-server.mjs'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const stack = new StressStack(pg);
    chmodSync(stack.dataDir, 0o777);
    stack.lines = createInterface({ input: pg.stdout! });
    stack.lines.on('line', (line) => stack.waiting.shift()?.(line));
    stack.url = (JSON.parse(await stack.next()) as { url: string }).url;
    return stack;
  }

  private next(): Promise<string> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Takes the database away (a fast shutdown: connections are cut). */
  async stopDatabase(): Promise<void> {
    const answer = this.next();
    this.pg.stdin!.write('stop\n');
    await answer;
  }

  async startDatabase(): Promise<void> {
    const answer = this.next();
    this.pg.stdin!.write('start\n');
    await answer;
  }

  async startApi(env: Record<string, string> = {}): Promise<ApiProcess> {
    const api = await this.spawnApi(env);
    await api.waitHealthy();
    return api;
  }

  /** Starts an API process without waiting for it to be healthy (to start several at once). */
  async spawnApi(env: Record<string, string> = {}): Promise<ApiProcess> {
    const port = await freePort();
    const proc = spawn('node', ['dist/apps/api/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DATABASE_URL: this.url,
        AUTH_MODE: 'dev',
        DEMO_DATA: 'true',
        LOG_LEVEL: 'info',
        AUTH_RATE_LIMIT_PER_MINUTE: '100000',
        OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true',
        ...NO_RATE_LIMITS,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(port, proc);
    this.apis.push(api);
    return api;
  }

  /** Everything every API process logged so far. */
  logs(): string {
    return this.apis.map((a) => a.logs.join('')).join('\n');
  }

  async close(): Promise<void> {
    await Promise.all(this.apis.map((a) => a.kill('SIGTERM')));
    const exited = new Promise((r) => this.pg.once('exit', r));
    this.pg.stdin!.write('exit\n');
    await exited;
  }
}

/** A browser-like session of a demo user (dev sign-in) against one API process: cookie + CSRF header. */
export async function signIn(api: ApiProcess, userId: string): Promise<Session> {
  const res = await fetch(`${api.base}/api/v1/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${userId}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  return { cookie: cookies.join('; '), csrf };
}
export interface Session {
  cookie: string;
  csrf: string;
}

export async function call<T = Record<string, unknown>>(
  api: ApiProcess,
  session: Session | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; contentType: string; redirected: boolean }> {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-xsrf-token': session.csrf } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A request that hangs is a failure too: it shows as status 0.
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    body: (contentType.includes('json') && text ? JSON.parse(text) : text) as T,
    contentType,
    redirected: res.redirected,
  };
}
