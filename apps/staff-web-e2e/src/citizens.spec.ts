import { expect, test } from '@playwright/test';
import { expectAccessible, navigate } from '@jobunivers/web/e2e-support';

const SOFIE = 'c0751000-0000-4000-8000-000000000001';

test.describe('citizens in the staff console', () => {
  test('a caseworker registers a citizen, with an error summary first, and lands on the citizen page', async ({
    page,
  }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await navigate(page, 'Borgere');
    await expect(page.getByRole('link', { name: 'Sofie Jensen' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Sofie Jensen/ })).toContainText('010392-xxxx');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tilmeld borger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tilmeld borger' })).toBeVisible();
    await page.getByRole('button', { name: 'Tilmeld borger' }).click();
    await expect(page.getByRole('alert')).toContainText('Skriv et gyldigt CPR-nummer');
    await expect(page.getByRole('alert')).toContainText('Skriv borgerens fornavn.');
    await expectAccessible(page);

    const serial = String(1000 + Math.floor(Math.random() * 8999));
    await page.getByLabel('CPR-nummer').fill(`020291-${serial}`);
    await page.getByLabel('Fornavn').fill('Ida');
    await page.getByLabel('Efternavn').fill('Lauridsen');
    await page.getByLabel('E-mail').fill('ida.lauridsen@example.dk');
    await page.getByLabel('Telefon').fill('+45 30 40 50 60');
    await page.getByLabel('Postnummer').fill('8200');
    await page.getByLabel('Ledig fra').fill('2026-11-16');
    await page.getByRole('button', { name: 'Tilmeld borger' }).click();
    await expect(page.getByTestId('registration-receipt')).toContainText('Borgeren er tildelt dig');
    await page.getByRole('link', { name: 'Åbn borgerens side' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Ida Lauridsen' })).toBeVisible();
    await expect(page.getByTestId('cpr')).toHaveText('020291-xxxx');
    // The timeline speaks about the citizen to staff, not to the citizen ("Du blev tilmeldt…").
    const timeline = page.locator('#sagsgang');
    await expect(timeline).toContainText('Borgeren blev tilmeldt som ledig fra 16. november 2026.');
    await expect(timeline.getByText(/\b(Du|du|din|dit)\b/)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('the CPR number shows only on the explicit reveal', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await expect(page.getByTestId('signed-in')).toBeVisible();
    await page.goto(`/borgere/${SOFIE}`);
    await expect(page.getByTestId('cpr')).toHaveText('010392-xxxx');
    await page.getByRole('button', { name: 'Vis CPR-nummer' }).click();
    await expect(page.getByTestId('cpr')).toHaveText('010392-1234');
  });

  test('a caseworker outside the caseload is asked for a purpose first', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Jonas Holm' }).click();
    await expect(page.getByTestId('signed-in')).toBeVisible();
    await page.goto(`/borgere/${SOFIE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hvorfor åbner du borgeren?' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Formål').fill('Dækker for Mette under ferie');
    await page.getByRole('button', { name: 'Åbn borgeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sofie Jensen' })).toBeVisible();
  });

  test('the screening queue shows overdue visitations first, in red with the days, and filters in the address', async ({
    page,
  }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Susanne Vestergaard' }).click();
    await expect(page.getByTestId('signed-in')).toBeVisible();
    // A citizen registered just now: visitation due in two weeks, so on the queue but not overdue.
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value;
    const registered = await page.request.post('/api/v1/citizens', {
      headers: { 'x-xsrf-token': xsrf },
      data: {
        cpr: `030388${1000 + Math.floor(Math.random() * 8999)}`,
        firstName: 'Nora',
        lastName: 'Friis',
        email: 'nora@example.dk',
        phone: '+4530303030',
        postalCode: '8000',
        benefitType: 'unemployment_benefit',
        unemployedSince: new Date().toISOString().slice(0, 10),
      },
    });
    expect(registered.status()).toBe(201);
    await navigate(page, 'Screening-kø');
    await expect(page.getByRole('heading', { level: 1, name: 'Screening-kø' })).toBeVisible();
    const mads = page.getByRole('row', { name: /Mads Pedersen/ });
    await expect(mads).toContainText('Visitation');
    await expect(mads).toContainText(/dage? over/);
    await expect(page.getByRole('row', { name: /Nora Friis/ }).first()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Kun overskredne').click();
    await expect(page).toHaveURL(/forsinket=ja/);
    await expect(page.getByLabel('Kun overskredne')).toBeChecked();
    await expect(page.getByRole('row', { name: /Mads Pedersen/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Nora Friis/ })).toHaveCount(0);
  });

  test('a team lead hands a case to another caseworker and closes it with the outcome', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Susanne Vestergaard' }).click();
    await expect(page.getByTestId('signed-in')).toBeVisible();
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value;
    const registered = await page.request.post('/api/v1/citizens', {
      headers: { 'x-xsrf-token': xsrf },
      data: {
        cpr: `040489${1000 + Math.floor(Math.random() * 8999)}`,
        firstName: 'Otto',
        lastName: 'Bech',
        email: 'otto@example.dk',
        phone: '+4530303031',
        postalCode: '8000',
        benefitType: 'cash_benefit',
        unemployedSince: '2026-10-01',
      },
    });
    const { id } = (await registered.json()) as { id: string };
    await page.goto(`/borgere/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Otto Bech' })).toBeVisible();
    // Hand it to whichever of Mette and Jonas does not have it now (registration picked the least loaded).
    const current = (await page.getByTestId('caseworker').textContent()) ?? '';
    const next = current === 'Jonas Holm' ? 'Mette Kjær' : 'Jonas Holm';
    await page.getByLabel('Jobkonsulent', { exact: true }).selectOption({ label: next });
    await page.getByRole('button', { name: 'Skift jobkonsulent' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${next} er nu borgerens jobkonsulent.` })).toBeVisible();
    await expectAccessible(page);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Afslut sagen med').selectOption({ label: 'Job' });
    await page.getByLabel('Fra dato').fill('2026-11-15');
    await page.getByRole('button', { name: 'Afslut sag' }).click();
    await expect(page.getByText('Afsluttet', { exact: true })).toBeVisible();
    await expect(page.getByText(/Sagen blev afsluttet: job fra 15\. november 2026\./)).toBeVisible();
  });
});
