// Booking race bench (on demand: `npm run bench:meetings`; needs `nx build api` first).
// Starts the built API on a fresh embedded PostgreSQL, registers 500 citizens, and per round fires
// 500 simultaneous bookings at the 20 free slots of one caseworker's day. Targets (issue 22): per round
// exactly one booking per slot, every other attempt a 409 problem, no 5xx; p95 of the 500-at-once
// burst ≤ 300 ms and p95 of an uncontended booking ≤ 25 ms, on a 2-core machine. Prints a table and
// writes bench/results/meetings-booking.json (`exactlyOnePerSlot`, `p95Ms` = the burst's p95,
// `uncontendedP95Ms`, `targetP95Ms`, `targetUncontendedP95Ms`, `date`, …).
// Sizes: BENCH_CITIZENS (default 500, at least 120), BENCH_ROUNDS (default 20).
// The 409s of the uncontended part come right after their slot was booked: within 1 s this process
// answers them from its just-booked hint (SlotFlights), without a statement.
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, percentile, signedIn, startApi, writeResult } from './lib/harness.mjs';

const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const TARGET_P95_MS = 300;
const TARGET_UNCONTENDED_P95_MS = 25;
const port = freePort();
const base = `http://127.0.0.1:${port}/api/v1`;
const KARIM = 'a0230000-0000-4000-8000-000000000002';
const COLLEAGUES = ['a0230000-0000-4000-8000-000000000001', 'a0230000-0000-4000-8000-000000000003'];

const dataDir = mkdtempSync(join(tmpdir(), 'jobunivers-bench-'));
chmodSync(dataDir, 0o777);
const api = await startApi({ port, env: { DATA_DIR: dataDir, DEMO_DATA: 'true', MEETING_BOOKING_LEAD_MINUTES: '0' } });
const signIn = (userId) => signedIn(base, userId);

/**
 * CPU time (ms) used so far by the API process and each of its children (the embedded PostgreSQL's server and
 * backends), by pid, from /proc: the cost of a burst independent of what else the machine runs meanwhile (Linux only).
 */
function apiCpuMs() {
  try {
    const procs = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map((pid) => {
        try {
          // pid (comm) state ppid … utime(14) stime(15): split after the command name, which may hold spaces.
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return { pid: Number(pid), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
        } catch {
          return undefined; // gone meanwhile
        }
      })
      .filter(Boolean);
    const tree = new Set([api.child.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grew = true));
    }
    // pid → ms (USER_HZ = 100); a process that ends between two readings drops out (never a negative difference).
    return new Map(procs.filter((p) => tree.has(p.pid)).map((p) => [p.pid, p.ticks * 10]));
  } catch {
    return new Map();
  }
}

const addDays = (date, days) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

// No visitation invitations while registering: the municipality's caseworkers start without availability.
for (const id of [KARIM, ...COLLEAGUES])
  await (
    await signIn(id)
  )('PUT', '/caseworkers/me/availability', { windows: [], blocks: [] });
const karim = await signIn(KARIM);
const citizens = [];
for (let i = 0; i < CITIZENS; i++) {
  const res = await karim('POST', '/citizens', {
    cpr: `0101${String(60 + Math.floor(i / 9000)).padStart(2, '0')}${String(1000 + (i % 9000)).padStart(4, '0')}`,
    firstName: 'Bench',
    lastName: `Borger ${i}`,
    email: `b${i}@example.dk`,
    phone: '+4520000000',
    postalCode: '2840',
    benefitType: 'unemployment_benefit',
    unemployedSince: addDays(new Date().toISOString().slice(0, 10), -1),
  });
  if (res.status !== 201) throw new Error(`register ${i}: ${res.status} ${await res.text()}`);
  citizens.push(await signIn((await res.json()).id));
}
// Karim: every day 08:00–13:00, 15-minute video slots — 20 a day.
const windows = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  startTime: '08:00',
  endTime: '13:00',
  form: 'video',
  slotMinutes: 15,
}));
if ((await karim('PUT', '/caseworkers/me/availability', { windows, blocks: [] })).status !== 200)
  throw new Error('availability');

// Uncontended: one request at a time — a booking, then attempts at the taken slot (the 409 path).
const uncontended = { booked: [], conflict: [] };
{
  let slots = [];
  for (let d = 40; slots.length === 0; d++) {
    const soon = addDays(new Date().toISOString().slice(0, 10), d);
    slots = (
      await (await citizens[0]('GET', `/me/meeting-slots?from=${soon}&to=${soon}&form=video`)).json()
    ).items.filter((s) => s.caseworkerId === KARIM);
  }
  for (let i = 0; i < Math.min(20, slots.length); i++) {
    const t0 = performance.now();
    const res = await citizens[i]('POST', '/me/meetings', {
      start: slots[i].start,
      form: 'video',
      caseworkerId: KARIM,
    });
    await res.arrayBuffer();
    uncontended.booked.push(performance.now() - t0);
    for (let k = 1; k <= 5; k++) {
      const t1 = performance.now();
      const again = await citizens[20 + i * 5 + k]('POST', '/me/meetings', {
        start: slots[i].start,
        form: 'video',
        caseworkerId: KARIM,
      });
      await again.arrayBuffer();
      if (again.status !== 409) throw new Error(`expected 409, got ${again.status}`);
      uncontended.conflict.push(performance.now() - t1);
    }
  }
}
console.log(
  `uncontended: booking p50 ${percentile(uncontended.booked, 50).toFixed(1)} ms p95 ${percentile(uncontended.booked, 95).toFixed(1)} ms · 409 p50 ${percentile(uncontended.conflict, 50).toFixed(1)} ms p95 ${percentile(uncontended.conflict, 95).toFixed(1)} ms`,
);

