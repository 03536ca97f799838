// Notifications bench (on demand: `npm run bench:notifications`; builds the API first).
// 50,000 citizens of one municipality, each with a Web Push subscription at a local push receiver
// (tools/test/push-receiver.cjs: checks VAPID, decrypts every RFC 8291 payload). A team lead's
// announcement fans out through the outbox (notification + delivery rows per page, one transaction
// each) → pg-boss → the delivery worker → RFC 8291 encryption in a worker_threads pool → HTTP → the
// receiver. Issue 22's targets: **≥ 1,500 deliveries/s** and **≥ 0.95× the raw baseline run with the
// same parallelism**, exactly once by idempotency key after a SIGKILL. Reports:
//   - deliveries/s and p50/p95 delay from the notification's commit to the decrypted push, against a
//     baseline in the same run: bench/lib/push-baseline.mjs, its own process like the API, encrypting
//     with the API's own pool and the same number of workers (BENCH_PUSH_WORKERS, passed to the API as
//     PUSH_ENCRYPTION_WORKERS; default the core count) and POSTing 48 at a time, no outbox, no database.
//     For reference, the old baseline too: web-push's encryption on one thread in this process;
//   - how busy the receiver (this process: HTTP + decrypting every push) was in each phase, so a
//     receiver-bound figure shows as such;
//   - fault: the API is SIGKILLed in the middle of a second fan-out and restarted; every
//     notification must arrive exactly once counted by idempotency key (the payload id = the tag a
//     device shows once); raw re-sends of the batch in flight are reported.
// Prints a table and writes bench/results/notifications.json.
import { execFile } from 'node:child_process';
import { Agent, request } from 'node:http';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import webpush from 'web-push';
import receiverModule from '../tools/test/push-receiver.cjs';
import { baselinePayload } from './lib/push-encryption.mjs';
import { freePort, percentile, round, signedIn, startApi as startHarnessApi, writeResult } from './lib/harness.mjs';

const { PushReceiver } = receiverModule;
const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 50_000);
const BASELINE = Number(process.env.BENCH_BASELINE ?? 10_000);
const WORKERS = Number(process.env.BENCH_PUSH_WORKERS ?? availableParallelism());
const TARGET_PER_SECOND = 1500;
const TARGET_RATIO = 0.95;
const LEASE_SECONDS = 10;
const port = freePort();
const pgPort = port + 1;
const base = `http://127.0.0.1:${port}/api/v1`;
const dataDir = mkdtempSync(join(tmpdir(), 'jobunivers-bench-'));
chmodSync(dataDir, 0o777);
const LEAD = 'a0751000-0000-4000-8000-000000000003';

let api;
const startApi = async () => {
  api = await startHarnessApi({
    port,
    env: {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DEMO_DATA: 'true',
      QUEUE_ENABLED: 'true',
      NOTIFICATION_LEASE_SECONDS: String(LEASE_SECONDS),
      PUSH_ENDPOINT_HOSTS: '127.0.0.1',
      PUSH_ENCRYPTION_WORKERS: String(WORKERS),
    },
  });
};
const stopApi = (signal) => api.stop(signal);
const signIn = (userId) => signedIn(base, userId);
const until = async (check, ms, what) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

const receiver = await new PushReceiver().start();
const keys = receiver.subscribe();

/**
 * The receiver's (this process's) event-loop utilisation while `phase` runs (near 1: the receiver is the limit) and
 * its CPU time. Wall-clock rates swing with whatever else runs on the machine; CPU time per push much less.
 */
const receiverBusy = async (phase) => {
  const before = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const result = await phase();
  const used = process.cpuUsage(cpu);
  return {
    result,
    receiverUtilisation: round(performance.eventLoopUtilization(before).utilization, 2),
    receiverCpuSeconds: (used.user + used.system) / 1e6,
  };
};
/** CPU seconds used so far by process `pid` and all its descendants (the API: its threads, the PostgreSQL it started); Linux /proc. */
const treeCpuSeconds = (pid) => {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return [{ pid: Number(d), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100 }];
      } catch {
        return []; // gone meanwhile
      }
    });
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs)
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
};
const msPer = (seconds, n) => round((seconds * 1000) / n, 3);

