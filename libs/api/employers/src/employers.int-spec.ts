import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations } from '@jobunivers/api/citizens';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_STAFF, IdentityModule, identityMigrations } from '@jobunivers/api/identity';
import { JobMatchingModule, jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { OffersModule, offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import {
  createModuleTestApp,
  newCitizen,
  profileBody,
  SignedInBrowsers,
  TestHttp,
  unique,
  type NewCitizen,
} from '@jobunivers/api/testing';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource } from 'typeorm';
import { DEMO_EMPLOYER_USERS } from './demo/employers.demo-seed';
import { EmployersModule } from './employers.module';
import { employersMigrations } from './migrations';

type Json = Record<string, unknown>;
const staff = (name: string) => DEMO_STAFF.find((s) => s.name === name)!.id;
const employer = (first: string) => DEMO_EMPLOYER_USERS.find((u) => u.firstName === first)!;
const today = todayInCopenhagen();

describe('employers: the employer entry, the citizen’s consent and what companies see', () => {
  let app: INestApplication;
  let http: TestHttp;
  let db: DataSource;
  let browsers: SignedInBrowsers;
  const send = <T = Json>(userId: string, method: string, path: string, body?: unknown) =>
    browsers.send<T>(userId, method, path, body);
  const mette = staff('Mette Kjær');
  const rasmus = staff('Rasmus Bech'); // employer consultant, Aarhus
  const lead = staff('Susanne Vestergaard'); // team lead, Aarhus: has the employer entry too
  const maja = staff('Maja Holt'); // employer consultant, Rudersdal
  const henrik = employer('Henrik'); // Østjysk Byg A/S
  const camilla = employer('Camilla'); // Havnecaféen Aarhus ApS

  /** A carpenter (ISCO 7115) in Aarhus C with a profile, at the given visibility. */
  const carpenter = async (level?: 'anonymous' | 'named', extra: Json = {}): Promise<NewCitizen> => {
    const citizen = await newCitizen(browsers, mette, { firstName: `Tømrer${unique()}` });
    const profile = await send(
      citizen.id,
      'PUT',
      '/api/v1/me/profile',
      profileBody({
        contact: { email: citizen.registration.email, phone: '+4531313131', postalCode: '8000' },
        wishedOccupations: ['7115'],
        experience: [
          {
            title: 'Tømrer hos Hemmelig Byg ApS',
            employer: 'Hemmelig Byg ApS',
            from: '2015-03',
            occupationCode: '7115',
          },
        ],
      }),
    );
    expect(profile.status).toBe(200);
    if (level)
      expect((await send(citizen.id, 'PUT', '/api/v1/me/employer-visibility', { level, ...extra })).status).toBe(200);
    return citizen;
  };
  const newRequest = async (by: string, over: Json = {}) => {
    const res = await send(by, 'POST', '/api/v1/employer/requests', {
      kind: 'recruitment',
      title: `Tømrere til nybyggeri ${unique()}`,
      description: 'Vi søger tømrere med erfaring i nybyggeri.',
      occupationCode: '7115',
      postalCode: '8000',
      hoursPerWeek: 37,
      positions: 2,
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body as Json & { id: string };
  };
  const auditRows = (citizenId: string) =>
    db.query(
      `SELECT actor_kind, actor_name, actor_municipality_code, resource, resource_id FROM audit.audit_event
        WHERE citizen_id = $1 AND actor_kind = 'employer' ORDER BY id`,
      [citizenId],
    ) as Promise<Array<Record<string, string>>>;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, JobMatchingModule, OffersModule, EmployersModule],
      migrations: [
        ...referenceMigrations,
        ...identityMigrations,
        ...auditMigrations,
        ...citizensMigrations,
        ...screeningMigrations,
        ...meetingsMigrations,
        ...offersMigrations,
        ...jobMatchingMigrations,
        ...employersMigrations,
      ],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    browsers = new SignedInBrowsers(http);
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('signs employers in as a kind of their own, bound to the company by its CVR number', async () => {
    const users = await http.get<{ items: Json[] }>('/api/v1/auth/dev/users');
    const employers = users.body.items.filter((u) => u['role'] === 'employer');
    expect(employers.map((u) => [u['name'], u['cvr']]).sort()).toEqual([
      ['Camilla Strand', '31456782'],
      ['Henrik Bygholm', '29384756'],
      ['Thomas Krogh', '38291047'],
    ]);
    const me = await send(henrik.id, 'GET', '/api/v1/me');
    expect(me.body).toMatchObject({
      kind: 'employer',
      roles: ['employer'],
      cvr: '29384756',
      companyName: 'Østjysk Byg A/S',
      name: 'Henrik Bygholm',
    });
    // Neither citizen nor staff: their routes are closed to the company, and the company's to them.
    expect((await send(henrik.id, 'GET', '/api/v1/me/profile')).status).toBe(403);
    expect((await send(henrik.id, 'GET', '/api/v1/employer-requests')).status).toBe(403);
    expect((await send(henrik.id, 'GET', '/api/v1/citizens')).status).toBe(403);
    expect((await send(mette, 'GET', '/api/v1/employer/requests')).status).toBe(403);
    expect((await send(mette, 'GET', '/api/v1/employer-requests')).status).toBe(403); // a caseworker, not a consultant
    expect((await send(lead, 'GET', '/api/v1/employer-requests')).status).toBe(200);
  });

  it('sends a request to the municipality of the workplace, refusing bad input whole', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM employers.employer_request`))[0].n;
    const bad = await send(henrik.id, 'POST', '/api/v1/employer/requests', {
      kind: 'temp_agency',
      title: '',
      description: 'x'.repeat(5001),
      occupationCode: '9999',
      postalCode: '0000',
      hoursPerWeek: 61,
      startBy: '2026-02-30',
    });
    expect(bad.status).toBe(400);
    expect((bad.body['errors'] as Json[]).map((e) => e['field']).sort()).toEqual(
      ['description', 'hoursPerWeek', 'kind', 'startBy', 'title'].sort(),
    );
    const unknown = await send(henrik.id, 'POST', '/api/v1/employer/requests', {
      kind: 'question',
      title: 'Et spørgsmål',
      description: 'Hvordan virker løntilskud?',
      occupationCode: '9999',
      postalCode: '0999',
    });
    expect(unknown.status).toBe(400);
    expect((unknown.body['errors'] as Json[]).map((e) => e['field']).sort()).toEqual(['occupationCode', 'postalCode']);
    expect((await db.query(`SELECT count(*)::int AS n FROM employers.employer_request`))[0].n).toBe(before);

    const aarhus = await newRequest(henrik.id);
    expect(aarhus).toMatchObject({
      status: 'new',
      municipalityCode: '0751',
      companyName: 'Østjysk Byg A/S',
      cvr: '29384756',
      createdByName: 'Henrik Bygholm',
      candidates: 0,
      occupationTitle: expect.any(String),
    });
    // Birkerød lies in three municipalities: the company says which.
    const birkerod = {
      kind: 'question',
      title: 'Spørgsmål',
      description: 'Om løntilskud',
      occupationCode: '7115',
      postalCode: '3460',
    };
    const which = await send(henrik.id, 'POST', '/api/v1/employer/requests', birkerod);
    expect(which.status).toBe(400);
    expect(which.body['errors']).toEqual([
      { field: 'municipalityCode', message: expect.stringContaining('0190, 0201, 0230') },
    ]);
    expect(
      (await send(henrik.id, 'POST', '/api/v1/employer/requests', { ...birkerod, municipalityCode: '0751' })).status,
    ).toBe(400);
    const holte = await newRequest(henrik.id, { ...birkerod, municipalityCode: '0230' });
    expect(holte['municipalityCode']).toBe('0230');
  });

  it('keeps each company to its own requests and each consultant to their municipality', async () => {
    const mine = await newRequest(henrik.id);
    const theirs = await newRequest(camilla.id);
    const list = await send<{ items: Json[] }>(henrik.id, 'GET', '/api/v1/employer/requests?limit=100');
    expect(list.body.items.every((r) => r['cvr'] === '29384756')).toBe(true);
    expect(list.body.items.map((r) => r['id'])).toContain(mine.id);
    for (const path of ['', '/candidates'])
      expect((await send(henrik.id, 'GET', `/api/v1/employer/requests/${theirs.id}${path}`)).status).toBe(404);
    expect(
      (await send(henrik.id, 'POST', `/api/v1/employer/requests/${theirs.id}/messages`, { message: 'Hej' })).status,
    ).toBe(404);
    expect((await send(henrik.id, 'POST', `/api/v1/employer/requests/${theirs.id}/withdraw`)).status).toBe(404);
    // Rudersdal's consultant neither lists nor opens Aarhus' requests.
    const rudersdal = await send<{ items: Json[] }>(maja, 'GET', '/api/v1/employer-requests?limit=100&status=open');
    expect(rudersdal.body.items.every((r) => r['municipalityCode'] === '0230')).toBe(true);
    for (const path of ['', '/candidates'])
      expect((await send(maja, 'GET', `/api/v1/employer-requests/${mine.id}${path}`)).status).toBe(404);
    expect((await send(maja, 'POST', `/api/v1/employer-requests/${mine.id}/claim`)).status).toBe(404);
    const aarhus = await send<{ items: Json[] }>(rasmus, 'GET', '/api/v1/employer-requests?limit=100&status=new');
    expect(aarhus.body.items.map((r) => r['id'])).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it('answers in a thread, claims, assigns and counts answers within two working days', async () => {
    const consultants = await send<{ items: Json[] }>(rasmus, 'GET', '/api/v1/employer-requests/consultants');
    expect(consultants.body.items.map((c) => c['name'])).toEqual(['Rasmus Bech', 'Susanne Vestergaard']);
    const request = await newRequest(henrik.id, { kind: 'question', title: `Spørgsmål ${unique()}` });
    expect(
      (await send(henrik.id, 'POST', `/api/v1/employer/requests/${request.id}/messages`, { message: 'Kan I hjælpe?' }))
        .status,
    ).toBe(201);
    expect(
      (await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/assign`, { staffId: mette })).status,
    ).toBe(400);
    const claimed = await send(lead, 'POST', `/api/v1/employer-requests/${request.id}/assign`, { staffId: rasmus });
    expect(claimed.body).toMatchObject({ status: 'in_progress', consultantName: 'Rasmus Bech' });
    expect(
      (
        await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/messages`, {
          message: 'Ja, vi ringer i dag.',
        })
      ).status,
    ).toBe(201);
    const thread = await send<{ messages: Json[] }>(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}`);
    expect(thread.body.messages.map((m) => [m['authorKind'], m['body']])).toEqual([
      ['employer', 'Kan I hjælpe?'],
      ['staff', 'Ja, vi ringer i dag.'],
    ]);
    const [row] = await db.query(`SELECT first_response_at FROM employers.employer_request WHERE id = $1`, [
      request.id,
    ]);
    expect(row.first_response_at).not.toBeNull();
    const kpis = await send(rasmus, 'GET', `/api/v1/employer-requests/kpis?from=${today}&to=${today}`);
    expect(kpis.status).toBe(200);
    expect(kpis.body['requests']).toBeGreaterThanOrEqual(1);
    expect(kpis.body['answeredWithinTwoWorkingDays']).toBeGreaterThanOrEqual(1);
    expect(
      (await send(rasmus, 'GET', `/api/v1/employer-requests/kpis?from=${today}&to=${addDays(today, -1)}`)).status,
    ).toBe(400);
    const closed = await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/close`, {
      outcome: 'not_hired',
    });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'not_hired' });
    expect(
      (await send(henrik.id, 'POST', `/api/v1/employer/requests/${request.id}/messages`, { message: 'Tak' })).status,
    ).toBe(409);
  });

  it('lets only the citizens who accepted reach the company, anonymous ones without anything that identifies them', async () => {
    const anna = await carpenter('anonymous');
    const bo = await carpenter('named', { shareEmail: true });
    const hidden = await carpenter(); // default: hidden
    expect((await send(hidden.id, 'GET', '/api/v1/me/employer-visibility')).body).toMatchObject({ level: 'hidden' });
    const request = await newRequest(henrik.id);

    // A hidden citizen is never a candidate, and cannot be proposed (nothing is stored).
    const candidates = await send<{ items: Json[] }>(
      rasmus,
      'GET',
      `/api/v1/employer-requests/${request.id}/candidates`,
    );
    const ids = candidates.body.items.map((c) => c['citizenId']);
    expect(ids).toEqual(expect.arrayContaining([anna.id, bo.id]));
    expect(ids).not.toContain(hidden.id);
    const annaAsCandidate = candidates.body.items.find((c) => c['citizenId'] === anna.id)!;
    expect(annaAsCandidate['visibility']).toBe('anonymous');
    expect((annaAsCandidate['reasons'] as Json[]).map((r) => r['code'])).toContain('exact');
    const refused = await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/proposals`, {
      citizenIds: [anna.id, hidden.id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body['code']).toBe('not_a_candidate');
    expect(await db.query(`SELECT 1 FROM employers.proposal WHERE request_id = $1`, [request.id])).toEqual([]);

    const proposed = await send<Json[]>(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/proposals`, {
      citizenIds: [anna.id, bo.id],
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.map((p) => p['status'])).toEqual(['invited', 'invited']);
    // Nobody has said yes yet: the company sees no one.
    expect(
      (await send<{ items: Json[] }>(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}/candidates`)).body
        .items,
    ).toEqual([]);

    const invitation = async (citizen: NewCitizen) =>
      (await send<{ items: Json[] }>(citizen.id, 'GET', '/api/v1/me/employer-invitations')).body.items.find(
        (i) => i['companyName'] === 'Østjysk Byg A/S' && i['title'] === request['title'],
      )!;
    const annaInvite = await invitation(anna);
    expect(annaInvite).toMatchObject({ status: 'invited', visibility: 'anonymous', open: true });
    expect(
      (await send(anna.id, 'POST', `/api/v1/me/employer-invitations/${annaInvite['id']}/answer`, { accept: true }))
        .body,
    ).toMatchObject({ status: 'accepted' });
    expect(
      (await send(anna.id, 'POST', `/api/v1/me/employer-invitations/${annaInvite['id']}/answer`, { accept: false }))
        .status,
    ).toBe(409);
    const boInvite = await invitation(bo);
    expect(
      (await send(bo.id, 'POST', `/api/v1/me/employer-invitations/${boInvite['id']}/answer`, { accept: false })).body,
    ).toMatchObject({ status: 'declined' });
    // Another citizen's invitation is not theirs to answer.
    expect((await send(bo.id, 'POST', `/api/v1/me/employer-invitations/${annaInvite['id']}/withdraw`)).status).toBe(
      404,
    );

    const seen = await send<{ items: Json[] }>(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}/candidates`);
    expect(seen.body.items).toHaveLength(1);
    const [candidate] = seen.body.items;
    expect(candidate['visibility']).toBe('anonymous');
    expect(Object.keys(candidate).sort()).toEqual(
      ['acceptedAt', 'area', 'experience', 'id', 'label', 'occupations', 'reasons', 'skills', 'visibility'].sort(),
    );
    expect(candidate['label']).toBe('Kandidat 1');
    expect(candidate['area']).toBe('Aarhus');
    expect(candidate['experience']).toEqual([
      { title: expect.any(String), occupationCode: '7115', fromYear: 2015, toYear: null },
    ]);
    const text = JSON.stringify(seen.body);
    const { cpr, firstName, lastName, email } = anna.registration;
    for (const secret of [
      cpr,
      `${cpr.slice(0, 6)}-${cpr.slice(6)}`,
      firstName,
      lastName,
      email!,
      '31313131',
      'Hemmelig Byg',
      anna.id,
    ])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/birth|fødsel|cpr/i);
    // The request counts what the company can see.
    expect((await send(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}`)).body['candidates']).toBe(1);

    // Each look is one audit row, and the citizen reads it in their access log as the company.
    expect(
      (await send(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}/candidates/${candidate['id']}`)).status,
    ).toBe(200);
    expect(await auditRows(anna.id)).toEqual([
      expect.objectContaining({
        actor_kind: 'employer',
        actor_name: 'Østjysk Byg A/S',
        actor_municipality_code: '0751',
        resource: 'employer.candidate.anonymous',
        resource_id: candidate['id'],
      }),
      expect.objectContaining({ actor_kind: 'employer', resource: 'employer.candidate.anonymous' }),
    ]);
    expect(await auditRows(bo.id)).toEqual([]);
    const log = await send<{ items: Json[] }>(anna.id, 'GET', '/api/v1/me/access-log/grouped');
    expect(log.body.items.find((l) => l['actorKind'] === 'employer')).toMatchObject({
      actorName: 'Østjysk Byg A/S',
      seen: ['employer_anonymous'],
      count: 2,
    });

    // Named: the name and only the contact details she chose.
    expect(
      (await send(anna.id, 'PUT', '/api/v1/me/employer-visibility', { level: 'named', sharePhone: true })).status,
    ).toBe(200);
    const named = (
      await send<{ items: Json[] }>(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}/candidates`)
    ).body.items[0];
    expect(named).toMatchObject({
      visibility: 'named',
      name: `${firstName} ${lastName}`,
      label: `${firstName} ${lastName}`,
      contact: { email: null, phone: '+4531313131' },
    });

    // Withdrawn: gone at once, the single read is a 404.
    expect(
      (await send(anna.id, 'POST', `/api/v1/me/employer-invitations/${annaInvite['id']}/withdraw`)).body,
    ).toMatchObject({ status: 'withdrawn' });
    expect(
      (await send<{ items: Json[] }>(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}/candidates`)).body
        .items,
    ).toEqual([]);
    expect(
      (await send(henrik.id, 'GET', `/api/v1/employer/requests/${request.id}/candidates/${candidate['id']}`)).status,
    ).toBe(404);
    const timeline = await send<{ items: Json[] }>(anna.id, 'GET', '/api/v1/me/timeline');
    expect(timeline.body.items.map((t) => t['kind'])).toEqual(
      expect.arrayContaining(['employer_invited', 'employer_invitation_accepted', 'employer_consent_withdrawn']),
    );
  });

  it('publishes a recruitment request as a job ad that reaches the citizens it fits', async () => {
    const citizen = await carpenter();
    const request = await newRequest(henrik.id, { title: `Tømrer til tagrenovering ${unique()}` });
    const published = await send<{ jobAdId: string }>(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/job-ad`);
    expect(published.status).toBe(201);
    expect((await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/job-ad`)).status).toBe(409);
    const ad = await send(citizen.id, 'GET', `/api/v1/job-ads/${published.body.jobAdId}`);
    expect(ad.body).toMatchObject({ title: request['title'], hiringOrganization: { name: 'Østjysk Byg A/S' } });
    const matches = await send<{ items: Array<{ jobAd: Json }> }>(citizen.id, 'GET', '/api/v1/me/job-matches');
    expect(matches.body.items.map((m) => m.jobAd['id'])).toContain(published.body.jobAdId);
    const internship = await newRequest(henrik.id, { kind: 'internship' });
    expect((await send(rasmus, 'POST', `/api/v1/employer-requests/${internship.id}/job-ad`)).status).toBe(409);
  });

  it('turns an agreed internship into an item on the citizen’s plan, which the company ends with a hire', async () => {
    const citizen = await carpenter('anonymous');
    const request = await newRequest(henrik.id, { kind: 'internship', title: `Praktik ${unique()}` });
    const [proposal] = (
      await send<Json[]>(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/proposals`, {
        citizenIds: [citizen.id],
      })
    ).body;
    const placementBody = {
      proposalId: proposal['id'],
      startDate: addDays(today, 7),
      endDate: addDays(today, 35),
      hoursPerWeek: 30,
    };
    // Not before the citizen said yes.
    expect(
      (await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/placements`, placementBody)).status,
    ).toBe(400);
    expect(
      (await send(citizen.id, 'POST', `/api/v1/me/employer-invitations/${proposal['id']}/answer`, { accept: true }))
        .status,
    ).toBe(200);
    expect(
      (
        await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/placements`, {
          ...placementBody,
          endDate: addDays(today, 1),
        })
      ).status,
    ).toBe(400);
    const placement = await send<Json>(
      rasmus,
      'POST',
      `/api/v1/employer-requests/${request.id}/placements`,
      placementBody,
    );
    expect(placement.status).toBe(201);
    expect(placement.body).toMatchObject({
      kind: 'internship',
      status: 'active',
      hoursPerWeek: 30,
      companyName: 'Østjysk Byg A/S',
    });
    expect(
      (await send(rasmus, 'POST', `/api/v1/employer-requests/${request.id}/placements`, placementBody)).status,
    ).toBe(409);
    const plan = await send<{ items: Array<Json & { activity: Json | null }> }>(citizen.id, 'GET', '/api/v1/me/plan');
    const item = plan.body.items.find((i) => String(i.activity?.['title'] ?? '').includes('Østjysk Byg A/S'))!;
    expect(item).toMatchObject({ status: 'enrolled', activity: { dueDate: addDays(today, 35) } });
    // The company sees the placement, anonymous candidates without a name, and reports the hire.
    const placements = await send<{ items: Json[] }>(henrik.id, 'GET', '/api/v1/employer/placements');
    expect(placements.body.items.find((p) => p['id'] === placement.body['id'])).toMatchObject({
      candidateName: 'Kandidat',
    });
    expect(
      (
        await send(camilla.id, 'POST', `/api/v1/employer/placements/${placement.body['id']}/report`, {
          outcome: 'hired',
        })
      ).status,
    ).toBe(404);
    const hired = await send(henrik.id, 'POST', `/api/v1/employer/placements/${placement.body['id']}/report`, {
      outcome: 'hired',
    });
    expect(hired.body).toMatchObject({ status: 'hired' });
    expect(
      (
        await send(henrik.id, 'POST', `/api/v1/employer/placements/${placement.body['id']}/report`, {
          outcome: 'ended',
        })
      ).status,
    ).toBe(409);
    const after = await send<{ items: Array<Json & { id: string }> }>(citizen.id, 'GET', '/api/v1/me/plan');
    expect(after.body.items.find((i) => i.id === item['id'])).toMatchObject({ status: 'completed' });
    const kpis = await send(rasmus, 'GET', '/api/v1/employer-requests/kpis');
    expect(kpis.body['hires']).toBeGreaterThanOrEqual(1);
    expect(kpis.body['candidatesSent']).toBeGreaterThanOrEqual(1);
  });
});
