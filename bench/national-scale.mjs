// National-scale read bench (`npm run bench`, on demand; builds the API first).
//
// 1. Makes sure the scale database exists (BENCH_DATA_DIR, default .data/scale): `seed:scale --if-empty`
//    — 150,000 citizens, 2,000,000 meetings, 50,000 ads … (SCALE_FACTOR scales it down for a quick try).
// 2. Capture: runs the API once with bench/lib/capture-sql.cjs preloaded and records, per read path and
//    sample user, every SQL statement the API sends (minus the session look-up: the authentication cost).
// 3. Measures five read paths — citizen start page (its four requests: /me, /me/screening,
//    /me/timeline?limit=3, /me/notifications/unread-count), my meetings, my plan, job matches, staff
//    caseload — on the API (signed-in sessions, all layers) against the raw baseline
//    (bench/lib/baseline-server.mjs: node:http + pg running exactly the captured statements), with
//    autocannon, BENCH_PAIRS alternating pairs (baseline first, then candidate first, …), medians.
//    Targets: candidate req/s ≥ 0.6 × baseline, candidate p99 ≤ 1.5 × baseline p99.
// 4. Adds the module benches (booking race, matching p95/nDCG, notification fan-out, push deliveries/s):
//    BENCH_MODULES=run (default) runs them now, =reuse takes their last bench/results/*.json, =skip leaves them out.
// Prints one table and writes bench/results/national-scale.json.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, median, root, round, runApiCommand, signIn, startApi, writeResult } from './lib/harness.mjs';

const DATA_DIR = resolve(root, process.env.BENCH_DATA_DIR ?? '.data/scale');
const FACTOR = process.env.SCALE_FACTOR ?? '1';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const USERS = Number(process.env.BENCH_USERS ?? 100);
const MODULES = process.env.BENCH_MODULES ?? 'run';
const POOL = 20; // the API's pool size (DATABASE_POOL_SIZE's default); the baseline gets the same
const pgPort = freePort();
const env = { DATA_DIR, EMBEDDED_PG_PORT: String(pgPort), DEMO_DATA: 'false' };

const PATHS = [
  {
    key: 'start',
    label: 'citizen start page',
    who: 'citizen',
    requests: ['/me', '/me/screening', '/me/timeline?limit=3', '/me/notifications/unread-count'],
  },
  { key: 'meetings', label: 'my meetings', who: 'citizen', requests: ['/me/meetings'] },
  { key: 'plan', label: 'my plan', who: 'citizen', requests: ['/me/plan'] },
  { key: 'matches', label: 'job matches', who: 'citizen', requests: ['/me/job-matches'] },
  { key: 'caseload', label: 'staff caseload', who: 'staff', requests: ['/citizens'] },
];
/** Statements that are the authentication (session look-up and touch, rate limiting): left out of the baseline. */
const AUTH = /"identity"\."session"|identity\.session|identity\.rate_limit|"identity"\."rate_limit"/;

// ── 1. the scale data ────────────────────────────────────────────────────────
console.log(`Scale database: ${DATA_DIR}`);
await runApiCommand(
  ['seed:scale', '--if-empty', `--factor=${FACTOR}`, `--report=${join(root, 'bench/results/seed-scale.json')}`],
  { ...env, QUEUE_ENABLED: 'false' },
);
const dbUrl = `postgres://jobunivers:${encodeURIComponent(readFileSync(join(DATA_DIR, 'postgres.password'), 'utf8').trim())}@127.0.0.1:${pgPort}/jobunivers`;

// ── 2. capture ──────────────────────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'jobunivers-bench-'));
const captureFile = join(work, 'sql.jsonl');
writeFileSync(captureFile, '');
let port = freePort();
let api = await startApi({
  port,
  env: { ...env, CAPTURE_SQL_FILE: captureFile },
  preload: join(root, 'bench/lib/capture-sql.cjs'),
});
let base = `http://127.0.0.1:${port}/api/v1`;
const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const citizenIds = (
  await db.query(
    `SELECT id FROM citizens.citizen WHERE status = 'active' AND anonymised_at IS NULL ORDER BY id LIMIT $1`,
    [USERS],
  )
).rows.map((r) => r.id);
const staffIds = (
  await db.query(
    `SELECT id FROM identity.staff_user WHERE issuer = 'scale-data' AND roles = '{caseworker}' ORDER BY id LIMIT $1`,
    [USERS],
  )
).rows.map((r) => r.id);
const scale = (
  await db.query(
    `SELECT (SELECT count(*) FROM citizens.citizen)::int AS citizens, (SELECT count(*) FROM meetings.meeting)::int AS meetings, (SELECT count(*) FROM job_matching.job_ad)::int AS "jobAds", (SELECT count(*) FROM audit.audit_event)::int AS "auditRows"`,
  )
).rows[0];
await db.end();
if (citizenIds.length < USERS || staffIds.length < Math.min(USERS, 10))
  throw new Error('the scale database has too few citizens or caseworkers');
