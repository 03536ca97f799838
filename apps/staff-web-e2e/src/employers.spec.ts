import { type APIRequestContext, expect, type Page, type PlaywrightWorkerArgs, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, navigate, openMenu, press } from '@jobunivers/web/e2e-support';

/** The demo employer Henrik Bygholm (Østjysk Byg A/S, Aarhus). */
const HENRIK = 'e0751000-0000-4000-8000-000000000001';
/** Tømrere og bygningssnedkere (ISCO-08): the request's occupation, and the test citizens' wish. */
const CARPENTER = '7115';

/** A run's own suffix: both projects (desktop, phone) share one database, so titles and names never repeat. */
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A CPR number no other test registers: a random date of birth in the 1970s and a random serial. */
const freshCpr = () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(1 + Math.floor(Math.random() * 28))}${pad(1 + Math.floor(Math.random() * 12))}7${Math.floor(Math.random() * 10)}${1000 + Math.floor(Math.random() * 8999)}`;
};

/** Today in Copenhagen (whatever the hour). */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** A calendar date (YYYY-MM-DD) plus whole days. */
const addDaysTo = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** An API session of its own (dev sign-in) with the double-submit CSRF header for state changes. */
async function apiAs(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  userId: string,
): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await playwright.request.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/dev/sign-in', { data: { userId } });
  expect(signedIn.status()).toBe(200);
  const xsrf = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { api, headers: { 'x-xsrf-token': xsrf } };
}

/** The id of a demo user by name (GET /auth/dev/users). */
async function demoUserId(api: APIRequestContext, name: string): Promise<string> {
  const users = (await (await api.get('/api/v1/auth/dev/users')).json()) as {
    items: Array<{ id: string; name: string }>;
  };
  const user = users.items.find((u) => u.name === name);
  if (!user) throw new Error(`no demo user ${name}`);
  return user.id;
}

/**
 * A citizen of Aarhus who wishes to work as a carpenter and lets companies find them (`anonymous` or `named`):
 * registered by the caseworker Mette Kjær, then signed in as themselves to set their profile and visibility.
 */
async function carpenterCitizen(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  mette: { api: APIRequestContext; headers: Record<string, string> },
  firstName: string,
  lastName: string,
  level: 'anonymous' | 'named',
): Promise<{ id: string; api: APIRequestContext; headers: Record<string, string> }> {
  const registered = await mette.api.post('/api/v1/citizens', {
    headers: mette.headers,
    data: {
      cpr: freshCpr(),
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}@example.dk`,
      phone: '+4530303034',
      postalCode: '8000',
      benefitType: 'unemployment_benefit',
      unemployedSince: today(),
    },
  });
  expect(registered.status()).toBe(201);
  const { id } = (await registered.json()) as { id: string };
  const citizen = await apiAs(playwright, baseURL, id);
  const profile = await citizen.api.put('/api/v1/me/profile', {
    headers: citizen.headers,
    data: {
      contact: { email: `${firstName.toLowerCase()}@example.dk`, phone: '+4530303034', postalCode: '8000' },
      wishedOccupations: [CARPENTER],
      skills: [],
      education: [],
      experience: [],
      workArea: { radiusKm: 30 },
      hours: 'full_time',
      languages: [{ language: 'da', level: 'native' }],
      drivingLicences: [],
      preferredMeetingForms: [],
      notificationChannels: [],
    },
  });
  expect(profile.status()).toBe(200);
  const visibility = await citizen.api.put('/api/v1/me/employer-visibility', {
    headers: citizen.headers,
    data: { level, ...(level === 'named' ? { shareEmail: true } : {}) },
  });
  expect(visibility.status()).toBe(200);
  return { id, ...citizen };
}

async function signIn(page: Page, name: string) {
  await page.goto('/log-ind');
  await page.getByRole('button', { name: `Log ind som ${name}` }).click();
  await expect(page.getByTestId('signed-in')).toBeVisible();
}