const rounds = [];
const latencies = [];
const burstCpu = { api: 0, pg: 0 };
/** CPU ms of the API (`api`) and its PostgreSQL (`pg`) since the reading `before`. */
const cpuSince = (before) => {
  const since = { api: 0, pg: 0 };
  for (const [pid, ms] of apiCpuMs()) since[pid === api.child.pid ? 'api' : 'pg'] += ms - (before.get(pid) ?? 0);
  return since;
};
const started = performance.now();
let day = new Date().toISOString().slice(0, 10);
for (let r = 0; r < ROUNDS; r++) {
  day = addDays(day, 1);
  const slots = (
    await (await citizens[0]('GET', `/me/meeting-slots?from=${day}&to=${day}&form=video`)).json()
  ).items.filter((s) => s.caseworkerId === KARIM);
  if (slots.length === 0) {
    r--;
    continue; // a public holiday: no slots that day
  }
  const attempts = citizens.map((c, i) => async () => {
    const slot = slots[i % slots.length];
    const t0 = performance.now();
    const res = await c('POST', '/me/meetings', { start: slot.start, form: 'video', caseworkerId: KARIM });
    const ms = performance.now() - t0;
    await res.arrayBuffer();
    return { status: res.status, ms };
  });
  const cpu0 = apiCpuMs();
  const results = await Promise.all(attempts.map((a) => a()));
  const cpu = cpuSince(cpu0);
  const cpuMs = cpu.api + cpu.pg;
  burstCpu.api += cpu.api;
  burstCpu.pg += cpu.pg;
  const created = results.filter((x) => x.status === 201).length;
  const conflicts = results.filter((x) => x.status === 409).length;
  const errors = results.filter((x) => x.status >= 500).length;
  const other = results.length - created - conflicts - errors;
  latencies.push(...results.map((x) => x.ms));
  rounds.push({
    day,
    slots: slots.length,
    created,
    conflicts,
    errors,
    other,
    cpuMs,
    p95: Math.round(
      percentile(
        results.map((x) => x.ms),
        95,
      ),
    ),
  });
}
const seconds = (performance.now() - started) / 1000;
await api.stop();

const ok = rounds.every((r) => r.created === r.slots && r.errors === 0 && r.other === 0);
const summary = {
  bench: 'meetings-booking',
  citizens: CITIZENS,
  rounds: rounds.length,
  exactlyOnePerSlot: ok,
  p50Ms: Math.round(percentile(latencies, 50)),
  p95Ms: Math.round(percentile(latencies, 95)),
  p99Ms: Math.round(percentile(latencies, 99)),
  targetP95Ms: TARGET_P95_MS,
  uncontendedP95Ms: +percentile(uncontended.booked, 95).toFixed(1),
  targetUncontendedP95Ms: TARGET_UNCONTENDED_P95_MS,
  attemptsPerSecond: Math.round(latencies.length / seconds),
  // CPU of the API and its PostgreSQL per attempt in the bursts (load-independent; the machine may be shared).
  burstCpuMsPerAttempt: +((burstCpu.api + burstCpu.pg) / latencies.length).toFixed(2),
  burstCpuMsPerAttemptApi: +(burstCpu.api / latencies.length).toFixed(2),
  burstCpuMsPerAttemptPostgres: +(burstCpu.pg / latencies.length).toFixed(2),
  uncontended: {
    bookingP50Ms: +percentile(uncontended.booked, 50).toFixed(1),
    bookingP95Ms: +percentile(uncontended.booked, 95).toFixed(1),
    conflictP50Ms: +percentile(uncontended.conflict, 50).toFixed(1),
    conflictP95Ms: +percentile(uncontended.conflict, 95).toFixed(1),
  },
  perRound: rounds,
};
console.table(rounds);
console.log(
  `exactly one booking per slot, rest 409, no 5xx: ${ok ? 'yes' : 'NO'} · burst p50 ${summary.p50Ms} ms · p95 ${summary.p95Ms} ms (target ≤ ${TARGET_P95_MS}) · p99 ${summary.p99Ms} ms · ${summary.attemptsPerSecond} attempts/s · ${summary.burstCpuMsPerAttempt} ms CPU per attempt (API ${summary.burstCpuMsPerAttemptApi} + PostgreSQL ${summary.burstCpuMsPerAttemptPostgres}) · uncontended booking p95 ${summary.uncontendedP95Ms} ms (target ≤ ${TARGET_UNCONTENDED_P95_MS})`,
);
writeResult('meetings-booking', summary);
process.exit(ok ? 0 : 1);
