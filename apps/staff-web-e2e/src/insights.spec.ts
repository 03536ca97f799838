import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, press } from '@jobunivers/web/e2e-support';
import { readFileSync } from 'node:fs';

test.describe('Nøgletal, webhooks and the accessibility statement', () => {
  test('a team lead opens the KPI dashboard, filters by team and exports CSV', async ({ page }) => {
    await page.goto('/log-ind');
    await press(page.getByRole('button', { name: 'Log ind som Susanne Vestergaard' }));
    await expect(page.getByTestId('signed-in')).toBeVisible();
    await page.goto('/noegletal');
    await expect(page.getByRole('heading', { level: 1, name: 'Nøgletal' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Ingen falder igennem' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'I job eller uddannelse inden 13 uger' })).toBeVisible();
    await expect(
      page.getByText(/Andel af sager afsluttet i måneden, hvor borgeren kom i job eller uddannelse højst 13 uger/),
    ).toBeVisible();
    await expect(page.getByTestId('kpi-value-overdue_citizens')).toContainText(/\d/);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // A team: the filter lives in the URL.
    await page.getByLabel('Team').selectOption('Team Nord');
    await expect(page).toHaveURL(/team=Team(\+|%20)Nord/);
    await expect(page.getByText(/– Team Nord\./)).toBeVisible();
    await page.getByText('Vis tallene').first().click();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page.getByRole('button', { name: 'Hent CSV' })),
    ]);
    expect(download.suggestedFilename()).toMatch(/^noegletal-0751-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-Team-Nord\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('nøgletal;titel;enhed;periode;værdi;tæller;antal');
    expect(
      lines.some((l) => l.startsWith('job_or_education_13_weeks;I job eller uddannelse inden 13 uger;share;')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('overdue_citizens;') && l.includes(';lige nu;'))).toBe(true);
  });

  test('an admin gives an API client a webhook (bad URL refused first) and sees its delivery log', async ({ page }) => {
    await page.goto('/log-ind');
    await press(page.getByRole('button', { name: 'Log ind som Peter Lund' }));
    await expect(page.getByTestId('signed-in')).toBeVisible();
    await page.goto('/administration/api-klienter');
    await press(page.getByRole('link', { name: 'Webhook: Demo municipal system (Aarhus)' }));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Webhook for Demo municipal system (Aarhus)' }),
    ).toBeVisible();
    await expectAccessible(page);
    const url = page.getByLabel('Adresse (URL)');
    await url.fill('ikke en adresse');
    await press(page.getByRole('button', { name: /Opret webhook|Gem ændringer/ }));
    await expect(page.getByRole('alert')).toContainText('url must be an http(s) URL');
    await url.fill('http://127.0.0.1:9/jobunivers-events');
    await page.getByLabel('dk.jobunivers.citizens.outcome_reported').check();
    await press(page.getByRole('button', { name: /Opret webhook|Gem ændringer/ }));
    await expect(page.getByRole('heading', { level: 2, name: 'Leveringslog' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the accessibility statement is at /was, linked from every page', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await expect(page).toHaveURL(/\/was$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Digitaliseringsstyrelsen/ })).toHaveAttribute(
      'href',
      'https://www.was.digst.dk/',
    );
    await expectAccessible(page);
  });
});
