import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, press } from '@jobunivers/web/e2e-support';

const copenhagenDate = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(d);
const signIn = async (page: Page, name: string) => {
  await page.goto('/log-ind');
  await page.getByRole('button', { name: `Log ind som ${name}` }).click();
  await expect(page.getByTestId('signed-in')).toBeVisible();
};
const xsrf = async (page: Page) => ({
  'x-xsrf-token': (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value,
});
const cpr = (prefix: string) => `${prefix}${1000 + Math.floor(Math.random() * 8999)}`;

test.describe('A caseworker’s morning', () => {
  // Several sign-ins, registrations and axe scans each: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test('Mit overblik shows today’s meeting of a citizen the caseworker invited, and counts that link to their lists', async ({
    page,
  }) => {
    await signIn(page, 'Mette Kjær');
    const lastName = `Overblik ${Math.floor(Math.random() * 1e6)}`;
    const registered = await page.request.post('/api/v1/citizens', {
      headers: await xsrf(page),
      data: {
        cpr: cpr('050585'),
        firstName: 'Dagny',
        lastName,
        email: 'dagny@example.dk',
        phone: '+4530303032',
        postalCode: '8000',
        benefitType: 'unemployment_benefit',
        unemployedSince: copenhagenDate(new Date()),
      },
    });
    expect(registered.status()).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    // A meeting later today, if today has time left (a free 15 minutes; an overlap is refused with 409, so try the next).
    let invited = false;
    for (let minutes = 3; minutes < 24 * 60 && !invited; minutes += 20) {
      const start = new Date(Date.now() + minutes * 60_000);
      if (
        copenhagenDate(start) !== copenhagenDate(new Date()) ||
        copenhagenDate(new Date(start.getTime() + 15 * 60_000)) !== copenhagenDate(new Date())
      )
        break;
      const res = await page.request.post(`/api/v1/citizens/${id}/meetings`, {
        headers: await xsrf(page),
        data: { start: start.toISOString(), form: 'video', durationMinutes: 15 },
      });
      invited = res.status() === 201;
    }
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Mit overblik' })).toBeVisible();
    if (invited) {
      await expect(
        page
          .getByTestId('overview-meetings')
          .getByRole('link', { name: new RegExp(`Dagny ${lastName}`) })
          .first(),
      ).toBeVisible();
    } else {
      // Too late in the day for a meeting today: the new citizen's visitation is on Mette's queue.
      await expect(page.getByTestId('overview-meetings')).toBeVisible();
    }
    await expect(page.getByTestId('overview-due')).toContainText(/\d+ screening/);
    await expect(page.getByTestId('overview-unread')).toContainText(/\d+ samtale/);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await press(page.getByTestId('overview-overdue').getByRole('link'));
    await expect(page).toHaveURL(/\/screening-koe\?vis=mine&forsinket=ja/);
  });

  test('a caseworker has no Nøgletal link, and at /noegletal is told so instead of waiting forever', async ({
    page,
  }) => {
    await signIn(page, 'Jonas Holm');
    await expect(page.getByRole('link', { name: 'Nøgletal' })).toHaveCount(0);
    await page.goto('/noegletal');
    await expect(page.getByTestId('kpis-forbidden')).toContainText(
      'Kun ledere og kommunens administratorer kan se nøgletal',
    );
    await expect(page.getByText('Indlæser')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('registering a citizen keeps them with the caseworker, confirms the next steps, and their page has sections and wraps a long word', async ({
    page,
  }) => {
    await signIn(page, 'Mette Kjær');
    await page.goto('/borgere/tilmeld');
    const lastName = `Langtnavn${'x'.repeat(80)}`;
    await page.getByLabel('CPR-nummer').fill(cpr('060686'));
    await page.getByLabel('Fornavn').fill('Ebbe');
    await page.getByLabel('Efternavn').fill(lastName);
    await page.getByLabel('E-mail').fill('ebbe@example.dk');
    await page.getByLabel('Telefon').fill('+4530303033');
    await page.getByLabel('Postnummer').fill('8000');
    await page.getByLabel('Ledig fra').fill(copenhagenDate(new Date()));
    await expect(page.getByText('Borgeren bliver tildelt dig og kommer på din sagsstamme.')).toBeVisible();
    await press(page.getByRole('button', { name: 'Tilmeld borger' }));
    const receipt = page.getByTestId('registration-receipt');
    await expect(receipt.getByRole('heading', { name: 'Borgeren er tilmeldt' })).toBeFocused();
    await expect(receipt).toContainText('Borgeren er tildelt dig og står på din sagsstamme.');
    await expect(receipt).toContainText(
      /Indkaldelsen til visitationssamtale blev sendt .* i appen og på e-mail|Der var ingen ledig tid/,
    );
    await expect(receipt).toContainText(/Visitationssamtalen skal holdes senest/);
    await expectAccessible(page);
    await press(receipt.getByRole('link', { name: 'Åbn borgerens side' }));
    // On Mette's own caseload: no purpose asked, even after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: `Ebbe ${lastName}` })).toBeVisible();
    const sections = page.getByRole('navigation', { name: 'Borgerens sider' });
    for (const name of ['Overblik', 'Sagsgang', 'Samtaler', 'Plan', 'Job', 'Screening'])
      await expect(sections.getByRole('link', { name, exact: true })).toBeVisible();
    await press(sections.getByRole('link', { name: 'Sagsgang', exact: true }));
    await expect(page).toHaveURL(/#sagsgang$/);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });

  test('a team lead finds a citizen’s audit log by name', async ({ page }) => {
    await signIn(page, 'Susanne Vestergaard');
    await page.goto('/auditlog');
    await page.getByLabel('Borgerens navn eller CPR-nummer').fill('Sofie Jensen');
    await press(page.getByRole('button', { name: 'Find borger' }));
    await press(page.getByRole('button', { name: /Vis loggen for Sofie Jensen/ }));
    await expect(page).toHaveURL(/borger=[0-9a-f-]{36}/);
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page);
  });
});