const cookies = { citizen: [], staff: [] };
for (const id of citizenIds) cookies.citizen.push(await signIn(base, id));
for (const id of staffIds) cookies.staff.push(await signIn(base, id));

let offset = statSync(captureFile).size;
const newStatements = () => {
  const size = statSync(captureFile).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(captureFile, 'r');
  readSync(fd, buffer, 0, buffer.length, offset);
  closeSync(fd);
  offset = size;
  return buffer
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((s) => !AUTH.test(s.text));
};
const get = async (path, cookie) => {
  const res = await fetch(`${base}${path}`, {
    headers: { cookie, accept: 'application/json', 'accept-language': 'da' },
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
};
// Warm-up: every user's first request of each path, uncaptured — it fills the process's caches (reference
// catalogues) and each user's own (the job-match list a first read fills), so what is captured and measured
// is the steady state, for the API and the baseline alike.
for (const p of PATHS) for (const r of p.requests) for (const cookie of cookies[p.who]) await get(r, cookie);
await new Promise((r) => setTimeout(r, 300));
newStatements();
const captured = {};
const statementsPerRequest = {};
for (const p of PATHS) {
  p.requests.forEach((r, i) => {
    captured[`${p.key}-${i}`] = [];
  });
  for (const cookie of cookies[p.who]) {
    for (const [i, r] of p.requests.entries()) {
      await get(r, cookie);
      await new Promise((r) => setTimeout(r, 5));
      captured[`${p.key}-${i}`].push(newStatements());
    }
  }
  statementsPerRequest[p.key] = round(
    p.requests.reduce((sum, _r, i) => sum + captured[`${p.key}-${i}`].reduce((a, s) => a + s.length, 0), 0) /
      (cookies[p.who].length * p.requests.length),
    1,
  );
}
writeFileSync(join(work, 'captured.json'), JSON.stringify(captured));
await api.stop();

// ── 3. measure ──────────────────────────────────────────────────────────────
port = freePort();
api = await startApi({ port, env });
base = `http://127.0.0.1:${port}/api/v1`;
const baselinePort = freePort();
const baseline = spawn(
  'node',
  [join(root, 'bench/lib/baseline-server.mjs'), join(work, 'captured.json'), String(baselinePort), dbUrl, String(POOL)],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
process.on('exit', () => baseline.kill('SIGTERM'));
await new Promise((r) => baseline.stdout.once('data', r));

/** One autocannon run; every request is a (path, user) pair taken in turn, the same order for both servers. */
function load(p, target, seconds) {
  const users = cookies[p.who].length;
  let k = 0;
  const requests = p.requests.map((path, i) => ({
    method: 'GET',
    setupRequest: (req) => {
      const user = Math.floor(k++ / p.requests.length) % users;
      return target === 'api'
        ? {
            ...req,
            path: `/api/v1${path}`,
            headers: { cookie: cookies[p.who][user], accept: 'application/json', 'accept-language': 'da' },
          }
        : { ...req, path: `/${p.key}-${i}/${user}` };
    },
  }));
  return new Promise((resolvePromise, reject) =>
    autocannon(
      {
        url: `http://127.0.0.1:${target === 'api' ? port : baselinePort}`,
        connections: CONNECTIONS,
        duration: seconds,
        requests,
      },
      (error, result) => (error ? reject(error) : resolvePromise(result)),
    ),
  );
}
const summary = (r) => ({
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
  requests: r.requests.total,
});

const rows = [];
for (const p of PATHS) {
  await load(p, 'baseline', 2);
  await load(p, 'api', 2);
  const runs = { baseline: [], api: [] };
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const target of pair % 2 === 0 ? ['baseline', 'api'] : ['api', 'baseline'])
      runs[target].push(summary(await load(p, target, SECONDS)));
  }
  const med = (target, field) => median(runs[target].map((r) => r[field]));
  const row = {
    path: p.label,
    requests: p.requests.join(' + '),
    statementsPerRequest: statementsPerRequest[p.key],
    baseline: { rps: round(med('baseline', 'rps'), 0), p50Ms: med('baseline', 'p50'), p99Ms: med('baseline', 'p99') },
    api: { rps: round(med('api', 'rps'), 0), p50Ms: med('api', 'p50'), p99Ms: med('api', 'p99') },
    failures: runs.api.concat(runs.baseline).reduce((n, r) => n + r.non2xx + r.errors, 0),
    pairs: runs,
  };
  row.rpsRatio = round(row.api.rps / row.baseline.rps, 2);
  row.p99Ratio = round(row.api.p99Ms / Math.max(1, row.baseline.p99Ms), 2);
  row.meetsTarget = row.rpsRatio >= 0.6 && row.p99Ratio <= 1.5 && row.failures === 0;
  rows.push(row);
  console.log(
    `${p.label.padEnd(20)} baseline ${String(row.baseline.rps).padStart(6)} req/s p50 ${row.baseline.p50Ms} p99 ${row.baseline.p99Ms} ms · API ${String(row.api.rps).padStart(6)} req/s p50 ${row.api.p50Ms} p99 ${row.api.p99Ms} ms · ×${row.rpsRatio} req/s, ×${row.p99Ratio} p99 ${row.meetsTarget ? 'ok' : 'MISSED'}`,
  );
}
baseline.kill('SIGTERM');
await new Promise((r) => baseline.once('exit', r));
await api.stop();

// ── 4. module benches ───────────────────────────────────────────────────────
const MODULE_BENCHES = [
  {
    name: 'meetings-booking',
    script: 'bench/meetings-booking.mjs',
    row: (r) => ({
      bench: 'booking race (500 citizens × 20 slots)',
      result: `exactly one per slot: ${r.exactlyOnePerSlot ? 'yes' : 'NO'}; burst p95 ${r.p95Ms} ms (target ≤ ${r.targetP95Ms}); uncontended p95 ${r.uncontendedP95Ms} ms (≤ ${r.targetUncontendedP95Ms})`,
      meetsTarget: r.exactlyOnePerSlot && r.p95Ms <= r.targetP95Ms && r.uncontendedP95Ms <= r.targetUncontendedP95Ms,
    }),
  },
  {
    name: 'job-matching',
    script: 'bench/job-matching.mjs',
    row: (r) => ({
      bench: `job matching (${r.scale.citizens} citizens × ${r.scale.ads} ads)`,
      result: `p95 ${r.matches.p95Ms} ms (target ≤ ${r.matches.targetP95Ms}); nDCG@10 ${r.ranking.ndcgAt10} (≥ 0.85); ${r.alerts.newAds} new ads → alerts ${r.alerts.seconds} s (≤ ${r.alerts.targetSeconds}), at most ${r.alerts.maxPerCitizenPerDay} a citizen a day (cap ${r.alerts.cap})`,
      meetsTarget:
        r.matches.p95Ms <= r.matches.targetP95Ms &&
        r.ranking.ndcgAt10 >= 0.85 &&
        r.alerts.seconds <= r.alerts.targetSeconds,
    }),
  },
  {
    name: 'notifications',
    script: 'bench/notifications.mjs',
    row: (r) => ({
      bench: `notification fan-out (${r.scale.citizens} citizens)`,
      result: `${r.throughput.deliveriesPerSecond} push deliveries/s (target ≥ ${r.throughput.targetPerSecond}; raw web-push baseline ${r.baseline.perSecond}/s, ×${r.throughput.ratioToBaseline}); SIGKILL mid fan-out: exactly once ${r.fault.exactlyOnce ? 'yes' : 'NO'}`,
      meetsTarget: r.throughput.deliveriesPerSecond >= r.throughput.targetPerSecond && r.fault.exactlyOnce,
    }),
  },
];
const modules = [];
/** The module benches' figures under the issue's names (null when that bench has no result). */
const figures = {
  matchesP95Ms: null,
  ndcgAt10: null,
  alertsNewAds: null,
  alertsSeconds: null,
  pushPerSecond: null,
  pushRawRatio: null,
  bookingBurstP95Ms: null,
  bookingUncontendedP95Ms: null,
  exactlyOnePerSlot: null,
  exactlyOnceAfterKill: null,
};
const FIGURES = {
  'meetings-booking': (r) => ({
    bookingBurstP95Ms: r.p95Ms ?? null,
    bookingUncontendedP95Ms: r.uncontendedP95Ms ?? null,
    exactlyOnePerSlot: r.exactlyOnePerSlot ?? null,
  }),
  'job-matching': (r) => ({
    matchesP95Ms: r.matches?.p95Ms ?? null,
    ndcgAt10: r.ranking?.ndcgAt10 ?? null,
    alertsNewAds: r.alerts?.newAds ?? null,
    alertsSeconds: r.alerts?.seconds ?? null,
  }),
  notifications: (r) => ({
    pushPerSecond: r.throughput?.deliveriesPerSecond ?? null,
    pushRawRatio: r.throughput?.ratioToBaseline ?? null,
    exactlyOnceAfterKill: r.fault?.exactlyOnce ?? null,
  }),
};
if (MODULES !== 'skip') {
  for (const m of MODULE_BENCHES) {
    if (MODULES === 'run') {
      console.log(`\nRunning ${m.script} …`);
      await new Promise((r) => spawn('node', [m.script], { cwd: root, stdio: 'inherit' }).once('exit', r));
    }
    const file = join(root, 'bench/results', `${m.name}.json`);
    if (!existsSync(file)) {
      modules.push({
        bench: m.name,
        result: 'no result (run it: npm run bench with BENCH_MODULES=run)',
        meetsTarget: false,
      });
      continue;
    }
    const result = JSON.parse(readFileSync(file, 'utf8'));
    Object.assign(figures, FIGURES[m.name](result));
    modules.push({ ...m.row(result), measuredAt: result.date ?? statSync(file).mtime.toISOString() });
  }
}

// ── report ──────────────────────────────────────────────────────────────────
console.log(
  `\nNational-scale reads: ${scale.citizens} citizens, ${scale.meetings} meetings, ${scale.jobAds} job ads, ${scale.auditRows} audit rows; ${CONNECTIONS} connections, ${PAIRS} alternating pairs × ${SECONDS} s, medians`,
);
console.table(
  rows.map((r) => ({
    path: r.path,
    'SQL/req': r.statementsPerRequest,
    'baseline req/s': r.baseline.rps,
    'API req/s': r.api.rps,
    'req/s ratio (≥0.6)': r.rpsRatio,
    'baseline p50/p99 ms': `${r.baseline.p50Ms}/${r.baseline.p99Ms}`,
    'API p50/p99 ms': `${r.api.p50Ms}/${r.api.p99Ms}`,
    'p99 ratio (≤1.5)': r.p99Ratio,
    target: r.meetsTarget ? 'met' : 'MISSED',
  })),
);
if (modules.length) {
  console.table(modules.map((m) => ({ bench: m.bench, result: m.result, target: m.meetsTarget ? 'met' : 'MISSED' })));
  /** Issue 22's targets, figure by figure. */
  const TARGETS = {
    matchesP95Ms: ['≤ 15', (v) => v <= 15],
    ndcgAt10: ['≥ 0.85', (v) => v >= 0.85],
    alertsNewAds: ['5,000', (v) => v >= 5000],
    alertsSeconds: ['≤ 60', (v) => v <= 60],
    pushPerSecond: ['≥ 1,500', (v) => v >= 1500],
    pushRawRatio: ['≥ 0.95', (v) => v >= 0.95],
    bookingBurstP95Ms: ['≤ 300', (v) => v <= 300],
    bookingUncontendedP95Ms: ['≤ 25', (v) => v <= 25],
    exactlyOnePerSlot: ['true', (v) => v === true],
    exactlyOnceAfterKill: ['true', (v) => v === true],
  };
  console.table(
    Object.entries(figures).map(([name, value]) => ({
      figure: name,
      value: value ?? 'no result',
      target: TARGETS[name][0],
      met: value === null ? 'MISSED' : TARGETS[name][1](value) ? 'met' : 'MISSED',
    })),
  );
}
const file = writeResult('national-scale', {
  scale,
  connections: CONNECTIONS,
  pairs: PAIRS,
  seconds: SECONDS,
  users: USERS,
  reads: rows,
  figures,
  modules,
});
console.log(`Written to ${file}`);
process.exit(0);