// ── baseline: the same encryption (the API's pool, same workers) and HTTP, its own process, no outbox ─────
const vapid = webpush.generateVAPIDKeys();
const authorization = webpush.getVapidHeaders(
  receiver.origin,
  'mailto:bench@jobunivers.localhost',
  vapid.publicKey,
  vapid.privateKey,
  'aes128gcm',
  Math.floor(Date.now() / 1000) + 3600,
).Authorization;
const baselineInput = join(dataDir, 'baseline.json');
writeFileSync(
  baselineInput,
  JSON.stringify({
    workers: WORKERS,
    authorization,
    keys: keys.json.keys,
    endpoints: Array.from({ length: BASELINE }, () => receiver.subscribe({ shareKeysWith: keys.id }).json.endpoint),
  }),
);
const pooled = await receiverBusy(async () =>
  JSON.parse(
    (await promisify(execFile)('node', [join(import.meta.dirname, 'lib/push-baseline.mjs'), baselineInput])).stdout,
  ),
);
const baselinePerSecond = pooled.result.perSecond;
if (receiver.distinctIds().size !== BASELINE) throw new Error(`baseline: ${receiver.distinctIds().size} arrived`);
receiver.received.length = 0;
console.log(
  `baseline (${WORKERS} encryption workers, own process): ${round(baselinePerSecond, 0)} pushes/s, receiver busy ${pooled.receiverUtilisation}`,
);

// For reference (the old figure): web-push's own encryption, one thread, in this process with the receiver.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const baselineStarted = Date.now();
let sentBaseline = 0;
await Promise.all(
  Array.from({ length: 48 }, async () => {
    while (sentBaseline < BASELINE) {
      const n = sentBaseline++;
      const sub = receiver.subscribe({ shareKeysWith: keys.id });
      const payload = baselinePayload(n);
      const req = webpush.generateRequestDetails(sub.json, payload, {
        TTL: 3600,
        vapidDetails: null,
        headers: { Authorization: authorization },
      });
      const status = await new Promise((resolve, reject) => {
        const r = request(req.endpoint, { method: 'POST', headers: req.headers, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        });
        r.on('error', reject);
        r.end(req.body);
      });
      if (status !== 201) throw new Error(`baseline push ${status}`);
    }
  }),
);
const webPushOneThreadPerSecond = BASELINE / ((Date.now() - baselineStarted) / 1000);
receiver.received.length = 0;
console.log(`web-push, one thread, in the bench process: ${round(webPushOneThreadPerSecond, 0)} pushes/s`);

// ── seed: citizens with push subscriptions (push only, so the bench measures push) ───────────
await startApi();
const dbUrl = `postgres://jobunivers:${encodeURIComponent(readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim())}@127.0.0.1:${pgPort}/jobunivers`;
const connect = async () => {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  return client;
};
let db = await connect();
const seedStarted = Date.now();
const { rows: citizens } = await db.query(
  `INSERT INTO citizens.citizen (municipality_code, cpr_encrypted, cpr_hash, first_name, last_name, postal_code, benefit_type, unemployed_since, status)
   SELECT '0751', decode(md5('e' || i), 'hex'), decode(md5('h' || i), 'hex'), 'Bench', 'Borger ' || i, '8000', 'unemployment_benefit', current_date - 30, 'active'
     FROM generate_series(1, $1) i
   RETURNING id`,
  [CITIZENS],
);
const endpoints = citizens.map(() => receiver.subscribe({ shareKeysWith: keys.id }).json.endpoint);
for (let i = 0; i < citizens.length; i += 10_000) {
  const ids = citizens.slice(i, i + 10_000).map((c) => c.id);
  await db.query(
    `INSERT INTO notifications.push_subscription (recipient_kind, recipient_id, endpoint, p256dh, auth, last_seen_at)
     SELECT 'citizen', id, endpoint, $3, $4, now() FROM unnest($1::uuid[], $2::text[]) AS t(id, endpoint)`,
    [ids, endpoints.slice(i, i + 10_000), keys.json.keys.p256dh, keys.json.keys.auth],
  );
  await db.query(
    `INSERT INTO notifications.preference (recipient_id, recipient_kind, channels, quiet_hours)
     SELECT id, 'citizen', '{"meetings":{"push":true,"email":false},"jobs":{"push":true,"email":false},"messages":{"push":true,"email":false},"plan":{"push":true,"email":false},"screening":{"push":true,"email":false}}', false
       FROM unnest($1::uuid[]) AS t(id)`,
    [ids],
  );
}
const seedMs = Date.now() - seedStarted;
console.log(`seeded ${CITIZENS} citizens with push subscriptions in ${round(seedMs / 1000)} s`);

