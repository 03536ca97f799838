// CPU profile of each national-scale read path (on demand: `node bench/profile-reads.mjs [label]` after
// `nx build api`; the scale database must exist — `npm run seed:scale`). For each path it starts the
// built API alone with `--cpu-prof`, signs in BENCH_USERS users, loads the path with autocannon for
// BENCH_SECONDS, stops the API (the profile is written at exit) and sums the samples' self time by
// where the code lives: the HTTP server (fastify / express), Nest, the validation and serialisation
// libraries, pg and TypeORM, logging, our own code (the bundle), Node's internals, GC. Prints one
// table and writes bench/results/profile-<label>.json — to compare before and after a change.
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, root, round, signIn, startApi, writeResult } from './lib/harness.mjs';

const label = process.argv[2] ?? 'now';
const DATA_DIR = resolve(root, process.env.BENCH_DATA_DIR ?? '.data/scale');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const PATHS = [
  {
    key: 'start',
    who: 'citizen',
    requests: ['/me', '/me/screening', '/me/timeline?limit=3', '/me/notifications/unread-count'],
  },
  { key: 'meetings', who: 'citizen', requests: ['/me/meetings'] },
  { key: 'plan', who: 'citizen', requests: ['/me/plan'] },
  { key: 'matches', who: 'citizen', requests: ['/me/job-matches'] },
  { key: 'caseload', who: 'staff', requests: ['/citizens'] },
];

/** Where a sampled function lives, from its script URL (the API's own code is the webpack bundle main.js). */
function place(url, name) {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)' || name === '(program)' || name === '(root)') return name;
  if (!url) return 'V8 / native';
  if (url.startsWith('node:'))
    return /http|net|stream/.test(url)
      ? 'Node http/net/streams'
      : /async_hooks|async_local|timers|promise|process\/task/.test(url)
        ? 'Node async/timers'
        : 'Node other';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (!m) return /dist\/apps\/api/.test(url) ? 'our code (bundle)' : 'other';
  const pkg = m[1];
  if (
    /^(fastify|@fastify\/|find-my-way|light-my-request|avvio|fast-json-stringify|fast-querystring|secure-json-parse|@nestjs\/platform-fastify)/.test(
      pkg,
    )
  )
    return 'fastify';
  if (
    /^(express|body-parser|router|cookie-parser|helmet|send|etag|finalhandler|on-finished|content-type|type-is|raw-body|qs|@nestjs\/platform-express)$/.test(
      pkg,
    )
  )
    return 'express';
  if (pkg === '@nestjs/core' || pkg === '@nestjs/common' || pkg === 'rxjs' || pkg === 'reflect-metadata')
    return 'nest (+rxjs)';
  if (pkg === 'class-validator' || pkg === 'class-transformer' || pkg === 'validator') return 'validation';
  if (pkg === 'typeorm') return 'typeorm';
  if (/^(pg|pg-protocol|pg-pool|pg-types|postgres-)/.test(pkg)) return 'pg';
  if (/^(pino|pino-http|nestjs-pino|sonic-boom|fast-redact|@fastify\/middie)/.test(pkg))
    return 'logging (pino, middie)';
  if (pkg === 'prom-client') return 'metrics';
  return pkg;
}

/** Self time by place, of the samples taken while the load ran (`from`–`to`: the monotonic clock in µs, as V8 stamps samples). */
function summarise(file, from, to) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const native = new Map();
  const dt = profile.timeDeltas;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += dt[i] ?? 0;
    if (t < from || t > to) return;
    const n = byId.get(id);
    const where = place(n.callFrame.url, n.callFrame.functionName);
    self.set(where, (self.get(where) ?? 0) + (dt[i] ?? 0));
    if (where === 'V8 / native') {
      const name = n.callFrame.functionName || '(anonymous)';
      native.set(name, (native.get(name) ?? 0) + (dt[i] ?? 0));
    }
  });
  const busy = [...self].filter(([k]) => k !== '(idle)').reduce((a, [, v]) => a + v, 0);
  const percent = (entries) =>
    Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round((100 * v) / busy, 1)]));
  return {
    places: percent([...self].filter(([k]) => k !== '(idle)')),
    // The native frames by name (builtins such as JSON, crypto and regular expressions, and system calls).
    nativeTop: Object.fromEntries(Object.entries(percent([...native])).slice(0, 6)),
  };
}

const pgPort = freePort();
const env = { DATA_DIR, EMBEDDED_PG_PORT: String(pgPort), DEMO_DATA: 'false' };
const dbUrl = `postgres://jobunivers:${encodeURIComponent(readFileSync(join(DATA_DIR, 'postgres.password'), 'utf8').trim())}@127.0.0.1:${pgPort}/jobunivers`;
const results = {};
for (const p of PATHS) {
  const dir = mkdtempSync(join(tmpdir(), `jobunivers-prof-${p.key}-`));
  const port = freePort();
  const api = await startApi({ port, env, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const base = `http://127.0.0.1:${port}/api/v1`;
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const ids = (
    p.who === 'citizen'
      ? await db.query(
          `SELECT id FROM citizens.citizen WHERE status = 'active' AND anonymised_at IS NULL ORDER BY id LIMIT $1`,
          [USERS],
        )
      : await db.query(
          `SELECT id FROM identity.staff_user WHERE issuer = 'scale-data' AND roles = '{caseworker}' ORDER BY id LIMIT $1`,
          [USERS],
        )
  ).rows.map((r) => r.id);
  await db.end();
  const cookies = [];
  for (const id of ids) cookies.push(await signIn(base, id));
  let k = 0;
  const requests = p.requests.map((path) => ({ method: 'GET', path: `/api/v1${path}` }));
  const µs = () => Number(process.hrtime.bigint() / 1000n);
  const from = µs();
  const run = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: SECONDS,
    requests: requests.map((r) => ({
      ...r,
      setupRequest: (req) => ({
        ...req,
        headers: { ...req.headers, cookie: cookies[k++ % cookies.length], accept: 'application/json' },
      }),
    })),
  });
  const to = µs();
  await api.stop('SIGTERM');
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  results[p.key] = {
    rps: round(run.requests.average, 0),
    non2xx: run.non2xx,
    ...(file
      ? (({ places, nativeTop }) => ({ selfTimePercent: places, nativeTop }))(summarise(join(dir, file), from, to))
      : { selfTimePercent: null }),
  };
  console.log(
    `${p.key}: ${results[p.key].rps} req/s under the profiler; native: ${JSON.stringify(results[p.key].nativeTop)}`,
  );
}
// One row per place that takes ≥ 1 % on some path; the rest summed.
const all = [...new Set(Object.values(results).flatMap((r) => Object.keys(r.selfTimePercent ?? {})))];
const shown = all.filter((pl) => PATHS.some((p) => (results[p.key].selfTimePercent?.[pl] ?? 0) >= 1));
const row = (pick) =>
  Object.fromEntries(PATHS.map((p) => [p.key, round(pick(results[p.key].selfTimePercent ?? {}), 1)]));
console.table({
  'req/s (profiled)': Object.fromEntries(PATHS.map((p) => [p.key, results[p.key].rps])),
  ...Object.fromEntries(shown.map((pl) => [pl, row((s) => s[pl] ?? 0)])),
  'other packages': row((s) => all.filter((pl) => !shown.includes(pl)).reduce((a, pl) => a + (s[pl] ?? 0), 0)),
});
console.log(`Written to ${writeResult(`profile-${label}`, { seconds: SECONDS, users: USERS, paths: results })}`);
process.exit(0);
