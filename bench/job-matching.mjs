// Job matching bench (on demand: `npm run bench:matching`; builds the API first).
// Seeds 150,000 citizens with profiles and 50,000 open ads (the ad generator, imported through the
// bulk JobPosting API) on a fresh embedded PostgreSQL, plants ads with known relevance for 200
// target citizens, and reports (targets of issue 22, on a 2-core machine):
//   - p50/p95 of GET /me/job-matches (top 20, with reasons and offers) for random citizens
//     (target p95 ≤ 15 ms). Matches are read from each citizen's maintained top-N list, which the first
//     read fills: every sampled citizen is read once before the timed phase (those first reads are
//     timed apart and reported as matches.coldP95Ms), so the timed reads are of citizens with a list;
//   - nDCG@10 against the planted relevance (target ≥ 0.85 and ≥ 0.15 above newest-first);
//   - the time to import 5,000 new ads and match them against all profiles into alerts (≤ 60 s), with no
//     citizen getting more than the daily cap (JOB_ALERTS_DAILY_CAP, default 10) of alerts per day.
// Prints a table and writes bench/results/job-matching.json.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  freePort,
  percentile,
  root,
  round,
  signedIn,
  startApi as startHarnessApi,
  writeResult,
} from './lib/harness.mjs';

const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 150_000);
const ADS = Number(process.env.BENCH_ADS ?? 50_000);
const NEW_ADS = Number(process.env.BENCH_NEW_ADS ?? 5_000);
const TARGETS = 200;
const LATENCY_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const ALERT_CAP = Number(process.env.JOB_ALERTS_DAILY_CAP ?? 10);
const port = freePort();
const pgPort = port + 1;
const base = `http://127.0.0.1:${port}/api/v1`;
const dataDir = mkdtempSync(join(tmpdir(), 'jobunivers-bench-'));
chmodSync(dataDir, 0o777);

/** Occupations no generated ad uses, so the planted ads are the only ones a target citizen can match. */
const RARE = [
  {
    wished: '2262',
    related: ['2261', '2263'],
    skills: ['medication', 'research', 'communication', 'customer-service', 'english'],
  },
  {
    wished: '3212',
    related: ['3211', '3213'],
    skills: ['research', 'quality-control', 'data-analysis', 'office-software', 'english'],
  },
  {
    wished: '7312',
    related: ['7311', '7313'],
    skills: ['assembly', 'machine-operation', 'quality-control', 'cnc', 'welding'],
  },
  {
    wished: '7512',
    related: ['7511', '7513'],
    skills: ['cooking', 'food-hygiene', 'customer-service', 'cash-register', 'cleaning'],
  },
];
/** Each target citizen has two of their occupation's five skills: ten different pairs. */
const PAIRS = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
  [1, 2],
  [1, 3],
  [1, 4],
  [2, 3],
  [2, 4],
  [3, 4],
];
const targetSkills = (n) => PAIRS[Math.floor(n / 4) % PAIRS.length].map((i) => RARE[n % 4].skills[i]);
const CITIES = ['8000', '5000', '9000', '2100', '6700', '7100', '4000', '8700'];
const GENERATED = [
  '4311',
  '3313',
  '4110',
  '4222',
  '9333',
  '4321',
  '8322',
  '8332',
  '5322',
  '5321',
  '2221',
  '7411',
  '7126',
  '7115',
  '5120',
  '5131',
  '5223',
  '5230',
  '9112',
  '2512',
  '3512',
  '2342',
  '4226',
  '5414',
  '7231',
  '6113',
  '9329',
  '2635',
  '3343',
  '2341',
];
const SKILLS = [
  'customer-service',
  'sales',
  'office-software',
  'bookkeeping',
  'warehouse',
  'forklift',
  'elder-care',
  'personal-care',
  'first-aid',
  'medication',
  'cooking',
  'food-hygiene',
  'cleaning',
  'electrical',
  'programming',
  'logistics',
  'delivery',
  'communication',
  'english',
  'assembly',
];