/** Sends an announcement as the team lead; returns its id and the ids of the notifications it made once all exist. */
async function announce(title) {
  const lead = await signIn(LEAD);
  const res = await lead('POST', '/announcements', { title, body: 'Jobcentret holder lukket.' });
  if (res.status !== 202) throw new Error(`announce: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}
const expectedOf = async (title) =>
  Number(
    (
      await db.query(
        `SELECT count(*)::int AS n FROM notifications.notification n JOIN notifications.push_subscription s ON s.recipient_id = n.recipient_id WHERE n.kind = 'announcement' AND n.params->>'title' = $1`,
        [title],
      )
    ).rows[0].n,
  );
const arrivedFor = (ids) => receiver.received.filter((r) => ids.has(r.payload.id));

// ── phase 1: throughput ─────────────────────────────────────────────────────
const title1 = `Bench ${Date.now()}`;
const started = Date.now();
const apiCpuBefore = treeCpuSeconds(api.child.pid);
const phase1 = await receiverBusy(async () => {
  await announce(title1);
  await until(async () => receiver.distinctIds().size >= CITIZENS, 600_000, 'the first fan-out to arrive');
});
const finished = Date.now();
const apiCpuSeconds = treeCpuSeconds(api.child.pid) - apiCpuBefore;
const rows1 = (
  await db.query(
    `SELECT n.id, extract(epoch FROM n.created_at) * 1000 AS created FROM notifications.notification n WHERE n.kind = 'announcement' AND n.params->>'title' = $1`,
    [title1],
  )
).rows;
const created = new Map(rows1.map((r) => [r.id, Number(r.created)]));
const firstArrival = Math.min(...receiver.received.map((r) => r.at));
const delays = receiver.received.filter((r) => created.has(r.payload.id)).map((r) => r.at - created.get(r.payload.id));
const throughput = {
  notifications: rows1.length,
  pushesReceived: receiver.received.length,
  distinct: receiver.distinctIds().size,
  endToEndSeconds: round((finished - started) / 1000),
  deliveriesPerSecond: round(CITIZENS / ((finished - firstArrival) / 1000), 0),
  endToEndPerSecond: round(CITIZENS / ((finished - started) / 1000), 0),
  delayP50Ms: round(percentile(delays, 50), 0),
  delayP95Ms: round(percentile(delays, 95), 0),
  rejected: receiver.rejected.length,
  receiverUtilisation: phase1.receiverUtilisation,
  apiCpuMsPerDelivery: msPer(apiCpuSeconds, CITIZENS),
  receiverCpuMsPerPush: msPer(phase1.receiverCpuSeconds, CITIZENS),
};
console.log(throughput);

// ── phase 2: SIGKILL in the middle of a fan-out, restart, count by idempotency key (BENCH_FAULT=skip: not run) ──
async function faultPhase() {
  receiver.received.length = 0;
  const title2 = `Fault ${Date.now()}`;
  await announce(title2);
  // Kill while the fan-out is still writing notifications (and the first ones are being pushed).
  const written = async () =>
    Number(
      (
        await db.query(`SELECT count(*)::int AS n FROM notifications.notification WHERE params->>'title' = $1`, [
          title2,
        ])
      ).rows[0].n,
    );
  await until(async () => (await written()) >= CITIZENS * 0.4, 600_000, '40 % of the second fan-out to be written');
  const atKill = {
    pushes: receiver.received.length,
    notifications: Number(
      (
        await db.query(`SELECT count(*)::int AS n FROM notifications.notification WHERE params->>'title' = $1`, [
          title2,
        ])
      ).rows[0].n,
    ),
  };
  await stopApi('SIGKILL');
  await db.end().catch(() => undefined);
  const killedAt = Date.now();
  await startApi();
  db = await connect();
  await until(
    async () => receiver.distinctIds().size >= CITIZENS,
    600_000,
    'the second fan-out to complete after the restart',
  );
  await new Promise((r) => setTimeout(r, (LEASE_SECONDS + 5) * 1000)); // anything still to be re-sent has had its lease run out
  const expected = await expectedOf(title2);
  // Every notification of the announcement to a citizen with a device (the demo citizens have none).
  const ids2 = new Set(
    (
      await db.query(
        `SELECT n.id FROM notifications.notification n WHERE n.params->>'title' = $1 AND EXISTS (SELECT 1 FROM notifications.push_subscription s WHERE s.recipient_id = n.recipient_id)`,
        [title2],
      )
    ).rows.map((r) => r.id),
  );
  const got = arrivedFor(ids2);
  const distinct2 = new Set(got.map((r) => r.payload.id));
  const missing = [...ids2].filter((id) => !distinct2.has(id)).length;
  const notificationDuplicates = Number(
    (
      await db.query(
        `SELECT count(*) - count(DISTINCT recipient_id) AS d FROM notifications.notification WHERE params->>'title' = $1`,
        [title2],
      )
    ).rows[0].d,
  );
  const pendingLeft = Number(
    (await db.query(`SELECT count(*)::int AS n FROM notifications.delivery WHERE status IN ('pending', 'sending')`))
      .rows[0].n,
  );
  return {
    killedAfterPushes: atKill.pushes,
    notificationsAtKill: atKill.notifications,
    expected,
    notifications: ids2.size,
    deliveredOnceByKey: distinct2.size,
    missing,
    rawResends: got.length - distinct2.size,
    duplicateNotifications: notificationDuplicates,
    pendingLeft,
    recoverySeconds: round((Date.now() - killedAt) / 1000),
    exactlyOnce: missing === 0 && distinct2.size === expected && ids2.size === expected && notificationDuplicates === 0,
    killedMidFanOut: atKill.notifications < CITIZENS,
  };
}
const fault = process.env.BENCH_FAULT === 'skip' ? { skipped: true, exactlyOnce: null } : await faultPhase();
console.log(fault);
await db.end();
await stopApi();
await receiver.stop();

const result = {
  date: new Date().toISOString(),
  scale: { citizens: CITIZENS, seedSeconds: round(seedMs / 1000) },
  encryptionWorkers: WORKERS,
  baseline: {
    pushes: BASELINE,
    perSecond: round(baselinePerSecond, 0),
    workers: WORKERS,
    receiverUtilisation: pooled.receiverUtilisation,
    cpuMsPerPush: msPer(pooled.result.cpuSeconds, BASELINE),
    receiverCpuMsPerPush: msPer(pooled.receiverCpuSeconds, BASELINE),
    what: `the API's PushEncryptionPool (${WORKERS} workers) + HTTP from a process of its own (no outbox, no database)`,
    webPushOneThreadPerSecond: round(webPushOneThreadPerSecond, 0),
  },
  throughput: {
    ...throughput,
    targetPerSecond: TARGET_PER_SECOND,
    ratioToBaseline: round(throughput.deliveriesPerSecond / baselinePerSecond, 2),
    targetRatio: TARGET_RATIO,
  },
  fault,
};
const verdict = (met) => (met ? 'met' : 'MISSED');
console.table({
  [`deliveries/s (target ≥ ${TARGET_PER_SECOND})`]: `${throughput.deliveriesPerSecond} ${verdict(throughput.deliveriesPerSecond >= TARGET_PER_SECOND)}`,
  [`baseline pushes/s (${WORKERS} workers, no outbox)`]: result.baseline.perSecond,
  [`ratio to baseline (target ≥ ${TARGET_RATIO})`]: `${result.throughput.ratioToBaseline} ${verdict(result.throughput.ratioToBaseline >= TARGET_RATIO)}`,
  'web-push, one thread (old baseline)': result.baseline.webPushOneThreadPerSecond,
  'receiver busy: baseline / API run': `${pooled.receiverUtilisation} / ${throughput.receiverUtilisation}`,
  'CPU ms per push: baseline sender / API + PostgreSQL': `${result.baseline.cpuMsPerPush} / ${throughput.apiCpuMsPerDelivery}`,
  'CPU ms per push: receiver, baseline / API run': `${result.baseline.receiverCpuMsPerPush} / ${throughput.receiverCpuMsPerPush}`,
  [`end to end (s, ${CITIZENS})`]: throughput.endToEndSeconds,
  'delay p50 / p95 (ms)': `${throughput.delayP50Ms} / ${throughput.delayP95Ms}`,
  'SIGKILL mid fan-out: delivered once by key': `${fault.deliveredOnceByKey} of ${fault.expected}`,
  'missing after restart': fault.missing,
  're-sent in flight (shown once by tag)': fault.rawResends,
  'exactly once': fault.exactlyOnce,
});
writeResult('notifications', result);
process.exit(fault.exactlyOnce === false ? 1 : 0);
