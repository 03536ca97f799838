import {
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  expect,
  type Page,
  request as apiRequest,
  test,
} from '@playwright/test';
import { employerSignsIn, expectAccessible, expectNoHorizontalScroll, navigate } from '@jobunivers/web/e2e-support';

/**
 * The employer entry (issue 21) through the public app: a company signs in with MitID Erhverv and asks the
 * municipality for staff; citizens decide whether it may see them; every look is in their access log.
 *
 * Both projects (desktop and phone) run against the same API and database, and a run may meet data of an earlier
 * one: every test makes its own citizens and requests, with a unique word in the titles and names.
 */
const COMPANY = 'Østjysk Byg A/S';
const EMPLOYEE = 'Henrik Bygholm';

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
/** The app's address (the project's `baseURL`). */
const appUrl = (baseURL: string | undefined) => {
  if (!baseURL) throw new Error('the e2e config gives every project a baseURL');
  return baseURL;
};
const copenhagenToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** The XSRF cookie the API set for a browser or request context (sent back as a header on writes). */
async function xsrf(context: { storageState: () => Promise<{ cookies: Array<{ name: string; value: string }> }> }) {
  const token = (await context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'x-xsrf-token': token };
}

/** A dev-mode session for a demo user (or a citizen registered in this run) in a browser or request context. */
async function devSignIn(request: APIRequestContext, userId: string): Promise<void> {
  const res = await request.post('/api/v1/auth/dev/sign-in', { data: { userId } });
  expect(res.status()).toBe(200);
}

/**
 * The team lead Susanne Vestergaard (an employer consultant's access) through the API. The staff console's own spec
 * covers proposing citizens in the console (being built beside this in staff-web); here the consultant's step is an
 * API call, so this spec tests the company's and the citizens' side.
 */
async function consultant(baseURL: string) {
  const lead = await apiRequest.newContext({ baseURL });
  const users = (await (await lead.get('/api/v1/auth/dev/users')).json()) as {
    items: Array<{ id: string; name: string }>;
  };
  const susanne = users.items.find((u) => u.name === 'Susanne Vestergaard');
  if (!susanne) throw new Error('the demo team lead Susanne Vestergaard is missing');
  await devSignIn(lead, susanne.id);
  return lead;
}

