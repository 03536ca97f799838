import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { AppConfig } from '@jobunivers/api/config';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_STAFF,
  IdentityModule,
  identityMigrations,
} from '@jobunivers/api/identity';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import {
  clientBearer,
  createModuleTestApp,
  jobPosting,
  newCitizen,
  newJobAd,
  newOffer,
  profileBody,
  SignedInBrowsers,
  TestHttp,
  unique,
} from '@jobunivers/api/testing';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { JobMatchingModule } from './job-matching.module';
import { MatchTopService } from './match-top.service';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { jobMatchingMigrations } from './migrations';
import { ALERT_MIN_SCORE, IN_AREA_SQL, OPEN_SQL, SCORED_SQL } from './scoring';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const today = todayInCopenhagen();

describe('job matching: schema.org job ads, search, ranked matches with reasons, suggestions, alerts', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const send = <T = Json>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => browsers.send<T>(userId, method, path, body, headers);
  const mette = staff('Mette Kjær');
  const anne = staff('Anne Dahl');
  const lead = staff('Susanne Vestergaard');
  const register = async (profile: Json) => {
    const { id } = await newCitizen(browsers, mette, {
      firstName: 'Job',
      benefitType: 'unemployment_benefit',
      unemployedSince: addDays(today, -20),
    });
    const saved = await send(id, 'PUT', '/api/v1/me/profile', profileBody(profile));
    expect(saved.status).toBe(200);
    return id;
  };
  /** The demo municipal system's authorization for `scope`. */
  const bearer = (scope: string) => clientBearer(http, { id: DEMO_CLIENT_ID, secret: DEMO_CLIENT_SECRET }, scope);
  const importAd = async (over: Json = {}) => (await newJobAd(http, await bearer('jobs:write'), over)).id;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, JobMatchingModule],
      migrations: [
        ...referenceMigrations,
        ...identityMigrations,
        ...auditMigrations,
        ...citizensMigrations,
        ...screeningMigrations,
        ...meetingsMigrations,
        ...offersMigrations,
        ...jobMatchingMigrations,
      ],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  describe('import and export as schema.org JobPosting', () => {
    it('imports one posting, exports it as JSON-LD, and a re-import with the same identifier updates the same ad', async () => {
      const input = jobPosting({
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'DKK',
          value: { '@type': 'QuantitativeValue', minValue: 34000, maxValue: 40000, unitText: 'MONTH' },
        },
        workHours: '37 timer',
        skills: ['medication', 'Akutsygepleje'],
      });
      const created = await http.post<Json>('/api/v1/job-ads', input, { headers: await bearer('jobs:write') });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe(`/api/v1/job-ads/${created.body['id']}`);
      const exported = await http.get<Json>(`/api/v1/job-ads/${created.body['id']}`, {
        headers: await bearer('jobs:write'),
      });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toContain('application/ld+json');
      expect(exported.body).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        identifier: { '@type': 'PropertyValue', name: expect.stringMatching(/^client:/), value: input['identifier'] },
        title: 'Sygeplejerske til akutmodtagelsen',
        description: 'Vi søger sygeplejersker & gode kolleger.',
        datePosted: today,
        employmentType: ['FULL_TIME'],
        hiringOrganization: { '@type': 'Organization', name: 'Testhospitalet' },
        jobLocation: {
          address: { postalCode: '8000', addressLocality: 'Aarhus C', addressCountry: 'DK' },
          geo: { '@type': 'GeoCoordinates' },
        },
        occupationalCategory: { '@type': 'CategoryCode', codeValue: '2221', inCodeSet: 'ISCO-08' },
        skills: [expect.objectContaining({ '@type': 'DefinedTerm', termCode: 'medication' }), 'Akutsygepleje'],
        baseSalary: { currency: 'DKK', value: { minValue: 34000, maxValue: 40000, unitText: 'MONTH' } },
        workHours: '37 timer',
      });
      const again = await http.post<Json>(
        '/api/v1/job-ads',
        { ...input, title: 'Sygeplejerske (genopslag)' },
        { headers: await bearer('jobs:write') },
      );
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: created.body['id'], status: 'updated' });
      const [row] = await db.query(
        `SELECT count(*)::int AS n, max(title) AS title FROM job_matching.job_ad WHERE identifier = $1`,
        [input['identifier']],
      );
      expect(row).toEqual({ n: 1, title: 'Sygeplejerske (genopslag)' });
    });

    it('a bad posting is a 400 naming every bad field and stores nothing; only publishers may import', async () => {
      const before = (await db.query(`SELECT count(*)::int AS n FROM job_matching.job_ad`))[0].n;
      const bad = await http.post<Json>(
        '/api/v1/job-ads',
        jobPosting({
          '@type': 'Person',
          title: '',
          datePosted: 'last week',
          validThrough: addDays(today, -400),
          employmentType: 'SOMETIMES',
          hiringOrganization: {},
          jobLocation: { address: { postalCode: '0000', addressCountry: 'SE' } },
          occupationalCategory: '99',
          url: 'ftp://x',
          baseSalary: { currency: 'DKK', value: -5 },
        }),
        { headers: await bearer('jobs:write') },
      );
      expect(bad.status).toBe(400);
      expect((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
        '@type',
        'baseSalary',
        'datePosted',
        'employmentType',
        'hiringOrganization.name',
        'jobLocation.address.addressCountry',
        'occupationalCategory',
        'title',
        'url',
      ]);
      const unknownCodes = await http.post<Json>(
        '/api/v1/job-ads',
        jobPosting({ occupationalCategory: '9999', jobLocation: { address: { postalCode: '0999' } } }),
        { headers: await bearer('jobs:write') },
      );
      expect((unknownCodes.body['errors'] as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
        'jobLocation.address.postalCode',
        'occupationalCategory',
      ]);
      expect(
        (
          await http.post('/api/v1/job-ads', jobPosting({ identifier: undefined }), {
            headers: await bearer('jobs:write'),
          })
        ).status,
      ).toBe(400);
      expect((await http.post('/api/v1/job-ads', [1, 2], { headers: await bearer('jobs:write') })).status).toBe(400);
      expect(
        (await http.post('/api/v1/job-ads', jobPosting(), { headers: await bearer('citizens:read') })).status,
      ).toBe(403);
      expect((await http.post('/api/v1/job-ads', jobPosting())).status).toBe(401);
      const citizen = await register({});
      expect((await send(citizen, 'POST', '/api/v1/job-ads', jobPosting())).status).toBe(403);
      expect((await db.query(`SELECT count(*)::int AS n FROM job_matching.job_ad`))[0].n).toBe(before);
    });

    it('bulk: stores the valid postings and reports each one; staff may add ads without an identifier and withdraw their own', async () => {
      const good = [jobPosting(), jobPosting({ title: 'Social- og sundhedsassistent', occupationalCategory: '5321' })];
      const res = await http.post<Json>(
        '/api/v1/job-ads/bulk',
        { items: [good[0], { title: 'x' }, good[1], 'not an object'] },
        { headers: await bearer('jobs:write') },
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 2, updated: 0, invalid: 2 });
      const items = res.body['items'] as Array<Json>;
      expect(items.map((i) => i['status'])).toEqual(['created', 'invalid', 'created', 'invalid']);
      expect((items[1]['errors'] as Array<{ field: string }>).map((e) => e.field)).toEqual(
        expect.arrayContaining([
          'identifier',
          'description',
          'datePosted',
          'hiringOrganization.name',
          'jobLocation.address',
          'occupationalCategory',
        ]),
      );
      expect(
        await db.query(`SELECT title FROM job_matching.job_ad WHERE id = ANY($1) ORDER BY title`, [
          [items[0]['id'], items[2]['id']],
        ]),
      ).toEqual([{ title: 'Social- og sundhedsassistent' }, { title: 'Sygeplejerske til akutmodtagelsen' }]);
      expect(
        (
          await http.post<Json>(
            '/api/v1/job-ads/bulk',
            { items: Array.from({ length: 1001 }, () => ({})) },
            { headers: await bearer('jobs:write') },
          )
        ).body['code'],
      ).toBe('too_many_job_ads');

      const byStaff = await send(
        lead,
        'POST',
        '/api/v1/job-ads',
        jobPosting({ identifier: undefined, title: 'Jobkonsulent' }),
      );
      expect(byStaff.status).toBe(201);
      const id = byStaff.body['id'] as string;
      expect((await send(anne, 'DELETE', `/api/v1/job-ads/${id}`)).status).toBe(403);
      expect((await send(lead, 'DELETE', `/api/v1/job-ads/${id}`)).status).toBe(204);
      const mine = await send<{ items: Array<{ id: string; open: boolean; ownedByMyMunicipality: boolean }> }>(
        lead,
        'GET',
        '/api/v1/job-ads?mine=true',
      );
      expect(mine.body.items.find((a) => a.id === id)).toMatchObject({ open: false, ownedByMyMunicipality: true });
    });
  });

  describe('bad text in an import', () => {
    it('decodes HTML entities, drops control characters (a raw NUL is refused with the request, as everywhere), and a value the database refuses fails only its own item', async () => {
      const description =
        '<p>Vi s&oslash;ger en sygeplejerske til &Aring;rhus &aelig;ldrepleje &#99999999; &#0; &#x41;&#66; &ukendt;</p>';
      const entityAd = jobPosting({
        identifier: `entities-${unique()}`,
        title: 'Syge\u0001plejer\u001fske',
        description,
      });
      // A trigger stands in for any value PostgreSQL refuses that parsing cannot foresee.
      const refused = `refused-${unique()}`;
      await db.query(
        `CREATE FUNCTION job_matching.refuse_test_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.identifier LIKE 'refused-%' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`,
      );
      await db.query(
        `CREATE TRIGGER refuse_test_ad BEFORE INSERT ON job_matching.job_ad FOR EACH ROW EXECUTE FUNCTION job_matching.refuse_test_ad()`,
      );
      try {
        const items = [
          jobPosting({ identifier: `ok1-${unique()}` }),
          entityAd,
          jobPosting({ identifier: refused }),
          jobPosting({ identifier: `ok2-${unique()}` }),
        ];
        const res = await http.post<Json>('/api/v1/job-ads/bulk', { items }, { headers: await bearer('jobs:write') });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ created: 3, updated: 0, invalid: 1 });
        const results = res.body['items'] as Array<Json>;
        expect(results.map((i) => i['status'])).toEqual(['created', 'created', 'invalid', 'created']);
        expect(results[2]).toMatchObject({
          identifier: refused,
          errors: [{ field: 'item', message: expect.stringContaining('could not be stored') }],
        });
        const [row] = await db.query(`SELECT title, description FROM job_matching.job_ad WHERE id = $1`, [
          results[1]['id'],
        ]);
        expect(row).toEqual({
          title: 'Sygeplejerske',
          description: 'Vi søger en sygeplejerske til Århus ældrepleje \uFFFD \uFFFD AB &ukendt;',
        });
        expect(
          await db.query(`SELECT count(*)::int AS n FROM job_matching.job_ad WHERE identifier = $1`, [refused]),
        ).toEqual([{ n: 0 }]);
        expect(
          await db.query(`SELECT count(*)::int AS n FROM job_matching.job_ad WHERE id = ANY($1)`, [
            [results[0]['id'], results[3]['id']],
          ]),
        ).toEqual([{ n: 2 }]);

        // A raw NUL (which PostgreSQL cannot store) is refused by the global validation pipe before any item is read: 400 naming the field, nothing stored.
        const withNul = await http.post<Json>(
          '/api/v1/job-ads/bulk',
          { items: [jobPosting({ identifier: `nul-${unique()}`, title: 'Syge\u0000plejerske' })] },
          { headers: await bearer('jobs:write') },
        );
        expect(withNul.status).toBe(400);
        expect(JSON.stringify(withNul.body['errors'])).toContain('items');
        expect(
          await db.query(`SELECT count(*)::int AS n FROM job_matching.job_ad WHERE identifier LIKE 'nul-%'`),
        ).toEqual([{ n: 0 }]);

        // One posting alone: its 400, nothing stored.
        const single = await http.post<Json>('/api/v1/job-ads', jobPosting({ identifier: `${refused}-single` }), {
          headers: await bearer('jobs:write'),
        });
        expect(single.status).toBe(400);
        expect(
          await db.query(`SELECT count(*)::int AS n FROM job_matching.job_ad WHERE identifier = $1`, [
            `${refused}-single`,
          ]),
        ).toEqual([{ n: 0 }]);
      } finally {
        await db.query(`DROP TRIGGER refuse_test_ad ON job_matching.job_ad`);
        await db.query(`DROP FUNCTION job_matching.refuse_test_ad()`);
      }
    });
  });

  describe('search', () => {
    it('finds by Danish word forms and without accents, filters by occupation, place, radius and hours, and leaves expired ads out', async () => {
      const tag = `Zebrafjord${unique()}`;
      const cafe = await importAd({
        title: `Kok til café ${tag}`,
        description: 'Køkkenet søger en kok.',
        occupationalCategory: '5120',
        jobLocation: { address: { postalCode: '2100' } },
        employmentType: 'PART_TIME',
      });
      const nurse = await importAd({ title: `Sygeplejersker ${tag}`, description: 'Akutmodtagelsen har travlt.' });
      const expired = await importAd({
        title: `Sygeplejerske ${tag} udløbet`,
        datePosted: addDays(today, -40),
        validThrough: addDays(today, -1),
      });
      const ids = async (query: string) =>
        ((await send<{ items: Array<{ id: string }> }>(lead, 'GET', `/api/v1/job-ads?${query}`)).body.items ?? [])
          .map((a) => a.id)
          .sort();
      expect(await ids(`q=sygeplejerske ${tag}`)).toEqual([nurse]);
      expect(await ids(`q=cafe ${tag}`)).toEqual([cafe]);
      expect(await ids(`q=kokken ${tag}`)).toEqual([cafe]);
      expect(await ids(`q=${tag}&occupation=2221`)).toEqual([nurse]);
      expect(await ids(`q=${tag}&occupation=51`)).toEqual([cafe]);
      expect(await ids(`q=${tag}&municipality=0101`)).toEqual([cafe]);
      expect(await ids(`q=${tag}&postalCode=8000&radiusKm=20`)).toEqual([nurse]);
      expect(await ids(`q=${tag}&hours=part_time`)).toEqual([cafe]);
      expect(await ids(`q=${tag}`)).not.toContain(expired);
      const page = await send<Json>(lead, 'GET', `/api/v1/job-ads?q=${tag}&postalCode=8000&radiusKm=20`);
      expect(page.body).toMatchObject({
        total: 1,
        page: 1,
        totalPages: 1,
        items: [{ occupation: { code: '2221', title: 'Sygeplejersker' }, municipalityName: 'Aarhus', distanceKm: 0 }],
      });
      const bad = await send<Json>(lead, 'GET', '/api/v1/job-ads?radiusKm=0&hours=night&occupation=abc');
      expect(bad.status).toBe(400);
      expect((bad.body['errors'] as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
        'hours',
        'occupation',
        'radiusKm',
      ]);
      expect((await send<Json>(lead, 'GET', '/api/v1/job-ads?radiusKm=10')).body['code']).toBe('no_search_centre');
    });
  });

  describe('matches', () => {
    it('ranks the citizen’s open ads in their work area with reasons, missing skills and offers that develop them', async () => {
      const offer = await newOffer(browsers, lead, {
        titleDa: `Ældrepleje for begyndere ${unique()}`,
        titleEn: 'Elder care basics',
        descriptionDa: 'Kursus',
        provider: 'SOSU',
        skills: ['elder-care'],
      });
      const c = await register({
        wishedOccupations: ['2221'],
        skills: [
          { id: 'medication', name: 'Medicinhåndtering' },
          { id: 'first-aid', name: 'Førstehjælp' },
        ],
        workArea: { radiusKm: 30 },
        hours: 'full_time',
      });
      const n = unique();
      const employer = `Hospital ${n}`;
      const exact = await importAd({ hiringOrganization: { name: employer } });
      const related = await importAd({
        title: 'Jordemoder',
        occupationalCategory: '2222',
        skills: ['medication'],
        jobLocation: { address: { postalCode: '8200' } },
        hiringOrganization: { name: `Klinik ${n}` },
      });
      const far = await importAd({ jobLocation: { address: { postalCode: '2100' } } });
      const expired = await importAd({ datePosted: addDays(today, -40), validThrough: addDays(today, -1) });
      const other = await importAd({ title: 'Lagermedarbejder', occupationalCategory: '9333', skills: ['warehouse'] });

      const res = await send<{ items: Array<Json & { jobAd: { id: string } }>; profileReady: boolean }>(
        c,
        'GET',
        '/api/v1/me/job-matches',
      );
      expect(res.status).toBe(200);
      expect(res.body.profileReady).toBe(true);
      const ids = res.body.items.map((m) => m.jobAd.id);
      expect(ids).toContain(exact);
      expect(ids).toContain(related);
      for (const id of [far, expired, other]) expect(ids).not.toContain(id);
      expect(ids.indexOf(exact)).toBeLessThan(ids.indexOf(related));
      const best = res.body.items.find((m) => m.jobAd.id === exact)!;
      expect(best).toMatchObject({
        score: 40 + 20 + 15 + 10 + 5,
        reasons: [
          'Matcher dit jobønske: Sygeplejersker',
          '2 af 3 kompetencer',
          '1 km fra dig',
          'Fuldtid, som du ønsker',
        ],
        // The same reasons as codes and parameters, for apps to word in the reader's language.
        reasonCodes: [
          { code: 'exact', params: { title: 'Sygeplejersker' } },
          { code: 'skills', params: { matched: '2', total: '3' } },
          { code: 'km', params: { km: '1' } },
          { code: 'full_time', params: {} },
        ],
        missingSkills: [{ id: 'elder-care', name: 'Ældrepleje', offers: [expect.objectContaining({ id: offer.id })] }],
        saved: false,
        notRelevant: false,
      });
      expect(best['factors']).toEqual([
        { factor: 'occupation', points: 40, max: 40 },
        { factor: 'skills', points: 20, max: 30 },
        { factor: 'distance', points: 15, max: 15 },
        { factor: 'hours', points: 10, max: 10 },
        { factor: 'language', points: 5, max: 5 },
      ]);
      const second = res.body.items.find((m) => m.jobAd.id === related)!;
      expect(second['reasons']).toEqual(
        expect.arrayContaining(['Beslægtet med dit jobønske: Sygeplejersker', '1 af 1 kompetencer']),
      );
      const english = await send<{ items: Array<Json & { jobAd: { id: string } }> }>(
        c,
        'GET',
        '/api/v1/me/job-matches',
        undefined,
        { 'accept-language': 'en' },
      );
      expect(english.body.items.find((m) => m.jobAd.id === exact)!['reasons']).toEqual([
        'Matches your job wish: Nursing professionals',
        '2 of 3 skills',
        '1 km from you',
        'Full time, as you want',
      ]);

      // Saved and "not relevant": the ad leaves the matches, the employer's other ads rank lower and say why.
      expect((await send(c, 'PUT', `/api/v1/me/saved-jobs/${related}`)).status).toBe(204);
      expect(
        (await send<{ items: Array<{ id: string }> }>(c, 'GET', '/api/v1/me/saved-jobs')).body.items.map((a) => a.id),
      ).toEqual([related]);
      const sameEmployer = await importAd({ hiringOrganization: { name: employer }, title: 'Sygeplejerske, nat' });
      expect(
        (await send(c, 'PUT', `/api/v1/me/job-ads/${exact}/not-relevant`, { reason: 'Kender arbejdspladsen' })).status,
      ).toBe(204);
      const after = await send<{ items: Array<Json & { jobAd: { id: string } }> }>(c, 'GET', '/api/v1/me/job-matches');
      expect(after.body.items.map((m) => m.jobAd.id)).not.toContain(exact);
      const penalised = after.body.items.find((m) => m.jobAd.id === sameEmployer)!;
      expect(penalised['score']).toBe(90 - 20);
      expect(penalised['reasons']).toContain(`Længere nede: du har fravalgt et job hos ${employer}`);
      expect(after.body.items.find((m) => m.jobAd.id === related)!['saved']).toBe(true);
      const one = await send<Json>(c, 'GET', `/api/v1/me/job-matches/${exact}`);
      expect([one.status, one.body['detail']]).toEqual([200, undefined]);
      expect(one.body).toMatchObject({ notRelevant: true, jobAd: { id: exact } });
      expect((await send(c, 'DELETE', `/api/v1/me/job-ads/${exact}/not-relevant`)).status).toBe(204);
      expect(
        (await send<{ items: Array<{ jobAd: { id: string } }> }>(c, 'GET', '/api/v1/me/job-matches')).body.items.map(
          (m) => m.jobAd.id,
        ),
      ).toContain(exact);
      expect((await send(c, 'PUT', `/api/v1/me/saved-jobs/${randomUUID()}`)).status).toBe(404);

      // Staff see the same matches (audited); another municipality gets a 404.
      const staffView = await send<{ items: Array<{ jobAd: { id: string } }> }>(
        mette,
        'GET',
        `/api/v1/citizens/${c}/job-matches`,
      );
      expect(staffView.body.items.map((m) => m.jobAd.id)).toContain(exact);
      expect(
        await db.query(
          `SELECT action, resource FROM audit.audit_event WHERE citizen_id = $1 AND resource = 'job-matches'`,
          [c],
        ),
      ).toEqual([{ action: 'read', resource: 'job-matches' }]);
      expect((await send(anne, 'GET', `/api/v1/citizens/${c}/job-matches`)).status).toBe(404);
    });

    it('an empty profile says so instead of guessing', async () => {
      const c = await register({});
      expect((await send<Json>(c, 'GET', '/api/v1/me/job-matches')).body).toEqual({ items: [], profileReady: false });
    });
  });

  describe('matches as a maintained top-N list per citizen', () => {
    type Matches = { items: Array<Json & { jobAd: { id: string }; score: number }>; profileReady: boolean };
    const matchesOf = async (c: string) => {
      const res = await send<Matches>(c, 'GET', '/api/v1/me/job-matches');
      expect(res.status).toBe(200);
      return res.body;
    };
    const listOf = async (c: string): Promise<string[]> =>
      (
        await db.query(
          `SELECT job_ad_id FROM job_matching.match_top WHERE citizen_id = $1 ORDER BY score DESC, date_posted DESC, job_ad_id`,
          [c],
        )
      ).map((r: { job_ad_id: string }) => r.job_ad_id);
    const stateOf = async (c: string): Promise<{ complete: boolean } | null> =>
      (await db.query(`SELECT complete FROM job_matching.match_top_state WHERE citizen_id = $1`, [c]))[0] ?? null;
    /** What the read computed before the lists (every open ad ranked): the citizen's list dropped, the read fills it anew. */
    const fullRanking = async (c: string) => {
      await app.get(MatchTopService).clear([c]);
      expect(await stateOf(c)).toBeNull();
      return matchesOf(c);
    };
    const bulk = async (items: Json[]): Promise<string[]> => {
      const res = await http.post<Json>('/api/v1/job-ads/bulk', { items }, { headers: await bearer('jobs:write') });
      expect(res.status).toBe(200);
      return (res.body['items'] as Array<Json>).map((i) => i['id'] as string);
    };
    const AARHUS = ['8000', '8200', '8210', '8220', '8230', '8240', '8260', '8270'];
    /** `n` ads of the occupation around Aarhus: scores spread by skills, distance and hours; many ties on score and date. */
    const plant = (occupation: string, n: number) =>
      bulk(
        Array.from({ length: n }, (_, i) =>
          jobPosting({
            title: `Planted ${occupation} ${i}`,
            occupationalCategory: occupation,
            skills: i % 3 === 0 ? ['research'] : ['research', 'data-analysis'],
            jobLocation: { address: { postalCode: AARHUS[i % AARHUS.length] } },
            datePosted: addDays(today, -1 - (i % 4)),
            employmentType: i % 5 === 0 ? 'PART_TIME' : 'FULL_TIME',
            hiringOrganization: { name: `Employer ${i % 7} ${occupation}` },
          }),
        ),
      );
    const citizen = (occupation: string) =>
      register({
        wishedOccupations: [occupation],
        skills: [{ id: 'research', name: 'Forskning' }],
        workArea: { radiusKm: 30 },
        hours: 'full_time',
      });

    it('is filled when the profile is saved and by the first read, and the read answers what the full ranking does', async () => {
      const matching = app.get(MatchingService);
      const ads = await plant('2262', 30);
      await matching.runAlerts();
      const c = await citizen('2262');
      // Saved profile → list: every planted ad (fewer than the list holds, so it is complete).
      expect(await listOf(c)).toEqual(expect.arrayContaining(ads));
      expect(await stateOf(c)).toEqual({ complete: true });
      const fromList = await matchesOf(c);
      expect(fromList.items).toHaveLength(20);
      expect(fromList).toEqual(await fullRanking(c));
      // The first read without a list filled it again.
      expect(await listOf(c)).toEqual(expect.arrayContaining(ads));
      expect(fromList).toEqual(await matchesOf(c));
    });

    it('takes new ads through the alert pass, below the alert threshold too; a full list only what beats its last', async () => {
      const matching = app.get(MatchingService);
      const ads = await plant('3212', 55);
      await matching.runAlerts();
      const full = await citizen('3212');
      const short = await citizen('7312');
      expect([await listOf(full), await stateOf(full)]).toEqual([expect.any(Array), { complete: false }]);
      expect(await listOf(full)).toHaveLength(50);
      expect(ads).toEqual(expect.arrayContaining(await listOf(full)));
      expect(await listOf(short)).toEqual([]);
      expect(await stateOf(short)).toEqual({ complete: true });

      const [strong, weak, related] = await bulk([
        jobPosting({ title: 'Stærk', occupationalCategory: '3212', skills: ['research'], datePosted: today }),
        jobPosting({ title: 'Svag', occupationalCategory: '3211', skills: ['welding'], datePosted: today }),
        jobPosting({ title: 'Beslægtet', occupationalCategory: '7311', skills: ['welding'], datePosted: today }),
      ]);
      // Not matched for alerts yet: the read scores it beside the list already.
      expect((await matchesOf(full)).items[0].jobAd.id).toBe(strong);
      expect(await listOf(full)).not.toContain(strong);
      await matching.runAlerts();
      const after = await listOf(full);
      expect(after).toHaveLength(50);
      expect(after[0]).toBe(strong);
      expect(after).not.toContain(weak);
      expect(await stateOf(full)).toEqual({ complete: false });
      // A related occupation without the skill scores 55, below the alert threshold: it still enters the short list.
      expect(await listOf(short)).toEqual([related]);
      expect(
        await db.query(`SELECT 1 FROM job_matching.job_alert WHERE citizen_id = $1 AND job_ad_id = $2`, [
          short,
          related,
        ]),
      ).toEqual([]);
      expect((await matchesOf(short)).items.map((m) => m.jobAd.id)).toEqual([related]);
      expect(await matchesOf(full)).toEqual(await fullRanking(full));
    });

    it('"not relevant" takes the ad out and refills the list; closed ads leave the answer and a list short of open ads is recomputed', async () => {
      const ads = await plant('7512', 55);
      await app.get(MatchingService).runAlerts();
      const c = await citizen('7512');
      const [best] = await listOf(c);
      expect((await send(c, 'PUT', `/api/v1/me/job-ads/${best}/not-relevant`, {})).status).toBe(204);
      expect(await listOf(c)).not.toContain(best);
      const penalised = await matchesOf(c);
      expect(penalised.items.map((m) => m.jobAd.id)).not.toContain(best);
      expect(penalised).toEqual(await fullRanking(c));
      expect((await send(c, 'DELETE', `/api/v1/me/job-ads/${best}/not-relevant`)).status).toBe(204);
      expect((await listOf(c))[0]).toBe(best);

      // One listed ad closes: it leaves the answer, the next one moves up.
      const before = (await matchesOf(c)).items.map((m) => m.jobAd.id);
      await db.query(`UPDATE job_matching.job_ad SET valid_through = now() - interval '1 minute' WHERE id = $1`, [
        best,
      ]);
      const closedOne = (await matchesOf(c)).items.map((m) => m.jobAd.id);
      expect(closedOne).toEqual([...before.slice(1), expect.any(String)]);
      expect(await listOf(c)).toContain(best);

      // 45 of the 50 listed close: 5 open listed ads are too few for a list that did not hold every match, so the
      // read ranks every open ad again (the other planted ones) and stores that list, now complete.
      const listed = await listOf(c);
      await db.query(`UPDATE job_matching.job_ad SET valid_through = now() - interval '1 minute' WHERE id = ANY($1)`, [
        listed.slice(0, 45),
      ]);
      const open = ads.filter((id) => !listed.slice(0, 45).includes(id));
      const refilled = await matchesOf(c);
      expect(refilled.items.map((m) => m.jobAd.id).sort()).toEqual(open.sort());
      expect(await stateOf(c)).toEqual({ complete: true });
      expect((await listOf(c)).sort()).toEqual(open.sort());
      expect(refilled).toEqual(await fullRanking(c));

      // Retention erases the list with the rest of the citizen's matching data.
      await db.transaction((m) => app.get(MatchingRepository).eraseForCitizens([c], m));
      expect([await listOf(c), await stateOf(c)]).toEqual([[], null]);
    });
  });

  describe('job suggestions', () => {
    it('the caseworker sends an ad with a note, the citizen answers, the caseworker sees the answer; applied lands in the joblog', async () => {
      const c = await register({ wishedOccupations: ['2221'] });
      const other = await register({ wishedOccupations: ['2221'] });
      const ad = await importAd({ title: 'Sygeplejerske, dag', hiringOrganization: { name: 'Skejby' } });
      const ad2 = await importAd({ title: 'Sygeplejerske, aften', hiringOrganization: { name: 'Randers' } });
      const sent = await send<Json>(mette, 'POST', `/api/v1/citizens/${c}/job-suggestions`, {
        jobAdId: ad,
        note: 'Den her passer til dig',
      });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({
        suggestedByName: 'Mette Kjær',
        note: 'Den her passer til dig',
        answer: null,
        jobAd: { id: ad, title: 'Sygeplejerske, dag' },
      });
      expect(
        (await send<Json>(mette, 'POST', `/api/v1/citizens/${c}/job-suggestions`, { jobAdId: ad })).body['code'],
      ).toBe('job_already_suggested');
      expect((await send(anne, 'POST', `/api/v1/citizens/${c}/job-suggestions`, { jobAdId: ad2 })).status).toBe(404);
      expect(
        (
          (await send<Json>(mette, 'POST', `/api/v1/citizens/${c}/job-suggestions`, { jobAdId: 'nope', note: 5 })).body[
            'errors'
          ] as Array<{ field: string }>
        ).map((e) => e.field),
      ).toEqual(['jobAdId', 'note', 'note']);

      const mine = await send<{ items: Array<{ id: string }> }>(c, 'GET', '/api/v1/me/job-suggestions');
      expect(mine.body.items.map((s) => s.id)).toEqual([sent.body['id']]);
      expect(
        (await send(other, 'POST', `/api/v1/me/job-suggestions/${sent.body['id']}/answer`, { answer: 'applied' }))
          .status,
      ).toBe(404);
      expect(
        (await send(c, 'POST', `/api/v1/me/job-suggestions/${sent.body['id']}/answer`, { answer: 'maybe' })).status,
      ).toBe(400);
      const answered = await send<Json>(c, 'POST', `/api/v1/me/job-suggestions/${sent.body['id']}/answer`, {
        answer: 'applied',
      });
      expect(answered.body).toMatchObject({ answer: 'applied', answeredAt: expect.any(String) });
      // The timeline keeps the answer as its code and words it in the reader's language.
      const answeredEntry = async (language: string) =>
        (
          await send<{ items: Array<Json> }>(c, 'GET', '/api/v1/me/timeline', undefined, {
            'accept-language': language,
          })
        ).body.items.find((i) => i['kind'] === 'job_suggestion_answered');
      expect(await answeredEntry('da')).toMatchObject({
        params: { title: 'Sygeplejerske, dag', answer: 'applied' },
        text: 'Du svarede på jobforslaget Sygeplejerske, dag: søgt.',
      });
      expect((await answeredEntry('en'))?.['text']).toBe(
        'You answered the job suggestion Sygeplejerske, dag: applied.',
      );
      expect(
        (
          await send<Json>(c, 'POST', `/api/v1/me/job-suggestions/${sent.body['id']}/answer`, {
            answer: 'not_relevant',
          })
        ).body['code'],
      ).toBe('job_suggestion_answered');
      expect((await send<{ items: Array<Json> }>(c, 'GET', '/api/v1/me/joblog')).body.items).toEqual([
        expect.objectContaining({
          jobAdId: ad,
          title: 'Sygeplejerske, dag',
          employer: 'Skejby',
          status: 'applied',
          appliedOn: today,
        }),
      ]);

      const s2 = await send<Json>(mette, 'POST', `/api/v1/citizens/${c}/job-suggestions`, { jobAdId: ad2 });
      await send(c, 'POST', `/api/v1/me/job-suggestions/${s2.body['id']}/answer`, {
        answer: 'not_relevant',
        reason: 'For langt',
      });
      const seen = await send<{ items: Array<Json> }>(mette, 'GET', `/api/v1/citizens/${c}/job-suggestions`);
      expect(seen.body.items.map((s) => [s['answer'], s['answerReason']])).toEqual([
        ['not_relevant', 'For langt'],
        ['applied', null],
      ]);
      expect(
        (await send<{ items: Array<{ jobAd: { id: string } }> }>(c, 'GET', '/api/v1/me/job-matches')).body.items.map(
          (m) => m.jobAd.id,
        ),
      ).not.toContain(ad2);

      // Logging an application from an ad takes employer and title from it.
      const logged = await send<Json>(other, 'POST', '/api/v1/me/joblog', {
        jobAdId: ad2,
        appliedOn: today,
        status: 'applied',
      });
      expect(logged.body).toMatchObject({ jobAdId: ad2, employer: 'Randers', title: 'Sygeplejerske, aften' });
    });
  });

  describe('alerts (ad → citizens)', () => {
    it('a new ad makes exactly one alert per fitting citizen, none for others, closed cases or alerts switched off, and never twice', async () => {
      const occupation = '7212';
      const matching = app.get(MatchingService);
      await matching.runAlerts(); // the demo ads, before these citizens exist
      const fits = await register({ wishedOccupations: [occupation], skills: [{ id: 'welding', name: 'Svejsning' }] });
      const fitsDaily = await register({
        wishedOccupations: [occupation],
        skills: [{ id: 'welding', name: 'Svejsning' }],
      });
      const off = await register({ wishedOccupations: [occupation], skills: [{ id: 'welding', name: 'Svejsning' }] });
      const closed = await register({
        wishedOccupations: [occupation],
        skills: [{ id: 'welding', name: 'Svejsning' }],
      });
      const otherJob = await register({ wishedOccupations: ['5120'] });
      const farAway = await register({
        wishedOccupations: [occupation],
        skills: [{ id: 'welding', name: 'Svejsning' }],
        workArea: { radiusKm: 5 },
        contact: { email: 'j@example.dk', phone: '+4520202020', postalCode: '9000' },
      });
      expect((await send(fits, 'PUT', '/api/v1/me/job-alerts/settings', { mode: 'instant' })).status).toBe(204);
      expect((await send(off, 'PUT', '/api/v1/me/job-alerts/settings', { mode: 'off' })).status).toBe(204);
      expect((await send(off, 'PUT', '/api/v1/me/job-alerts/settings', { mode: 'hourly' })).status).toBe(400);
      expect(
        (await send(mette, 'POST', `/api/v1/citizens/${closed}/outcome`, { outcome: 'job', date: today })).status,
      ).toBe(200);

      const ad = await importAd({ title: 'Svejser', occupationalCategory: occupation, skills: ['welding'] });
      const first = await matching.runAlerts();
      expect(first.ads).toBe(1);
      const alerts = await db.query(
        `SELECT citizen_id, mode FROM job_matching.job_alert WHERE job_ad_id = $1 ORDER BY mode`,
        [ad],
      );
      expect(alerts).toEqual([
        { citizen_id: fitsDaily, mode: 'daily' },
        { citizen_id: fits, mode: 'instant' },
      ]);
      expect(await matching.runAlerts()).toEqual({ ads: 0, alerts: 0 });
      expect(
        (await db.query(`SELECT count(*)::int AS n FROM job_matching.job_alert WHERE job_ad_id = $1`, [ad]))[0].n,
      ).toBe(2);
      const mine = await send<{ items: Array<{ jobAd: { id: string }; mode: string }>; mode: string }>(
        fits,
        'GET',
        '/api/v1/me/job-alerts',
      );
      expect(mine.body).toMatchObject({ mode: 'instant', items: [{ jobAd: { id: ad }, mode: 'instant' }] });
      for (const id of [off, closed, otherJob, farAway])
        expect((await send<{ items: unknown[] }>(id, 'GET', '/api/v1/me/job-alerts')).body.items).toEqual([]);
    });

    it('the spatial prefilter makes exactly the alerts the full scan did; profiles whose box misses the ad get none', async () => {
      const matching = app.get(MatchingService);
      await matching.runAlerts();
      const occupation = '7213';
      const welder = (over: Json) =>
        register({ wishedOccupations: [occupation], skills: [{ id: 'welding', name: 'Svejsning' }], ...over });
      const home = (postalCode: string) => ({
        contact: { email: `p${unique()}@example.dk`, phone: '+4520202020', postalCode },
      });
      const citizens = {
        aarhus30: await welder(home('8000')),
        aarhus10: await welder({ ...home('8000'), workArea: { radiusKm: 10 } }),
        silkeborg50: await welder({ ...home('8600'), workArea: { radiusKm: 50 } }),
        horsensByMunicipality: await welder({ ...home('8000'), workArea: { municipalityCodes: ['0615'] } }),
        horsens25: await welder({ ...home('8700'), workArea: { radiusKm: 25 } }),
        aalborg20: await welder({ ...home('9000'), workArea: { radiusKm: 20 } }),
      };
      const ids = Object.values(citizens);
      const ads: string[] = [];
      for (const postalCode of ['8000', '8200', '8300', '8520', '8600', '8660', '8700', '7100', '9000'])
        ads.push(
          await importAd({
            title: 'Pladesmed',
            occupationalCategory: occupation,
            skills: ['welding'],
            jobLocation: { address: { postalCode } },
          }),
        );
      // What the statement before the prefilter found: every profile wishing the occupation, the exact work-area test.
      const fullScan: Array<{ citizen_id: string; job_ad_id: string }> = await db.query(
        `SELECT p.citizen_id, a.id AS job_ad_id
           FROM job_matching.job_ad a
           JOIN job_matching.match_profile p ON p.wished @> ARRAY[a.occupation] AND p.active AND p.alert_mode <> 'off'
           ${SCORED_SQL()}
          WHERE a.id = ANY($1::uuid[]) AND p.citizen_id = ANY($2::uuid[]) AND ${OPEN_SQL} AND ${IN_AREA_SQL} AND t.score >= ${ALERT_MIN_SCORE}
          ORDER BY 1, 2`,
        [ads, ids],
      );
      await matching.runAlerts();
      const made = await db.query(
        `SELECT citizen_id, job_ad_id FROM job_matching.job_alert WHERE job_ad_id = ANY($1::uuid[]) AND citizen_id = ANY($2::uuid[]) ORDER BY 1, 2`,
        [ads, ids],
      );
      expect(made).toEqual(fullScan);
      const alerted = (citizen: string) =>
        made
          .filter((m: { citizen_id: string }) => m.citizen_id === citizen)
          .map((m: { job_ad_id: string }) => ads.indexOf(m.job_ad_id));
      // Ads by index: 0 8000, 1 8200, 2 8300, 3 8520, 4 8600, 5 8660, 6 8700 (Horsens), 7 7100, 8 9000.
      expect(alerted(citizens.aarhus10).sort()).toEqual([0, 1]);
      expect(alerted(citizens.horsensByMunicipality).sort()).toEqual([5, 6]);
      expect(alerted(citizens.aalborg20)).toEqual([8]);
      // Aalborg's box (20 km) does not hold Aarhus: the prefilter never hands that profile to the score.
      const [outside] = await db.query(
        `SELECT count(*)::int AS n FROM job_matching.match_area m, job_matching.job_ad a
          WHERE m.citizen_id = $1 AND a.id = $2 AND m.area @> box(point(a.longitude, a.latitude), point(a.longitude, a.latitude))`,
        [citizens.aalborg20, ads[0]],
      );
      expect(outside.n).toBe(0);
    });

    it('caps the alerts per citizen and day (the best first); the next day brings more', async () => {
      const matching = app.get(MatchingService);
      await matching.runAlerts();
      const cap = app.get(AppConfig).jobAlerts.dailyCap;
      const occupation = '7214';
      const c = await register({ wishedOccupations: [occupation], skills: [{ id: 'welding', name: 'Svejsning' }] });
      const ad = (skills: string[]) =>
        importAd({ title: 'Konstruktionssmed', occupationalCategory: occupation, skills });
      // One ad fits less well (1 of 2 skills) than the others: it is the one left out.
      const weaker = await ad(['welding', 'cnc']);
      const today: string[] = [];
      for (let i = 0; i < cap + 1; i++) today.push(await ad(['welding']));
      expect((await matching.runAlerts()).ads).toBe(cap + 2);
      const first: Array<{ job_ad_id: string }> = await db.query(
        `SELECT job_ad_id FROM job_matching.job_alert WHERE citizen_id = $1`,
        [c],
      );
      expect(first).toHaveLength(cap);
      expect(first.map((r) => r.job_ad_id)).not.toContain(weaker);

      // Tomorrow (today's alerts moved a day back): new ads make alerts again, up to the cap.
      await db.query(
        `UPDATE job_matching.job_alert SET created_at = created_at - interval '1 day' WHERE citizen_id = $1`,
        [c],
      );
      const next = [await ad(['welding']), await ad(['welding'])];
      await matching.runAlerts();
      const all: Array<{ job_ad_id: string }> = await db.query(
        `SELECT job_ad_id FROM job_matching.job_alert WHERE citizen_id = $1`,
        [c],
      );
      expect(all).toHaveLength(cap + 2);
      expect(all.map((r) => r.job_ad_id)).toEqual(expect.arrayContaining(next));
    });
  });
});
