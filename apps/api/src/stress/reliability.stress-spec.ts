import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { citizenRegistration } from '@jobunivers/api/testing';
import { type ApiProcess, call, signIn, StressStack } from './stack';

const SOFIE = { id: 'c0751000-0000-4000-8000-000000000001', cpr: '0103921234' };
const METTE = 'a0751000-0000-4000-8000-000000000001';
const LEAD = 'a0751000-0000-4000-8000-000000000003';
const DEMO_CPRS = ['0103921234', '1508852345', '2207903456', '0311784567'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The built API as real processes on a private PostgreSQL: what happens when the database goes
 * away, when a process is killed mid-write, when two instances share the work, when someone
 * guesses client secrets — and that no CPR number is ever written in clear, in the database or the logs.
 */
describe('reliability (real processes, private PostgreSQL)', () => {
  let stack: StressStack;
  let api: ApiProcess;
  let db: pg.Pool;
  const registeredCprs: string[] = [];

  beforeAll(async () => {
    stack = await StressStack.start();
    api = await stack.startApi();
    db = new pg.Pool({ connectionString: stack.url, max: 2 });
    db.on('error', () => undefined);
  });
  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await stack?.close();
  });

  it('database outage: 503 problem responses (health too) while it is down, then recovers by itself', async () => {
    const citizen = await signIn(api, SOFIE.id);
    expect((await call(api, citizen, 'GET', '/api/v1/me/profile')).status).toBe(200);
    const seen: Array<{ status: number; contentType: string; path: string }> = [];
    let load = true;
    const loop = (async () => {
      while (load) {
        for (const path of ['/api/v1/me/profile', '/api/health', '/api/v1/me/meetings']) {
          const res = await call(api, citizen, 'GET', path).catch(() => ({ status: 0, contentType: '' }));
          seen.push({ status: res.status, contentType: res.contentType, path });
        }
        await sleep(50);
      }
    })();
    await sleep(500);
    const before = seen.length;
    await stack.stopDatabase();
    const downFrom = seen.length;
    await sleep(10_000);
    const downTo = seen.length;
    await stack.startDatabase();
    const back = Date.now();
    // Recovers by itself: within 30 s every request answers as before, without restarting the API.
    const until = Date.now() + 30_000;
    let healthy = false;
    while (Date.now() < until && !healthy) {
      await sleep(500);
      const [h, p] = await Promise.all([
        call(api, citizen, 'GET', '/api/health'),
        call(api, citizen, 'GET', '/api/v1/me/profile'),
      ]);
      healthy = h.status === 200 && p.status === 200;
    }
    load = false;
    await loop;
    console.log(
      `database outage: ${downTo - downFrom} requests during 10 s down, statuses ${JSON.stringify([...new Set(seen.slice(downFrom, downTo).map((x) => x.status))])}; healthy again ${((Date.now() - back) / 1000).toFixed(1)} s after the database returned`,
    );
    expect(before).toBeGreaterThan(0);
    // While down (after the first second, when in-flight work has ended): only 503 problem responses, never another 5xx or a hang.
    const down = seen.slice(downFrom, downTo).slice(10);
    expect(down.length).toBeGreaterThan(20);
    expect([...new Set(down.map((s) => `${s.status} ${s.contentType.split(';')[0]}`))]).toEqual([
      '503 application/problem+json',
    ]);
    expect(seen.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
    expect(healthy).toBe(true);
    // And writes work again.
    expect(
      (
        await call(api, citizen, 'POST', '/api/v1/me/joblog', {
          employer: 'Efter nedbrud',
          title: 'Lagermedarbejder',
          appliedOn: new Date().toISOString().slice(0, 10),
          status: 'applied',
        })
      ).status,
    ).toBe(201);
  });

  it('SIGKILL during concurrent writes: every acknowledged invitation is there after the restart, none twice', async () => {
    const mette = await signIn(api, METTE);
    const day = new Date(Date.now() + 14 * 86_400_000);
    // 60 distinct half-hour invitations over five days, two weeks ahead.
    const starts = Array.from({ length: 60 }, (_, i) =>
      new Date(
        Date.UTC(
          day.getUTCFullYear(),
          day.getUTCMonth(),
          day.getUTCDate() + Math.floor(i / 12),
          7 + Math.floor((i % 12) / 2),
          (i % 2) * 30,
        ),
      )
        .toISOString()
        .replace('.000Z', 'Z'),
    );
    const acknowledged: string[] = [];
    const statuses: Record<string, number> = {};
    const refusals: string[] = [];
    let answered = 0;
    const killer = (async () => {
      while (answered < 15) await sleep(5);
      await api.kill('SIGKILL');
    })();
    await Promise.all(
      starts.map(async (start) => {
        const res = await call<{ id: string }>(api, mette, 'POST', `/api/v1/citizens/${SOFIE.id}/meetings`, {
          start,
          form: 'video',
          topic: 'Stresstest',
        }).catch(() => undefined);
        if (res) answered += 1;
        if (res) statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res && res.status !== 201 && refusals.length < 3)
          refusals.push(`${start}: ${res.status} ${JSON.stringify(res.body)}`);
        if (res?.status === 201) acknowledged.push(res.body.id);
      }),
    );
    await killer;
    const killed = api;
    const restart = Date.now();
    api = await stack.startApi();
    console.log(
      `SIGKILL during writes: ${answered} of ${starts.length} invitations answered before the kill (statuses ${JSON.stringify(statuses)}), ${acknowledged.length} acknowledged; the API was serving again ${((Date.now() - restart) / 1000).toFixed(1)} s after restart`,
    );
    // Nothing acknowledged means the API refused or stalled every write: show what it logged.
    if (acknowledged.length === 0)
      console.log(
        `refused: ${refusals.join('\n')}\nthe killed API's last log lines:\n${killed.logs.join('').split('\n').slice(-80).join('\n')}`,
      );
    expect(acknowledged.length).toBeGreaterThan(0);
    const { rows } = await db.query(`SELECT id FROM meetings.meeting WHERE id = ANY($1::uuid[])`, [acknowledged]);
    expect(rows.map((r: { id: string }) => r.id).sort()).toEqual([...acknowledged].sort());
    const { rows: overlaps } = await db.query(
      `SELECT count(*)::int AS n FROM meetings.meeting a JOIN meetings.meeting b ON a.id < b.id AND a.caseworker_id = b.caseworker_id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at) WHERE a.status NOT LIKE 'cancelled%' AND b.status NOT LIKE 'cancelled%'`,
    );
    expect(overlaps).toEqual([{ n: 0 }]);
    // Each acknowledged invitation has its notice (the outbox row) — nothing half-written.
    const { rows: notices } = await db.query(
      `SELECT count(DISTINCT meeting_id)::int AS n FROM meetings.notice WHERE meeting_id = ANY($1::uuid[]) AND kind = 'invited'`,
      [acknowledged],
    );
    expect(notices).toEqual([{ n: acknowledged.length }]);
  });

  it('audit completeness: N staff reads of a citizen give exactly N audit rows', async () => {
    const mette = await signIn(api, METTE);
    const count = async () =>
      Number(
        (
          await db.query(`SELECT count(*)::int AS n FROM audit.audit_event WHERE actor_id = $1 AND citizen_id = $2`, [
            METTE,
            SOFIE.id,
          ])
        ).rows[0].n,
      );
    const before = await count();
    const paths = ['', '/profile', '/timeline', '/meetings', '/plan', '/joblog', '/job-matches', '/screenings'].map(
      (p) => `/api/v1/citizens/${SOFIE.id}${p}`,
    );
    let reads = 0;
    for (let i = 0; i < 40; i++) {
      const res = await call(api, mette, 'GET', paths[i % paths.length]!);
      expect([paths[i % paths.length], res.status]).toEqual([paths[i % paths.length], 200]);
      reads += 1;
    }
    expect((await count()) - before).toBe(reads);
  });

  it('brute force: repeated wrong client secrets block the client id (≤ 100 failures an hour), even for the right secret', async () => {
    const token = (secret: string) =>
      fetch(`${api.base}/api/v1/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'demo-municipal-system',
          client_secret: secret,
        }),
      });
    let failures = 0;
    let blockedAt = -1;
    for (let i = 0; i < 150; i++) {
      const res = await token(`wrong-${i}`);
      if (res.status === 401) failures += 1;
      else if (res.status === 429) {
        blockedAt = i;
        break;
      } else throw new Error(`unexpected ${res.status}`);
    }
    expect(blockedAt).toBeGreaterThan(0);
    expect(failures).toBeLessThanOrEqual(100);
    expect((await token('demo-secret')).status).toBe(429);
  });

  it('two instances: a session made on one works on the other, live events cross, and scheduled jobs run once', async () => {
    const second = await stack.startApi();
    const citizen = await signIn(api, SOFIE.id);
    const meOnSecond = await call<{ id: string }>(second, citizen, 'GET', '/api/v1/me');
    expect([meOnSecond.status, meOnSecond.body.id]).toEqual([200, SOFIE.id]);

    // The citizen's open page is connected to the second instance; the caseworker answers through the first.
    const controller = new AbortController();
    const stream = await fetch(`${second.base}/api/v1/me/live`, {
      headers: { cookie: citizen.cookie, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    let received = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) received += decoder.decode(chunk);
    })().catch(() => undefined);
    await sleep(500);
    const conversation = await call<{ id: string }>(api, citizen, 'POST', '/api/v1/me/conversations', {
      subject: 'To instanser',
      message: 'Hej fra instans 1',
    });
    expect(conversation.status).toBe(201);
    const lead = await signIn(api, LEAD);
    expect(
      (
        await call(
          api,
          lead,
          'POST',
          `/api/v1/conversations/${conversation.body.id}/messages`,
          { message: 'Svar via instans 1' },
          { 'x-access-purpose': 'stresstest' },
        )
      ).status,
    ).toBe(201);
    const until = Date.now() + 10_000;
    while (Date.now() < until && !received.includes(conversation.body.id)) await sleep(100);
    controller.abort();
    await reading;
    expect(received).toContain(conversation.body.id);

    // Every-minute jobs (job alerts, meeting reminders) with both instances up through two minute marks: once per minute.
    // A tick's job is created within seconds of its minute (cron checked every 5 s, see QueueService), so the
    // minute it was created in names its tick.
    const since = new Date();
    await sleep(145_000 - (Date.now() % 60_000)); // to 25 s past the second minute mark: both ticks' jobs are in (~1–12 s after theirs)
    const { rows } = await db.query(
      `SELECT name, date_trunc('minute', created_on) AS minute, count(*)::int AS n,
              max(extract(second FROM created_on))::float AS "latestSecond"
         FROM (SELECT name, created_on FROM pgboss.job UNION ALL SELECT name, created_on FROM pgboss.archive) j
        WHERE name IN ('notifications.job-alerts', 'meetings.reminders') AND created_on >= $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [since],
    );
    console.log(`scheduled jobs with two instances: ${JSON.stringify(rows)}`);
    for (const name of ['notifications.job-alerts', 'meetings.reminders'])
      expect(rows.filter((r: { name: string }) => r.name === name).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r: { n: number }) => r.n !== 1)).toEqual([]);
    await second.kill();
  });

  it('no plaintext CPR number anywhere in the database or in any log line', async () => {
    const lead = await signIn(api, LEAD);
    let storedEmail = '';
    for (let i = 0; i < 10; i++) {
      const registration = citizenRegistration({ firstName: 'Stress', unemployedSince: '2026-11-02' });
      const { cpr } = registration;
      storedEmail = registration.email!;
      const res = await call<{ id: string }>(api, lead, 'POST', '/api/v1/citizens', registration);
      expect(res.status).toBe(201);
      registeredCprs.push(cpr);
      // Reveal (audited, answered to the caseworker) and search by CPR: must not leave the number in logs or rows.
      expect(
        (
          await call(
            api,
            lead,
            'POST',
            `/api/v1/citizens/${res.body.id}/cpr/reveal`,
            {},
            { 'x-access-purpose': 'stresstest' },
          )
        ).status,
      ).toBe(200);
      expect(
        (await call(api, lead, 'GET', `/api/v1/citizens?q=${cpr.slice(0, 6)}-${cpr.slice(6)}&assignedTo=all`)).status,
      ).toBe(200);
    }
    // A bad CPR number is refused without being repeated into the logs either.
    expect(
      (
        await call(api, lead, 'POST', '/api/v1/citizens', {
          cpr: '3213999999',
          firstName: 'X',
          lastName: 'Y',
          benefitType: 'cash_benefit',
          unemployedSince: '2026-11-02',
        })
      ).status,
    ).toBe(400);
    const cprs = [...DEMO_CPRS, ...registeredCprs, '3213999999'];
    const patterns = cprs.flatMap((c) => [c, `${c.slice(0, 6)}-${c.slice(6)}`]);

    // Every row of every table of every schema (what a dump would hold), as text.
    const { rows: tables } = await db.query(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.length).toBeGreaterThan(30);
    const hits: string[] = [];
    let controls = 0;
    for (const t of tables as Array<{ table_schema: string; table_name: string }>) {
      const { rows } = await db.query(`SELECT t::text AS row FROM "${t.table_schema}"."${t.table_name}" t`);
      for (const r of rows as Array<{ row: string }>) {
        for (const p of patterns) if (r.row.includes(p)) hits.push(`${t.table_schema}.${t.table_name}: ${p}`);
        if (r.row.includes(storedEmail)) controls += 1; // the scan does see what was written (a stored e-mail address)
      }
    }
    expect(controls).toBeGreaterThan(0);
    expect(hits).toEqual([]);
    const logs = stack.logs();
    expect(logs).toContain('/api/v1/citizens'); // requests are logged (so the logs were there to leak into)
    expect(patterns.filter((p) => logs.includes(p))).toEqual([]);
  });
});