test.describe('Virksomheder: the employer consultants’ inbox', () => {
  // Three API sessions, two registrations, live updates and four axe scans: room for a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('a consultant sees a company’s request arrive live, claims it, answers the company and proposes two citizens', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const run = unique();
    const title = `Tømrer til tagrenovering ${run}`;
    const base = baseURL ?? '';
    const henrik = await apiAs(playwright, base, HENRIK);
    const metteId = await demoUserId(henrik.api, 'Mette Kjær');
    const mette = await apiAs(playwright, base, metteId);
    const anna = { first: `Anna${run}`, last: 'Tagmand' };
    const bo = { first: `Bo${run}`, last: 'Spærsen' };
    const citizens = [
      await carpenterCitizen(playwright, base, mette, anna.first, anna.last, 'anonymous'),
      await carpenterCitizen(playwright, base, mette, bo.first, bo.last, 'named'),
    ];

    // Rasmus Bech, employer consultant in Aarhus, has the employer inbox open.
    await signIn(page, 'Rasmus Bech');
    await navigate(page, 'Virksomheder');
    await expect(page.getByRole('heading', { level: 1, name: 'Virksomheder' })).toBeVisible();
    await expect(page.getByTestId('employer-kpis')).toContainText('Besvaret inden for 2 arbejdsdage');
    await expect(page.getByTestId('employer-kpis')).toContainText('Kandidater sendt');
    await expect(page.getByTestId('employer-kpis')).toContainText('Ansættelser');
    await expect(page.getByRole('link', { name: 'Ufordelte' })).toHaveAttribute('aria-current', 'page');

    // The company sends a recruitment request; it shows up in the open inbox without a reload.
    const sent = await henrik.api.post('/api/v1/employer/requests', {
      headers: henrik.headers,
      data: {
        kind: 'recruitment',
        title,
        description: 'Vi søger en tømrer til renovering af tage på rækkehuse i Aarhus V.',
        occupationCode: CARPENTER,
        postalCode: '8000',
        hoursPerWeek: 37,
        positions: 1,
      },
    });
    expect(sent.status()).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    const row = page.getByTestId('employer-requests').getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('Østjysk Byg A/S');
    await expect(row).toContainText('Rekruttering');
    await expect(row).toContainText('Ny');
    await expect(row).toContainText('Ikke fordelt');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // The request's page: claim it.
    await press(row.getByRole('link', { name: title }));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('request-facts')).toContainText('Østjysk Byg A/S (CVR 29384756)');
    await expect(page.getByTestId('request-consultant')).toHaveText('Ikke fordelt');
    await press(page.getByRole('button', { name: 'Tag henvendelsen' }));
    await expect(page.getByRole('status').filter({ hasText: 'Du har nu henvendelsen.' })).toBeVisible();
    await expect(page.getByTestId('request-consultant')).toHaveText('Rasmus Bech');
    await expect(page.getByRole('button', { name: 'Tag henvendelsen' })).toHaveCount(0);

    // An empty answer is refused with an error summary; then the answer goes to the company.
    await press(page.getByRole('button', { name: 'Send svar' }));
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText('Skriv et svar til virksomheden.');
    const answer = `Tak for henvendelsen. Jeg finder kandidater til jer i dag (${run}).`;
    await page.getByLabel('Svar til virksomheden').fill(answer);
    await press(page.getByRole('button', { name: 'Send svar' }));
    await expect(page.getByTestId('message-list')).toContainText(answer);
    await expect(page.getByLabel('Svar til virksomheden')).toHaveValue('');
    const thread = (await (await henrik.api.get(`/api/v1/employer/requests/${id}`)).json()) as {
      status: string;
      messages: Array<{ authorName: string; body: string }>;
    };
    expect(thread.messages).toEqual([expect.objectContaining({ authorName: 'Rasmus Bech', body: answer })]);
    expect(thread.status).toBe('in_progress');

    // Candidates: both citizens rank, with the reasons they fit.
    await press(page.getByRole('button', { name: 'Find kandidater' }));
    const candidates = page.getByTestId('candidates');
    const annaItem = candidates.getByRole('listitem').filter({ hasText: `${anna.first} ${anna.last}` });
    const boItem = candidates.getByRole('listitem').filter({ hasText: `${bo.first} ${bo.last}` });
    await expect(annaItem).toContainText('Anonym for virksomheden');
    await expect(boItem).toContainText('Med navn for virksomheden');
    await expect(annaItem).toContainText('Ønsker at arbejde som Tømrere og snedkere');
    await expect(annaItem).toContainText(/Match \d+ af 100/);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Nothing chosen: told so; then both are proposed and show as invited.
    await press(page.getByRole('button', { name: 'Foreslå valgte' }));
    await expect(page.getByTestId('error-summary')).toContainText('Vælg mindst én kandidat.');
    await page.getByLabel(`${anna.first} ${anna.last}`, { exact: true }).check();
    await page.getByLabel(`${bo.first} ${bo.last}`, { exact: true }).check();
    await press(page.getByRole('button', { name: 'Foreslå valgte' }));
    await expect(
      page.getByRole('status').filter({ hasText: '2 borgere er foreslået og har fået en invitation.' }),
    ).toBeVisible();
    const proposals = page.getByTestId('proposals');
    await expect(proposals.getByRole('row', { name: new RegExp(`${anna.first} ${anna.last}`) })).toContainText(
      'Inviteret',
    );
    await expect(proposals.getByRole('row', { name: new RegExp(`${bo.first} ${bo.last}`) })).toContainText('Inviteret');
    await expect(annaItem).toContainText('Foreslået: Inviteret');
    await expect(page.getByLabel(`${anna.first} ${anna.last}`, { exact: true })).toBeDisabled();
    await expect(page.getByTestId('request-facts')).toContainText('Kandidater sendt');
    await expectAccessible(page);

    // The recruitment request becomes a job ad, found under Jobannoncer.
    await press(page.getByRole('button', { name: 'Opret jobannonce' }));
    await expect(
      page.getByRole('status').filter({ hasText: 'Jobannoncen er oprettet og offentliggjort.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Opret jobannonce' })).toHaveCount(0);
    await press(page.getByTestId('request-actions').getByRole('link', { name: 'Se jobannoncen' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Jobannoncer' })).toBeVisible();
    await expect(page.getByTestId('job-ads').getByRole('row', { name: new RegExp(title) })).toContainText(
      'Østjysk Byg A/S',
    );
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Back in the inbox, the request is Rasmus's own.
    await press(page.getByRole('link', { name: 'Tilbage til virksomhedernes henvendelser' }));
    await press(page.getByRole('link', { name: 'Mine', exact: true }));
    await expect(page.getByTestId('employer-requests').getByRole('row', { name: new RegExp(title) })).toContainText(
      'Rasmus Bech',
    );
    for (const session of [henrik, mette, ...citizens]) await session.api.dispose();
  });

  test('a consultant approves a work placement for a candidate who accepted, and reports the hire', async ({
    page,
    playwright,
    baseURL,
  }) => {
    const run = unique();
    const title = `Praktik på tagrenovering ${run}`;
    const base = baseURL ?? '';
    const henrik = await apiAs(playwright, base, HENRIK);
    const mette = await apiAs(playwright, base, await demoUserId(henrik.api, 'Mette Kjær'));
    const rasmus = await apiAs(playwright, base, await demoUserId(henrik.api, 'Rasmus Bech'));
    const name = { first: `Carl${run}`, last: 'Lægte' };
    const carl = await carpenterCitizen(playwright, base, mette, name.first, name.last, 'named');
    // Through the API: the company asks for a work placement, Rasmus proposes Carl, and Carl accepts.
    const sent = await henrik.api.post('/api/v1/employer/requests', {
      headers: henrik.headers,
      data: {
        kind: 'internship',
        title,
        description: 'Fire ugers virksomhedspraktik på tagrenovering.',
        occupationCode: CARPENTER,
        postalCode: '8000',
        hoursPerWeek: 30,
      },
    });
    expect(sent.status()).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    const proposed = await rasmus.api.post(`/api/v1/employer-requests/${id}/proposals`, {
      headers: rasmus.headers,
      data: { citizenIds: [carl.id] },
    });
    expect(proposed.status()).toBe(201);
    const invitations = (await (await carl.api.get('/api/v1/me/employer-invitations')).json()) as {
      items: Array<{ id: string; title: string }>;
    };
    const invitation = invitations.items.find((i) => i.title === title);
    const accepted = await carl.api.post(`/api/v1/me/employer-invitations/${invitation?.id}/answer`, {
      headers: carl.headers,
      data: { accept: true },
    });
    expect(accepted.status()).toBe(200);

    await signIn(page, 'Rasmus Bech');
    await page.goto(`/virksomheder/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const proposal = page.getByTestId('proposals').getByRole('row', { name: new RegExp(`${name.first} ${name.last}`) });
    await expect(proposal).toContainText('Accepteret');
    await expect(page.getByText('Ingen forløb endnu.')).toBeVisible();

    // The placement: a missing end date is refused first, then approved for the coming weeks.
    await press(proposal.getByRole('button', { name: `Godkend forløb for ${name.first} ${name.last}` }));
    const form = page.getByRole('form', { name: `Godkend virksomhedspraktik for ${name.first} ${name.last}` });
    await expect(form.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(form.getByLabel('Timer om ugen')).toHaveValue('30');
    const start = addDaysTo(today(), 7);
    await form.getByLabel('Startdato').fill(start);
    await press(form.getByRole('button', { name: 'Godkend forløbet' }));
    await expect(form.getByTestId('error-summary')).toBeFocused();
    await expect(form.getByTestId('error-summary')).toContainText('Vælg en slutdato.');
    await expectAccessible(page);
    await form.getByLabel('Slutdato').fill(addDaysTo(start, 27));
    await press(form.getByRole('button', { name: 'Godkend forløbet' }));
    await expect(
      page.getByRole('status').filter({ hasText: `Forløbet for ${name.first} ${name.last} er godkendt` }),
    ).toBeVisible();
    await expect(proposal).toContainText('Godkendt');
    const placement = page
      .getByTestId('placements')
      .getByRole('row', { name: new RegExp(`${name.first} ${name.last}`) });
    await expect(placement).toContainText('Virksomhedspraktik');
    await expect(placement).toContainText('30 timer om ugen');
    await expect(placement).toContainText('I gang');

    // The hire, confirmed once.
    page.once('dialog', (dialog) => void dialog.accept());
    await press(placement.getByRole('button', { name: `Meld ansat: ${name.first} ${name.last}` }));
    await expect(placement).toContainText('Ansat');
    await expect(placement.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    for (const session of [henrik, mette, rasmus, carl]) await session.api.dispose();
  });

  test('a caseworker is not offered Virksomheder, and at /virksomheder is told who can see it', async ({ page }) => {
    await signIn(page, 'Mette Kjær');
    await openMenu(page);
    await expect(page.getByRole('link', { name: 'Indbakke', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Virksomheder', exact: true })).toHaveCount(0);
    await page.goto('/virksomheder');
    await expect(page.getByTestId('employers-forbidden')).toContainText(
      'Kun virksomhedskonsulenter og teamledere kan se virksomhedernes henvendelser',
    );
    await expectAccessible(page);
  });
});