/** fetch, retried once when a kept-alive socket was closed by the server while idle (long seeding steps). */
const fetch = async (url, init) => {
  try {
    return await globalThis.fetch(url, init);
  } catch (error) {
    if (error?.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return globalThis.fetch(url, init);
  }
};

let api;
const startApi = async (queue) => {
  api = await startHarnessApi({
    port,
    env: {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      QUEUE_ENABLED: String(queue),
      DEMO_DATA: 'true',
      JOB_ALERTS_DAILY_CAP: String(ALERT_CAP),
    },
  });
};
const stopApi = () => api.stop();
/** A signed-in citizen: `(path) => fetch(GET path)`. */
const signIn = async (userId) => {
  const session = await signedIn(base, userId, fetch);
  return (path) => session('GET', path);
};

async function clientToken() {
  const res = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'demo-municipal-system',
      client_secret: 'demo-secret',
      scope: 'jobs:write',
    }),
  });
  return (await res.json()).access_token;
}

async function importAds(postings) {
  const token = await clientToken();
  let created = 0;
  for (let i = 0; i < postings.length; i += 500) {
    const res = await fetch(`${base}/job-ads/bulk`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ items: postings.slice(i, i + 500) }),
    });
    const body = await res.json();
    if (res.status !== 200 || body.invalid)
      throw new Error(`bulk import: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    created += body.created;
  }
  return created;
}

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const rad = Math.PI / 180;
const km = (a, b) =>
  2 *
  6371.0088 *
  Math.asin(
    Math.min(
      1,
      Math.sqrt(
        Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
          Math.cos(a.latitude * rad) *
            Math.cos(b.latitude * rad) *
            Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2,
      ),
    ),
  );
const cli = (...args) => {
  const out = spawnSync('node', ['dist/apps/api/main.js', ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      QUEUE_ENABLED: 'false',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      PORT: String(port + 2),
    },
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`${args[0]}: ${out.stderr}`);
  if (process.env.BENCH_DEBUG) console.error(out.stderr, api.child.exitCode, api.child.signalCode);
  return out.stdout.trim();
};

// ── phase 1: seed (queue off, so the initial ads make no alerts) ─────────────
const t0 = Date.now();
await startApi(false);
const dbUrl = `postgres://jobunivers:${encodeURIComponent(readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim())}@127.0.0.1:${pgPort}/jobunivers`;
/** The bench's own connection to the API's embedded PostgreSQL (which stops and starts with the API). */
const connect = async () => {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  return client;
};
let db = await connect();
const postal = new Map(
  (await db.query('SELECT code, latitude, longitude FROM reference.postal_code')).rows.map((r) => [r.code.trim(), r]),
);

const seedStarted = Date.now();
// Citizens 1..TARGETS are the planted targets (rare occupation, a big city, 30 km); the rest spread over the country.
await db.query(
  `WITH codes AS (SELECT array_agg(code ORDER BY code) AS pc FROM reference.postal_code),
        made AS (
          INSERT INTO citizens.citizen (municipality_code, cpr_encrypted, cpr_hash, first_name, last_name, postal_code, benefit_type, unemployed_since, status)
          SELECT '0751', decode(md5('e' || i), 'hex'), decode(md5('h' || i), 'hex'), 'Bench', 'Borger ' || i,
                 CASE WHEN i <= $2 THEN ($4::text[])[1 + (i / 4) % cardinality($4::text[])] ELSE codes.pc[1 + (i * 7919) % cardinality(codes.pc)] END,
                 'unemployment_benefit', current_date - 30, 'active'
            FROM generate_series(1, $1) i, codes
          RETURNING id, last_name
        )
   INSERT INTO citizens.profile (citizen_id, wished_occupations, skills, work_area, hours, languages)
   SELECT m.id,
          CASE WHEN n <= $2 THEN ARRAY[($3::text[])[1 + n % 4]] ELSE ARRAY[($5::text[])[1 + n % 30], ($5::text[])[1 + (n * 13) % 30]] END,
          CASE WHEN n <= $2 THEN '[]'::jsonb
               ELSE jsonb_build_array(jsonb_build_object('id', ($6::text[])[1 + n % 20], 'name', 'x'), jsonb_build_object('id', ($6::text[])[1 + (n * 7) % 20], 'name', 'x')) END,
          jsonb_build_object('radiusKm', CASE WHEN n <= $2 THEN 30 ELSE 20 + n % 4 * 10 END),
          (ARRAY['full_time', 'part_time', 'both'])[1 + n % 3],
          '[{"language": "da", "level": "native"}]'::jsonb
     FROM (SELECT id, substr(last_name, 8)::int AS n FROM made) m`,
  [CITIZENS, TARGETS, RARE.map((r) => r.wished), CITIES, GENERATED, SKILLS],
);
for (let n = 1; n <= TARGETS; n++) {
  const skills = targetSkills(n).map((id) => ({ id, name: id }));
  await db.query(
    `UPDATE citizens.profile p SET skills = $2 FROM citizens.citizen c WHERE c.id = p.citizen_id AND c.last_name = $1`,
    [`Borger ${n}`, JSON.stringify(skills)],
  );
}
const seedMs = Date.now() - seedStarted;
const rebuildStarted = Date.now();
console.log(cli('job-matching:rebuild-profiles'));
const rebuildMs = Date.now() - rebuildStarted;

const adsFile = join(dataDir, 'ads.json');
console.log(cli('job-ads:generate', String(ADS), adsFile, '7', 'bench'));
const importStarted = Date.now();
const imported = await importAds(JSON.parse(readFileSync(adsFile, 'utf8')));
const importMs = Date.now() - importStarted;

// Planted ads: per target citizen 4 × grade 3, 4 × grade 2, 4 × grade 1 and 8 newer distractors.
const targets = (
  await db.query(
    `SELECT c.id, c.postal_code, p.wished_occupations[1] AS wished, p.skills, substr(c.last_name, 8)::int AS n FROM citizens.citizen c JOIN citizens.profile p ON p.citizen_id = c.id WHERE c.last_name = ANY($1) ORDER BY c.last_name`,
    [Array.from({ length: TARGETS }, (_, i) => `Borger ${i + 1}`)],
  )
).rows;
const byDistance = (home, from, to) =>
  [...postal.values()].filter((p) => {
    const d = km(home, p);
    return d >= from && d <= to;
  });
const planted = [];
let serial = 0;
for (const t of targets) {
  const home = postal.get(t.postal_code.trim());
  const rare = RARE.find((r) => r.wished === t.wished);
  const mine = targetSkills(t.n);
  const near = byDistance(home, 0, 14);
  const mid = byDistance(home, 15, 28);
  const far = byDistance(home, 45, 120);
  const ad = (occupation, place, skills, posted) => ({
    '@type': 'JobPosting',
    identifier: `planted-${serial++}`,
    title: `Planted ${occupation}`,
    description: 'Planted for the bench.',
    datePosted: daysAgo(posted),
    validThrough: daysAgo(-30),
    employmentType: 'FULL_TIME',
    hiringOrganization: { name: `Planted employer ${serial % 50}` },
    jobLocation: { address: { postalCode: place.code.trim() } },
    occupationalCategory: occupation,
    skills,
  });
  const pick = (list, i) => list[(i * 31 + serial) % list.length];
  for (let i = 0; i < 4; i++) planted.push(ad(rare.wished, pick(near, i), mine, 10 + i));
  for (let i = 0; i < 4; i++)
    planted.push(ad(rare.wished, pick(mid.length ? mid : near, i), [mine[0], 'sales', 'delivery'], 6 + i));
  for (let i = 0; i < 4; i++) planted.push(ad(rare.related[i % 2], pick(near, i + 4), mine, 3 + i));
  for (let i = 0; i < 8; i++) planted.push(ad(rare.wished, pick(far, i), mine, i % 3));
}
await importAds(planted);
await db.query(`UPDATE job_matching.job_ad SET alerts_done_at = now() WHERE alerts_done_at IS NULL`);
await db.query('VACUUM ANALYZE');
const setupMs = Date.now() - t0;

// ── latency: top-20 matches for random citizens ─────────────────────────────
const sample = (
  await db.query(
    `SELECT citizen_id FROM job_matching.match_profile WHERE cardinality(groups) > 0 ORDER BY md5(citizen_id::text) LIMIT 400`,
  )
).rows.map((r) => r.citizen_id);
const browsers = [];
for (const id of sample) browsers.push(await signIn(id));
// Each sampled citizen's first read fills their top-N list (what a read cost before the lists): timed apart.
const cold = [];
for (const b of browsers) {
  const started = performance.now();
  const res = await b('/me/job-matches');
  await res.arrayBuffer();
  cold.push(performance.now() - started);
  if (res.status !== 200) throw new Error(`matches (first read): ${res.status}`);
}
// Baseline in the same run, alternating with the candidate: GET /me (session check and one lookup),
// so the table separates the platform's per-request cost from matching's own.
const latencies = [];
const baseline = [];
let matchesReturned = 0;
for (let i = 0; i < LATENCY_REQUESTS; i++) {
  const b = browsers[(i * 7) % browsers.length];
  const before = performance.now();
  await (await b('/me')).arrayBuffer();
  baseline.push(performance.now() - before);
  const started = performance.now();
  const res = await b('/me/job-matches');
  const body = await res.json();
  latencies.push(performance.now() - started);
  if (res.status !== 200) throw new Error(`matches: ${res.status}`);
  matchesReturned += body.items.length;
}

// ── ranking quality: nDCG@10 against the planted relevance ───────────────────
const grade = (ad, t, home) => {
  const d = km(home, ad);
  const exact = ad.occupation === t.wished;
  const skills = t.skills.map((s) => s.id);
  const share = ad.skills.length ? ad.skills.filter((s) => skills.includes(s)).length / ad.skills.length : 0;
  if (exact && d <= 15 && share >= 0.99) return 3;
  if (exact && d <= 30) return 2;
  if (ad.occupation_group === t.wished.slice(0, 3) && d <= 30) return 1;
  return 0;
};
const dcg = (grades) => grades.slice(0, 10).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
let ours = 0;
let newest = 0;
for (const t of targets) {
  const home = postal.get(t.postal_code.trim());
  const candidates = (
    await db.query(
      `SELECT id, occupation, occupation_group, skills, latitude, longitude, date_posted FROM job_matching.job_ad WHERE occupation_group = $1 AND (valid_through IS NULL OR valid_through > now()) ORDER BY date_posted DESC, created_at DESC, id`,
      [t.wished.slice(0, 3)],
    )
  ).rows;
  const grades = new Map(candidates.map((a) => [a.id, grade(a, t, home)]));
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  const ranked = (await (await (await signIn(t.id))('/me/job-matches')).json()).items.map((m) => m.jobAd.id);
  ours += dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
  newest += dcg(candidates.map((a) => grades.get(a.id))) / ideal;
}
ours /= targets.length;
newest /= targets.length;
console.log(
  `matches p50 ${round(percentile(latencies, 50))} ms, p95 ${round(percentile(latencies, 95))} ms, first read p95 ${round(percentile(cold, 95))} ms (GET /me p50 ${round(percentile(baseline, 50))}, p95 ${round(percentile(baseline, 95))}); nDCG@10 ${round(ours, 3)} vs newest-first ${round(newest, 3)}`,
);
await db.end();
await stopApi();

// ── alerts: 5,000 new ads matched against all profiles (queue on) ─────────────
await startApi(true);
db = await connect();
const newFile = join(dataDir, 'new-ads.json');
cli('job-ads:generate', String(NEW_ADS), newFile, '99', 'new');
const alertsBefore = Number((await db.query('SELECT count(*) FROM job_matching.job_alert')).rows[0].count);
const alertsStarted = Date.now();
await importAds(JSON.parse(readFileSync(newFile, 'utf8')));
// Waits up to ALERT_LIMIT_S; a run that has not finished by then reports how far it got and the projection.
const ALERT_LIMIT_S = Number(process.env.BENCH_ALERT_LIMIT_S ?? 300);
let pending = NEW_ADS;
for (;;) {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM job_matching.job_ad WHERE alerts_done_at IS NULL');
  pending = rows[0].n;
  if (pending === 0 || Date.now() - alertsStarted > ALERT_LIMIT_S * 1000) break;
  await new Promise((r) => setTimeout(r, 200));
}
const alertsMs = Date.now() - alertsStarted;
const projectedS = pending
  ? round((alertsMs / 1000) * (NEW_ADS / Math.max(1, NEW_ADS - pending)))
  : round(alertsMs / 1000);
const alertsMade = Number((await db.query('SELECT count(*) FROM job_matching.job_alert')).rows[0].count) - alertsBefore;
const duplicates = Number(
  (await db.query('SELECT count(*) - count(DISTINCT (citizen_id, job_ad_id)) AS d FROM job_matching.job_alert')).rows[0]
    .d,
);
// The most alerts any citizen got on one day (Copenhagen), over every alert of the run: never above the cap.
const maxPerCitizenPerDay = Number(
  (
    await db.query(
      `SELECT coalesce(max(n), 0)::int AS n FROM (SELECT count(*) AS n FROM job_matching.job_alert GROUP BY citizen_id, (created_at AT TIME ZONE 'Europe/Copenhagen')::date) d`,
    )
  ).rows[0].n,
);
await db.end();
await stopApi();

const result = {
  date: new Date().toISOString(),
  scale: { citizens: CITIZENS, ads: imported, plantedAds: planted.length, targets: targets.length },
  setup: {
    seedCitizensMs: seedMs,
    rebuildProfilesMs: rebuildMs,
    importAdsMs: importMs,
    importAdsPerSecond: round(imported / (importMs / 1000), 0),
    totalMs: setupMs,
  },
  matches: {
    requests: LATENCY_REQUESTS,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    averageResults: round(matchesReturned / LATENCY_REQUESTS),
    targetP95Ms: 15,
    coldRequests: cold.length,
    coldP50Ms: round(percentile(cold, 50)),
    coldP95Ms: round(percentile(cold, 95)),
  },
  baselineMe: { p50Ms: round(percentile(baseline, 50)), p95Ms: round(percentile(baseline, 95)) },
  ranking: {
    ndcgAt10: round(ours, 3),
    newestFirstNdcgAt10: round(newest, 3),
    lift: round(ours - newest, 3),
    target: '≥ 0.85 and ≥ 0.15 above newest-first',
  },
  alerts: {
    newAds: NEW_ADS,
    matchedAds: NEW_ADS - pending,
    seconds: round(alertsMs / 1000),
    projectedSecondsForAll: projectedS,
    alertsMade,
    alertsPerAd: round(alertsMade / Math.max(1, NEW_ADS - pending)),
    duplicates,
    maxPerCitizenPerDay,
    cap: ALERT_CAP,
    targetSeconds: 60,
  },
};
console.table({
  'matches p50 (ms)': result.matches.p50Ms,
  'matches p95 (ms, target ≤ 15)': result.matches.p95Ms,
  'matches first read p50 / p95 (ms, fills the list)': `${result.matches.coldP50Ms} / ${result.matches.coldP95Ms}`,
  'baseline GET /me p50 / p95 (ms)': `${result.baselineMe.p50Ms} / ${result.baselineMe.p95Ms}`,
  'nDCG@10 (target ≥ 0.85)': result.ranking.ndcgAt10,
  'nDCG@10 newest-first': result.ranking.newestFirstNdcgAt10,
  [`${NEW_ADS} new ads → alerts (s, target ≤ 60)`]: pending
    ? `${result.alerts.matchedAds} done in ${result.alerts.seconds}; all ≈ ${projectedS}`
    : result.alerts.seconds,
  'alerts per ad': result.alerts.alertsPerAd,
  [`most alerts for one citizen in a day (cap ${ALERT_CAP})`]: maxPerCitizenPerDay,
  'alerts made': alertsMade,
  'duplicate alerts': duplicates,
  'bulk import (ads/s)': result.setup.importAdsPerSecond,
});
writeResult('job-matching', result);
process.exit(0);
