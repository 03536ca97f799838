// Shared helpers for the benches: the built API as a child process, dev sign-in, percentiles,
// results on disk — used by every bench in bench/.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const freePort = () => 20000 + Math.floor(Math.random() * 20000);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// A bench is one principal calling a limited route thousands of times: limits far above that.
const NO_RATE_LIMITS = {
  RATE_LIMIT_JOB_MATCHES: '1000000/60',
  RATE_LIMIT_JOB_SEARCH: '1000000/60',
  RATE_LIMIT_JOB_IMPORT: '1000000/60',
  RATE_LIMIT_DATA_EXPORT: '1000000/60',
  RATE_LIMIT_REPORTS: '1000000/60',
};

/** Starts `dist/apps/api/main.js <args>` with `env` (node options from BENCH_NODE_ARGS, e.g. `--cpu-prof`); resolves when /api/health answers 200. */
export async function startApi({
  port,
  env,
  args = [],
  preload,
  nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
  quiet = !process.env.BENCH_DEBUG,
}) {
  const child = spawn('node', [...nodeArgs, ...(preload ? ['-r', preload] : []), 'dist/apps/api/main.js', ...args], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      AUTH_MODE: 'dev',
      QUEUE_ENABLED: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true',
      ...NO_RATE_LIMITS,
      ...env,
    },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const exited = new Promise((r) => child.once('exit', r));
  /** Stops it (SIGTERM: a clean shutdown; SIGKILL: a crash) and waits until it has exited. */
  const stop = async (signal = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  // If the bench itself ends first, the API goes with it; the listener goes when the API has exited.
  const orphan = () => child.kill('SIGTERM');
  process.on('exit', orphan);
  exited.then(() => process.off('exit', orphan));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { child, stop };
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  await stop();
  throw new Error('the API did not start');
}

/** Runs `dist/apps/api/main.js <args>` to the end, output shown; rejects on a non-zero exit. */
export function runApiCommand(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['dist/apps/api/main.js', ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: 'inherit',
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} exited with ${code}`))));
  });
}

/** Dev sign-in: the session cookie header for `userId` (a citizen's or a staff user's id). */
export async function signIn(base, userId) {
  const res = await fetch(`${base}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${userId}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Dev sign-in as a browser would hold it: `(method, path, body?) => fetch(...)` with the session cookie and the CSRF header. */
export async function signedIn(base, userId, fetchImpl = fetch) {
  const res = await fetchImpl(`${base}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${userId}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '');
  return (method, path, body) =>
    fetchImpl(`${base}${path}`, {
      method,
      headers: {
        cookie: cookies.join('; '),
        'x-xsrf-token': csrf,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const median = (values) => percentile(values, 50);
export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function writeResult(name, data) {
  const file = join(root, 'bench/results', `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...data }, null, 2) + '\n');
  return file;
}