/** A newly unemployed citizen in Aarhus (8000), registered by the team lead (a fresh CPR number each time). */
async function registerCitizen(lead: APIRequestContext, firstName: string, lastName: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await lead.post('/api/v1/citizens', {
      headers: await xsrf(lead),
      data: {
        cpr: `1203${80 + Math.floor(Math.random() * 10)}${1000 + Math.floor(Math.random() * 8999)}`,
        firstName,
        lastName,
        email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@example.dk`,
        phone: '+4531313131',
        postalCode: '8000',
        benefitType: 'unemployment_benefit',
        unemployedSince: copenhagenToday(),
      },
    });
    if (res.status() === 409) continue; // that CPR number is taken: draw another
    expect(res.status()).toBe(201);
    return { id: ((await res.json()) as { id: string }).id, firstName, lastName };
  }
  throw new Error('could not register a citizen with a free CPR number');
}

/**
 * The citizen in a browser of their own (the project's viewport): signed in through the dev shortcut, since a
 * citizen registered in this run is not one of the MitID simulator's test persons; with a profile a company may see.
 */
async function citizenBrowser(browser: Browser, options: BrowserContextOptions, citizenId: string) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await devSignIn(page.request, citizenId);
  await page.goto('/');
  const profile = await page.request.put('/api/v1/me/profile', {
    headers: await xsrf(context),
    data: {
      contact: { email: `kandidat${unique().toLowerCase()}@example.dk`, phone: '+4520202020', postalCode: '8000' },
      wishedOccupations: ['7115'],
      skills: [{ id: 'forklift', name: 'Truckcertifikat' }],
      education: [],
      experience: [{ title: 'Tømrer', employer: 'Byg og Bo ApS', from: '2015-03', occupationCode: '7115' }],
      workArea: { radiusKm: 30 },
      hours: 'full_time',
      languages: [{ language: 'da', level: 'native' }],
      drivingLicences: [],
      preferredMeetingForms: [],
      notificationChannels: [],
    },
  });
  expect(profile.status()).toBe(200);
  return { page, close: () => context.close() };
}

/** "Ny henvendelse" filled in and sent; answers the new request's id (from its page's address). */
async function sendRecruitmentRequest(page: Page, title: string): Promise<string> {
  await navigate(page, 'Ny henvendelse');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
  await page.getByLabel('Rekruttering').check();
  await page.getByLabel('Overskrift').fill(title);
  await page.getByLabel('Beskrivelse').fill('Vi søger tømrere med erfaring i nybyggeri. Fast job på fuld tid.');
  await page.getByLabel('Søg efter stilling').fill('tømrer');
  await page.getByRole('button', { name: 'Vælg Tømrere og snedkere' }).click();
  await expect(page.getByTestId('chosen-occupation')).toHaveText('Valgt stilling: Tømrere og snedkere');
  await page.getByLabel('Arbejdspladsens postnummer').fill('8000');
  await page.getByLabel('Timer om ugen (kan udelades)').fill('37');
  await page.getByLabel('Antal stillinger (kan udelades)').fill('2');
  await page.getByRole('button', { name: 'Send henvendelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/^Henvendelsen er sendt til Aarhus Kommune\./)).toBeVisible();
  const id = /\/virksomhed\/henvendelser\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no request id in ${page.url()}`);
  return id;
}

test.describe('For virksomheder: the employer entry', () => {
  // Sign-ins through the MitID simulator, several browsers and axe scans: more than 60 s on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('a company signs in with MitID Erhverv, sends a recruitment request and sees it in its list', async ({
    page,
  }) => {
    const title = `Tømrere til Aarhus Ø ${unique()}`;
    // The way in: the public front page's "For virksomheder" and its landing page.
    await page.goto('/');
    await page.getByRole('link', { name: 'Gå til For virksomheder' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'For virksomheder' })).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await employerSignsIn(page, EMPLOYEE, COMPANY);
    await expect(page.getByRole('heading', { level: 1, name: 'Virksomhedens henvendelser' })).toBeVisible();
    await expectAccessible(page);

    // A request with nothing filled in: the error summary takes focus and names what is missing.
    await navigate(page, 'Ny henvendelse');
    await page.getByRole('button', { name: 'Send henvendelse' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Vælg, hvad henvendelsen drejer sig om.');
    await expect(summary).toContainText('Søg efter stillingen, og vælg den på listen.');
    await expect(page.getByLabel('Overskrift')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    const id = await sendRecruitmentRequest(page, title);
    await expect(page.getByTestId('request-status')).toHaveText('Ny');
    await expect(page.getByTestId('no-candidates')).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // A word to the consultants in the request's thread.
    await page.getByLabel('Skriv til jobcentret').fill('Vi kan starte i januar.');
    await page.getByRole('button', { name: 'Send besked' }).click();
    await expect(page.getByTestId('message-list')).toContainText('Vi kan starte i januar.');

    // The list shows it with its status.
    await navigate(page, 'Henvendelser');
    const item = page.getByTestId('employer-requests').getByRole('listitem').filter({ hasText: title });
    await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', `/virksomhed/henvendelser/${id}`);
    await expect(item.getByTestId('request-status')).toHaveText('Ny');
    await expect(item).toContainText('Rekruttering');
    await expectAccessible(page);

    // A company is never shown a citizen's page: the front page leads to its own, a citizen's page says so.
    await page.goto('/');
    await expect(page).toHaveURL(/\/virksomhed$/);
    await page.goto('/samtaler');
    await expect(page.getByRole('heading', { level: 1, name: 'Denne side er for borgere' })).toBeVisible();
    await expectAccessible(page);

    await navigate(page, 'Praktik og løntilskud');
    await expect(page.getByRole('heading', { level: 1, name: 'Praktik og løntilskud' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a citizen chooses in the settings that companies may see an anonymous profile', async ({ page, baseURL }) => {
    const lead = await consultant(appUrl(baseURL));
    const citizen = await registerCitizen(lead, 'Signe', `Synlig${unique()}`);
    await lead.dispose();
    await devSignIn(page.request, citizen.id);
    await page.goto('/');
    await navigate(page, 'Indstillinger');
    await expect(page.getByTestId('visibility-now')).toHaveText('Lige nu: Ingen.');
    await page.getByRole('link', { name: 'Vælg, hvad virksomheder må se' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Synlighed for virksomheder' })).toBeVisible();
    await expect(page.getByLabel('Ingen', { exact: true })).toBeChecked();
    await expect(page.getByText(/Du kan ændre dit valg når som helst/)).toBeVisible();
    await expectAccessible(page);

    // Contact details go only with the name: the check boxes appear with "Profil med navn" alone.
    await page.getByLabel('Profil med navn').check();
    await expect(page.getByLabel('Min e-mailadresse')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Anonym profil').check();
    await expect(page.getByLabel('Min e-mailadresse')).toHaveCount(0);
    await expect(page.getByLabel('Anonym profil')).toHaveAccessibleDescription(
      'Virksomheder, du siger ja til, ser dine jobønsker, kompetencer, erfaring og område – aldrig dit navn.',
    );
    await page.getByRole('button', { name: 'Gem mit valg' }).click();
    await expect(page.getByText('Dit valg er gemt.')).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.reload();
    await expect(page.getByLabel('Anonym profil')).toBeChecked();
    const saved = (await (await page.request.get('/api/v1/me/employer-visibility')).json()) as { level: string };
    expect(saved.level).toBe('anonymous');
  });

  test('a company asks → the jobcentre proposes two citizens → one says yes, one no thanks → the company sees exactly one candidate, anonymous → the citizen sees the company in her access log', async ({
    page,
    browser,
    baseURL,
    viewport,
    isMobile,
    hasTouch,
  }) => {
    const tag = unique();
    const title = `Tømrere til nybyggeri ${tag}`;
    const lead = await consultant(appUrl(baseURL));
    const yes = await registerCitizen(lead, 'Astrid', `Jasiger${tag}`);
    const no = await registerCitizen(lead, 'Bertram', `Nejsiger${tag}`);
    const options = { baseURL, viewport, isMobile, hasTouch, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' };
    const astrid = await citizenBrowser(browser, options, yes.id);
    const bertram = await citizenBrowser(browser, options, no.id);

    // Astrid lets companies see an anonymous profile (in her settings); Bertram has chosen the same.
    await astrid.page.goto('/indstillinger/synlighed-for-virksomheder');
    await astrid.page.getByLabel('Anonym profil').check();
    await astrid.page.getByRole('button', { name: 'Gem mit valg' }).click();
    await expect(astrid.page.getByText('Dit valg er gemt.')).toBeVisible();
    const chosen = await bertram.page.request.put('/api/v1/me/employer-visibility', {
      headers: await xsrf(bertram.page.context()),
      data: { level: 'anonymous' },
    });
    expect(chosen.status()).toBe(200);

    // 1. The company sends a recruitment request to the municipality of the workplace (8000 Aarhus C).
    await employerSignsIn(page, EMPLOYEE, COMPANY);
    const requestId = await sendRecruitmentRequest(page, title);

    // 2. The consultant proposes both citizens.
    const proposed = await lead.post(`/api/v1/employer-requests/${requestId}/proposals`, {
      headers: await xsrf(lead),
      data: { citizenIds: [yes.id, no.id] },
    });
    expect(proposed.status()).toBe(201);
    await lead.dispose();

    // 3. Astrid says yes on Overblik, seeing what the company will see; Bertram says no thanks.
    await astrid.page.goto('/');
    const invitation = astrid.page.getByTestId('employer-invitation').filter({ hasText: title });
    await expect(invitation.getByRole('heading')).toHaveText(`${COMPANY} vil gerne se din profil: ${title}`);
    await expect(invitation).toContainText(
      'Siger du ja, ser virksomheden dine jobønsker, kompetencer, erfaring og område – ikke dit navn.',
    );
    await expectAccessible(astrid.page);
    await invitation.getByRole('button', { name: 'Ja, de må se min profil' }).click();
    await expect(astrid.page.getByTestId('employer-invitations').getByRole('status')).toContainText(
      `Du sagde ja til ${COMPANY}.`,
    );
    await expect(invitation.getByRole('button', { name: 'Træk mit ja tilbage' })).toBeVisible();
    await expectAccessible(astrid.page);

    await bertram.page.goto('/');
    const bertramsInvitation = bertram.page.getByTestId('employer-invitation').filter({ hasText: title });
    await bertramsInvitation.getByRole('button', { name: 'Nej tak' }).click();
    await expect(bertram.page.getByTestId('employer-invitations').getByRole('status')).toContainText(
      `Du sagde nej tak til ${COMPANY}.`,
    );
    await expect(bertramsInvitation).toHaveCount(0);

    // 4. The company sees exactly one candidate, anonymous: no name, no e-mail, nothing that tells who.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const candidates = page.getByTestId('candidate');
    await expect(candidates).toHaveCount(1);
    await expect(candidates).toContainText('Kandidat 1');
    await expect(candidates).toContainText('Anonym profil');
    await expect(candidates).toContainText('Tømrere og snedkere');
    await expect(candidates).toContainText('Truckcertifikat');
    const main = page.getByRole('main');
    for (const text of [yes.firstName, yes.lastName, no.firstName, no.lastName, '@example.dk'])
      await expect(main).not.toContainText(text);
    await expect(page.getByTestId('request-status')).toHaveText('Kandidater sendt');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // 5. Astrid sees the company in "Hvem har set mine data"; Bertram, who said no, does not.
    await astrid.page.goto('/mine-data/adgangslog');
    const line = astrid.page.locator('.access-log-entry').filter({ hasText: COMPANY });
    await expect(line).toContainText(`${COMPANY} så din profil (anonym).`);
    await expect(line).toContainText('Hvorfor: en virksomhed søger medarbejdere gennem jobcentret.');
    await expectAccessible(astrid.page);
    await bertram.page.goto('/mine-data/adgangslog');
    await expect(bertram.page.getByRole('heading', { level: 1, name: 'Hvem har set mine data' })).toBeVisible();
    // Loaded: its lines (the registration, at least) or the word that there are none.
    await expect(bertram.page.locator('.access-log-entry, .alert-info').first()).toBeVisible();
    await expect(bertram.page.getByRole('main')).not.toContainText(COMPANY);

    await astrid.close();
    await bertram.close();
  });
});
