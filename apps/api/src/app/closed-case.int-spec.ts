import type { INestApplication } from '@nestjs/common';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF } from '@jobunivers/api/identity';
import { newCitizen, SignedInBrowsers, testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { DataSource } from 'typeorm';
import { createApp } from './create-app';

const mette = DEMO_STAFF.find((s) => s.name === 'Mette Kjær')!.id;
const tomorrowNoon = () => new Date(Date.now() + 36 * 3600_000).toISOString();

/**
 * A closed case refuses the citizen's new steps with one answer in every module (issue 25: `activeCase()`
 * once, in the citizens facade): 409 `case_closed`, and nothing written. Full app, real PostgreSQL.
 */
describe('a closed case (full app)', () => {
  let app: INestApplication;
  let browsers: SignedInBrowsers;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
    await app.get(DemoDataService).seedAll();
    browsers = new SignedInBrowsers(await TestHttp.of(app));
    db = app.get(DataSource);
  });

  /** The citizen's rows in each table a refused step would have written to. */
  const rowsOf = async (citizenId: string) =>
    (
      (await db.query(
        `SELECT (SELECT count(*) FROM citizens.timeline_entry WHERE citizen_id = $1)::int AS timeline,
                (SELECT count(*) FROM meetings.meeting WHERE citizen_id = $1)::int AS meetings,
                (SELECT count(*) FROM offers.plan_item WHERE citizen_id = $1)::int AS plan,
                (SELECT count(*) FROM job_matching.joblog_entry WHERE citizen_id = $1)::int AS joblog,
                (SELECT count(*) FROM screening.self_assessment WHERE citizen_id = $1)::int AS assessments,
                (SELECT count(*) FROM messaging.conversation WHERE citizen_id = $1)::int AS conversations`,
        [citizenId],
      )) as Array<Record<string, number>>
    )[0];

  afterAll(async () => {
    await app?.close();
  });

  it('answers 409 case_closed to booking, the plan, the joblog, the self-assessment and a new conversation', async () => {
    const { id } = await newCitizen(browsers, mette, { firstName: 'Lukket' });
    const closed = await browsers.send(mette, 'POST', `/api/v1/citizens/${id}/outcome`, {
      outcome: 'job',
      date: new Date().toISOString().slice(0, 10),
    });
    expect(closed.status).toBe(200);
    const before = await rowsOf(id);

    const attempts: Array<[string, string, unknown]> = [
      ['meetings', '/api/v1/me/meetings', { start: tomorrowNoon(), form: 'video' }],
      ['offers', '/api/v1/me/plan/items', { activity: { title: 'Opdatér mit CV' } }],
      [
        'job matching',
        '/api/v1/me/joblog',
        { employer: 'Bageriet', title: 'Bager', appliedOn: new Date().toISOString().slice(0, 10), status: 'applied' },
      ],
      [
        'screening',
        '/api/v1/me/self-assessment',
        {
          jobConfidence: 3,
          healthLimitations: false,
          digitalConfidence: 4,
          danishLevel: 'native',
          childcareChallenges: false,
          transportChallenges: false,
          wantsPersonalHelp: false,
        },
      ],
      ['messaging', '/api/v1/me/conversations', { subject: 'Et spørgsmål', message: 'Kan jeg stadig få hjælp?' }],
    ];
    for (const [module, path, body] of attempts) {
      const res = await browsers.send(id, 'POST', path, body);
      expect({ module, status: res.status, code: res.body['code'] }).toEqual({
        module,
        status: 409,
        code: 'case_closed',
      });
    }
    // Nothing was written: no timeline entry, meeting, plan item, joblog entry, assessment or conversation.
    expect(await rowsOf(id)).toEqual(before);
  });
});
