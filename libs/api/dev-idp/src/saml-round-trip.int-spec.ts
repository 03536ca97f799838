import type { INestApplication } from '@nestjs/common';
import { AuditModule, auditMigrations } from '@jobunivers/api/audit';
import { CitizensModule, citizensMigrations, DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { DemoDataService } from '@jobunivers/api/database';
import { DEMO_EMPLOYER_USERS, EmployersModule, employersMigrations } from '@jobunivers/api/employers';
import { jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { offersMigrations } from '@jobunivers/api/offers';
import { referenceMigrations } from '@jobunivers/api/reference';
import { screeningMigrations } from '@jobunivers/api/screening';
import {
  CitizenSamlService,
  DEV_IDP_ENTITY_PATH,
  DEV_IDP_SLO_PATH,
  IdentityModule,
  identityMigrations,
  SAML_ACS_PATH,
  SAML_SLO_PATH,
  sharedDevKeyPair,
} from '@jobunivers/api/identity';
import { createModuleTestApp, TestHttp } from '@jobunivers/api/testing';
import { generate } from 'selfsigned';
import { DevIdpModule } from './dev-idp.module';
import { buildLogoutRequestUrl, buildSignedResponse, parseAuthnRequest } from './saml-response';
import { inflateRawSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { TEST_PERSONS } from './test-persons';

const sofie = TEST_PERSONS.find((p) => p.id === DEMO_CITIZENS[0].id)!;
const unregistered = TEST_PERSONS.find((p) => p.id === 'unregistered')!;
const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"') ?? '';

describe('NemLog-in SAML sign-in against the bundled test IdP', () => {
  let app: INestApplication;
  let http: TestHttp;
  let config: AppConfig;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, EmployersModule, DevIdpModule],
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
    config = app.get(AppConfig);
  });
  afterAll(() => app.close());

  /** The SP's redirect to the IdP, as the browser follows it. */
  async function startLogin(browser: TestHttp, returnTo = '/samtaler') {
    const res = await browser.get(`/api/v1/auth/citizen/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.pathname).toBe('/api/v1/dev-idp/saml/sso');
    const samlRequest = location.searchParams.get('SAMLRequest')!;
    expect(location.searchParams.get('Signature')).toBeTruthy();
    return {
      location,
      samlRequest,
      relayState: location.searchParams.get('RelayState') ?? '',
      request: parseAuthnRequest(samlRequest)!,
    };
  }

  async function idpAnswer(
    browser: TestHttp,
    samlRequest: string,
    relayState: string,
    person: string,
    loa = 'Substantial',
  ) {
    const res = await browser.post(
      '/api/v1/dev-idp/saml/sso',
      new URLSearchParams({ SAMLRequest: samlRequest, RelayState: relayState, person, loa }),
    );
    expect(res.status).toBe(201);
    return hidden(res.text, 'SAMLResponse');
  }

  const postToAcs = (browser: TestHttp, samlResponse: string, relayState: string) =>
    browser.post(SAML_ACS_PATH, new URLSearchParams({ SAMLResponse: samlResponse, RelayState: relayState }));

  it('signs a registered citizen in: AuthnRequest → test person page → signed assertion → session', async () => {
    const browser = http.agent();
    const { location, samlRequest, relayState, request } = await startLogin(browser);
    expect(relayState).toBe('/samtaler');
    expect(request.acsUrl).toBe(config.publicUrl + SAML_ACS_PATH);
    const page = await browser.get(location.pathname + location.search);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sofie Jensen');
    expect(page.text).toContain('Jakob Ukendt');

    const samlResponse = await idpAnswer(browser, samlRequest, relayState, sofie.id);
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    expect(xml).toContain('https://data.gov.dk/model/core/eid/cprNumber');
    expect(xml).toMatch(/<(ds:)?SignatureValue>/);

    const acs = await postToAcs(browser, samlResponse, relayState);
    expect(acs.status).toBe(303);
    expect(acs.headers.get('location')).toBe(`${config.citizenAppUrl}/samtaler`);
    expect((await browser.get('/api/v1/me')).body).toEqual({
      kind: 'citizen',
      id: DEMO_CITIZENS[0].id,
      name: 'Sofie Jensen',
      roles: ['citizen'],
      municipalityCode: '0751',
    });
  });

  it('signs an employee in with MitID Erhverv: the professional profile binds them to the company', async () => {
    const henrik = DEMO_EMPLOYER_USERS[0];
    const browser = http.agent();
    const res = await browser.get('/api/v1/auth/employer/login');
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    const samlRequest = location.searchParams.get('SAMLRequest')!;
    const relayState = location.searchParams.get('RelayState') ?? '';
    expect(relayState).toBe('/virksomhed');
    const page = await browser.get(location.pathname + location.search);
    expect(page.text).toContain('MitID Erhverv – Østjysk Byg A/S (CVR 29384756)');
    const samlResponse = await idpAnswer(browser, samlRequest, relayState, henrik.id);
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    expect(xml).toContain('https://data.gov.dk/model/core/eid/professional/cvr');
    expect(xml).not.toContain('cprNumber');
    const acs = await postToAcs(browser, samlResponse, relayState);
    expect(acs.headers.get('location')).toBe(`${config.citizenAppUrl}/virksomhed`);
    expect((await browser.get('/api/v1/me')).body).toEqual({
      kind: 'employer',
      id: henrik.id,
      name: 'Henrik Bygholm',
      roles: ['employer'],
      municipalityCode: '0000',
      cvr: '29384756',
      companyName: 'Østjysk Byg A/S',
    });
    // A new employee of a new company: both are added at the first sign-in, known by the UUID after.
    const db = app.get(DataSource);
    const newcomer = { ...TEST_PERSONS.find((p) => p.id === henrik.id)!, id: '0f0e0d0c-0b0a-4000-8000-000000000001' };
    const idp = await sharedDevKeyPair(config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    for (const orgName of ['Nyt Firma ApS', 'Nyt Firma A/S']) {
      const other = http.agent();
      const started = await other.get('/api/v1/auth/employer/login');
      const request = parseAuthnRequest(new URL(started.headers.get('location')!).searchParams.get('SAMLRequest')!)!;
      const signed = buildSignedResponse({
        person: { ...newcomer, firstName: 'Nina', lastName: 'Ny', professional: { cvr: '40506070', orgName } },
        loa: 'Substantial',
        inResponseTo: request.id,
        acsUrl: request.acsUrl,
        audience: app.get(CitizenSamlService).spEntityId,
        idpEntityId: config.publicUrl + DEV_IDP_ENTITY_PATH,
        key: idp.key,
        cert: idp.cert,
      });
      expect((await postToAcs(other, signed, '/virksomhed')).headers.get('location')).toBe(
        `${config.citizenAppUrl}/virksomhed`,
      );
      expect((await other.get('/api/v1/me')).body).toMatchObject({
        kind: 'employer',
        cvr: '40506070',
        companyName: orgName,
        name: 'Nina Ny',
      });
    }
    expect(await db.query(`SELECT name FROM employers.company WHERE cvr = '40506070'`)).toEqual([
      { name: 'Nyt Firma A/S' },
    ]);
    expect(await db.query(`SELECT count(*)::int AS n FROM employers.employer_user WHERE cvr = '40506070'`)).toEqual([
      { n: 1 },
    ]);
  });

  it('refuses a replayed response: each AuthnRequest is answered once', async () => {
    const first = http.agent();
    const { samlRequest, relayState } = await startLogin(first);
    const samlResponse = await idpAnswer(first, samlRequest, relayState, sofie.id);
    expect((await postToAcs(first, samlResponse, relayState)).headers.get('location')).toBe(
      `${config.citizenAppUrl}/samtaler`,
    );
    const attacker = http.agent();
    const replay = await postToAcs(attacker, samlResponse, relayState);
    expect(replay.headers.get('location')).toBe(`${config.citizenAppUrl}/log-ind-fejl?reason=invalid`);
    expect(attacker.cookies.has('jobunivers_session')).toBe(false);
  });

  it('refuses an assertion signed by another key', async () => {
    const browser = http.agent();
    const { request, relayState } = await startLogin(browser);
    const rogue = await generate([{ name: 'commonName', value: 'rogue' }], { keySize: 2048, algorithm: 'sha256' });
    const forged = buildSignedResponse({
      person: sofie,
      loa: 'Substantial',
      inResponseTo: request.id,
      acsUrl: request.acsUrl,
      audience: app.get(CitizenSamlService).spEntityId,
      idpEntityId: config.publicUrl + DEV_IDP_ENTITY_PATH,
      key: rogue.private,
      cert: rogue.cert,
    });
    expect((await postToAcs(browser, forged, relayState)).headers.get('location')).toContain(
      '/log-ind-fejl?reason=invalid',
    );
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses an expired assertion', async () => {
    const browser = http.agent();
    const { request, relayState } = await startLogin(browser);
    const idp = await sharedDevKeyPair(config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    const expired = buildSignedResponse({
      person: sofie,
      loa: 'Substantial',
      inResponseTo: request.id,
      acsUrl: request.acsUrl,
      audience: app.get(CitizenSamlService).spEntityId,
      idpEntityId: config.publicUrl + DEV_IDP_ENTITY_PATH,
      key: idp.key,
      cert: idp.cert,
      now: new Date(Date.now() - 30 * 60_000),
    });
    expect((await postToAcs(browser, expired, relayState)).headers.get('location')).toContain(
      '/log-ind-fejl?reason=invalid',
    );
    expect(browser.cookies.has('jobunivers_session')).toBe(false);
  });

  it('refuses an unsolicited response (no AuthnRequest of ours)', async () => {
    const idp = await sharedDevKeyPair(config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    const unsolicited = buildSignedResponse({
      person: sofie,
      loa: 'Substantial',
      inResponseTo: '_not-ours',
      acsUrl: config.publicUrl + SAML_ACS_PATH,
      audience: app.get(CitizenSamlService).spEntityId,
      idpEntityId: config.publicUrl + DEV_IDP_ENTITY_PATH,
      key: idp.key,
      cert: idp.cert,
    });
    expect((await postToAcs(http.agent(), unsolicited, '/')).headers.get('location')).toContain(
      '/log-ind-fejl?reason=invalid',
    );
  });

  it('refuses assurance below Substantial', async () => {
    const browser = http.agent();
    const { samlRequest, relayState } = await startLogin(browser);
    const low = await idpAnswer(browser, samlRequest, relayState, sofie.id, 'Low');
    expect((await postToAcs(browser, low, relayState)).headers.get('location')).toBe(
      `${config.citizenAppUrl}/log-ind-fejl?reason=assurance`,
    );
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('sends a person registered in no municipality to a clear page, without a session', async () => {
    const browser = http.agent();
    const { samlRequest, relayState } = await startLogin(browser);
    const response = await idpAnswer(browser, samlRequest, relayState, unregistered.id);
    expect((await postToAcs(browser, response, relayState)).headers.get('location')).toBe(
      `${config.citizenAppUrl}/ikke-tilmeldt`,
    );
    expect(browser.cookies.has('jobunivers_session')).toBe(false);
  });

  it('never redirects outside the citizen app', async () => {
    const { relayState } = await startLogin(http.agent(), '//evil.example/steal');
    expect(relayState).toBe('/');
  });

  it('publishes SP metadata with the ACS URL and signing certificate', async () => {
    const res = await http.get('/api/v1/auth/citizen/saml/metadata');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/samlmetadata\+xml/);
    expect(res.text).toContain(`entityID="${config.publicUrl}/api/v1/auth/citizen/saml/metadata"`);
    expect(res.text).toContain(`Location="${config.publicUrl}${SAML_ACS_PATH}"`);
    expect(res.text).toContain('X509Certificate');
  });

  it('answers only AuthnRequests for this service, and validates the form', async () => {
    expect((await http.get('/api/v1/dev-idp/saml/sso?SAMLRequest=bm90LXNhbWw=')).status).toBe(400);
    const { samlRequest } = await startLogin(http.agent());
    const bad = await http.post(
      '/api/v1/dev-idp/saml/sso',
      new URLSearchParams({ SAMLRequest: samlRequest, person: sofie.id, loa: 'Extreme' }),
    );
    expect(bad.status).toBe(400);
  });
});

describe('NemLog-in single logout against the bundled test IdP', () => {
  let app: INestApplication;
  let http: TestHttp;
  let config: AppConfig;

  beforeAll(async () => {
    app = await createModuleTestApp({
      imports: [IdentityModule, AuditModule, CitizensModule, DevIdpModule],
      migrations: [...referenceMigrations, ...identityMigrations, ...auditMigrations, ...citizensMigrations],
    });
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);
    config = app.get(AppConfig);
  });
  afterAll(() => app.close());

  async function signInAsSofie(): Promise<TestHttp> {
    const browser = http.agent();
    const login = new URL((await browser.get('/api/v1/auth/citizen/login?returnTo=/')).headers.get('location')!);
    const page = await browser.post(
      '/api/v1/dev-idp/saml/sso',
      new URLSearchParams({
        SAMLRequest: login.searchParams.get('SAMLRequest')!,
        RelayState: '/',
        person: sofie.id,
        loa: 'Substantial',
      }),
    );
    await browser.post(
      SAML_ACS_PATH,
      new URLSearchParams({ SAMLResponse: hidden(page.text, 'SAMLResponse'), RelayState: '/' }),
    );
    expect((await browser.get('/api/v1/me')).status).toBe(200);
    return browser;
  }

  it('ends the session here at once, and at the IdP with a signed LogoutRequest answered by a signed LogoutResponse', async () => {
    const browser = await signInAsSofie();
    const res = await browser.post<{ logoutUrl: string }>('/api/v1/auth/citizen/logout', undefined, {
      headers: browser.csrf(),
    });
    expect(res.status).toBe(200);
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    const logout = new URL(res.body.logoutUrl);
    expect(logout.pathname).toBe('/api/v1/dev-idp/saml/slo');
    expect(logout.searchParams.get('Signature')).toBeTruthy();

    const idp = await browser.get(logout.pathname + logout.search);
    expect(idp.status).toBe(302);
    const back = new URL(idp.headers.get('location')!);
    expect(back.pathname).toBe('/api/v1/auth/citizen/saml/slo');
    const confirmed = await browser.get(back.pathname + back.search);
    expect(confirmed.headers.get('location')).toBe(`${config.citizenAppUrl}/?logget-ud`);
  });

  it('refuses a LogoutResponse whose signature does not match', async () => {
    const browser = await signInAsSofie();
    const res = await browser.post<{ logoutUrl: string }>('/api/v1/auth/citizen/logout', undefined, {
      headers: browser.csrf(),
    });
    const idp = await browser.get(new URL(res.body.logoutUrl).pathname + new URL(res.body.logoutUrl).search);
    const back = new URL(idp.headers.get('location')!);
    back.searchParams.set('Signature', Buffer.alloc(256, 1).toString('base64'));
    expect((await browser.get(back.pathname + back.search)).headers.get('location')).toBe(
      `${config.citizenAppUrl}/log-ind-fejl?reason=logout`,
    );
  });

  it('answers null for sessions that did not come from NemLog-in, and needs the CSRF header', async () => {
    const browser = http.agent();
    await browser.post('/api/v1/auth/dev/sign-in', { userId: DEMO_CITIZENS[1].id });
    expect((await browser.post('/api/v1/auth/citizen/logout')).status).toBe(403);
    const res = await browser.post('/api/v1/auth/citizen/logout', undefined, { headers: browser.csrf() });
    expect(res.body).toEqual({ logoutUrl: null });
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('ends the session when NemLog-in asks (IdP-initiated logout) and answers with a signed LogoutResponse', async () => {
    const browser = await signInAsSofie();
    const db = app.get(DataSource);
    const [session] = await db.query(
      `SELECT saml_name_id, saml_name_id_format, saml_session_index FROM identity.session WHERE principal_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [sofie.id],
    );
    const other = await signInAsSofie();
    const idp = await sharedDevKeyPair(config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    const { url, id } = buildLogoutRequestUrl({
      destination: config.publicUrl + SAML_SLO_PATH,
      idpEntityId: config.publicUrl + DEV_IDP_ENTITY_PATH,
      nameId: session.saml_name_id,
      nameIdFormat: session.saml_name_id_format,
      sessionIndex: session.saml_session_index,
      key: idp.key,
    });
    const target = new URL(url);
    const answer = await http.agent().get(target.pathname + target.search);
    expect(answer.status).toBe(302);
    const response = new URL(answer.headers.get('location')!);
    expect(response.pathname).toBe(DEV_IDP_SLO_PATH);
    expect(response.searchParams.get('Signature')).toBeTruthy();
    const xml = inflateRawSync(Buffer.from(response.searchParams.get('SAMLResponse')!, 'base64')).toString('utf8');
    expect(xml).toContain(`InResponseTo="${id}"`);
    expect(xml).toContain('urn:oasis:names:tc:SAML:2.0:status:Success');
    // The session of that NemLog-in login ended; the other login (its own SessionIndex) still runs.
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect((await other.get('/api/v1/me')).status).toBe(200);
  });

  it('refuses a LogoutRequest with a forged signature, and ends nothing', async () => {
    const browser = await signInAsSofie();
    const db = app.get(DataSource);
    const [session] = await db.query(
      `SELECT saml_name_id, saml_name_id_format, saml_session_index FROM identity.session WHERE principal_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [sofie.id],
    );
    const forger = generate([{ name: 'commonName', value: 'Not NemLog-in' }], { keySize: 2048, algorithm: 'sha256' });
    const { url } = buildLogoutRequestUrl({
      destination: config.publicUrl + SAML_SLO_PATH,
      idpEntityId: config.publicUrl + DEV_IDP_ENTITY_PATH,
      nameId: session.saml_name_id,
      nameIdFormat: session.saml_name_id_format,
      sessionIndex: session.saml_session_index,
      key: (await forger).private,
    });
    const target = new URL(url);
    const answer = await http.agent().get(target.pathname + target.search);
    expect(answer.headers.get('location')).toBe(`${config.citizenAppUrl}/log-ind-fejl?reason=logout`);
    expect((await browser.get('/api/v1/me')).status).toBe(200);
  });
});
