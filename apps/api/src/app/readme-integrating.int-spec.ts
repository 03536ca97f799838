import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { SignedInBrowsers, testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { createApp } from './create-app';

const README = join(__dirname, '../../../../README.md');

/** The README's "Integrating" commands, run exactly as written (only JOBUNIVERS points at this test's API). */
describe('README: the integration walkthrough works as written', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('token → register → outcome → the feed shows both events', async () => {
    const readme = readFileSync(README, 'utf8');
    const section =
      /<!-- integrating:verified:start -->\s*```bash\n([\s\S]*?)```\s*<!-- integrating:verified:end -->/.exec(readme);
    expect(section).not.toBeNull();
    const script = section![1]!;
    expect(script).toContain('export JOBUNIVERS=http://localhost:3000');
    // The README's CPR number may still be registered on this worker's database by an earlier run of this spec
    // that stopped half-way: a team lead of Aarhus closes that case first.
    const db = app.get(DataSource);
    const [, cpr] = /"cpr":"(\d{6}-?\d{4})"/.exec(script) ?? [];
    expect(cpr).toBeDefined();
    const lead = DEMO_STAFF.find((s) => s.name === 'Susanne Vestergaard')!.id;
    const browsers = new SignedInBrowsers(http);
    const earlier = await browsers.send<{ items: Array<{ id: string }> }>(
      lead,
      'GET',
      `/api/v1/citizens?q=${cpr}&status=active&assignedTo=all`,
    );
    expect(earlier.status).toBe(200);
    for (const { id } of earlier.body.items) {
      const closed = await browsers.send(
        lead,
        'POST',
        `/api/v1/citizens/${id}/outcome`,
        { outcome: 'other', date: todayInCopenhagen() },
        { 'x-access-purpose': 'Rydder op efter en tidligere testkørsel' },
      );
      expect(closed.status).toBe(200);
    }
    const runnable = script.replace('export JOBUNIVERS=http://localhost:3000', `export JOBUNIVERS=${http.baseUrl}`);
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', runnable], { timeout: 30_000 });
    const lines = stdout.trim().split('\n');
    const id = /^registered ([0-9a-f-]{36})$/.exec(lines[0]!)?.[1];
    expect(id).toBeDefined();
    expect(lines.slice(1).map((l) => JSON.parse(l))).toEqual([
      { status: 'closed', outcome: 'job' },
      {
        type: 'dk.jobunivers.citizens.registered',
        source: '/municipalities/0751',
        subject: `citizens/${id}`,
        data: { unemployedSince: '2026-11-16', benefitType: 'cash_benefit' },
      },
      {
        type: 'dk.jobunivers.citizens.outcome_reported',
        source: '/municipalities/0751',
        subject: `citizens/${id}`,
        data: { outcome: 'job', date: '2026-12-01' },
      },
    ]);
    // What the commands did is in the database: the case closed by the demo system, audited as the system.
    expect(await db.query(`SELECT status, outcome FROM citizens.citizen WHERE id = $1`, [id])).toEqual([
      { status: 'closed', outcome: 'job' },
    ]);
    expect(await db.query(`SELECT DISTINCT actor_kind FROM audit.audit_event WHERE citizen_id = $1`, [id])).toEqual([
      { actor_kind: 'client' },
    ]);
  });
});