/**
 * Instances started together on an empty database (a first deploy, a scale-out from zero): the
 * migrations, pg-boss's schema and queues and the demo data run under the boot lock, one instance
 * after another, so nothing runs twice and nothing fails.
 */
describe('boot (real processes, empty PostgreSQL)', () => {
  let stack: StressStack;
  let db: pg.Pool;

  beforeAll(async () => {
    stack = await StressStack.start();
    db = new pg.Pool({ connectionString: stack.url, max: 2 });
    db.on('error', () => undefined);
  });
  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await stack?.close();
  });

  it('three instances booting at once on an empty database: all healthy, every migration once, demo data once, no error', async () => {
    const root = join(__dirname, '../../../..');
    const migrationFiles = readdirSync(join(root, 'libs/api'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, 'libs/api', d.name, 'src/migrations')))
      .flatMap((d) =>
        readdirSync(join(root, 'libs/api', d.name, 'src/migrations')).filter((f) => /^\d{13}-[^.]+\.ts$/.test(f)),
      );
    const started = Date.now();
    const apis = await Promise.all([stack.spawnApi(), stack.spawnApi(), stack.spawnApi()]);
    const health = await Promise.allSettled(apis.map((a) => a.waitHealthy(180_000)));
    console.log(
      `three instances on an empty database: ${health.map((h) => h.status).join(', ')} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(health.map((h) => (h.status === 'rejected' ? String(h.reason).slice(0, 2000) : h.status))).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);

    // Every migration recorded exactly once.
    const { rows: migrations } = await db.query<{ name: string; n: number }>(
      `SELECT name, count(*)::int AS n FROM public.migrations GROUP BY name`,
    );
    expect(migrations.filter((m) => m.n !== 1)).toEqual([]);
    expect(migrations.length).toBe(migrationFiles.length);
    // Demo data and reference data loaded once.
    const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0]?.n;
    expect(await count(`SELECT count(*)::int AS n FROM platform.demo_seed`)).toBe(9);
    expect(await count(`SELECT count(*)::int AS n FROM citizens.citizen`)).toBe(DEMO_CPRS.length);
    expect(await count(`SELECT count(*)::int AS n FROM identity.api_client`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM reference.municipality`)).toBe(98);
    expect(await count(`SELECT count(*)::int AS n FROM reference.occupation`)).toBe(436);
    // pg-boss: its schema installed once, every queue once.
    expect(await count(`SELECT count(*)::int AS n FROM pgboss.version`)).toBe(1);
    expect(await count(`SELECT count(*)::int - count(DISTINCT name)::int AS n FROM pgboss.queue`)).toBe(0);

    // Each instance serves (a demo sign-in works on all three) and none logged an error.
    for (const api of apis) expect((await signIn(api, SOFIE.id)).cookie).toContain('=');
    const logs = apis.map((a) => a.logs.join(''));
    const errors = logs.flatMap((l, i) =>
      l
        .split('\n')
        .filter((line) => /"level":(50|60)|\bERROR\b|\berror\b.*(duplicate|already exists|deadlock)/i.test(line))
        .map((line) => `instance ${i + 1}: ${line.slice(0, 500)}`),
    );
    expect(errors).toEqual([]);
    // The lock did its work: at least one instance waited for another.
    expect(logs.some((l) => l.includes('Another instance is starting'))).toBe(true);
  });
});
