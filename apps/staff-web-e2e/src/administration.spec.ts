import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, navigate, openMenu } from '@jobunivers/web/e2e-support';

test.describe('administration: users and audit log', () => {
  test("an admin signs a caseworker out everywhere, and the caseworker's session ends at once", async ({
    page,
    browser,
  }) => {
    const other = await browser.newContext();
    const caseworker = await other.newPage();
    await caseworker.goto('/log-ind');
    await caseworker.getByRole('button', { name: 'Log ind som Jonas Holm' }).click();
    await expect(caseworker.getByTestId('signed-in')).toBeVisible();

    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Peter Lund' }).click();
    await navigate(page, 'Brugere');
    await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'jonas.holm@aarhus.example.dk' })).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Log Jonas Holm ud overalt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Jonas Holm er logget ud' })).toContainText(
      /\(\d+ session(er)? afsluttet\)/,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Jonas Holm er logget ud' })).not.toContainText('(0 ');

    await caseworker.reload();
    await openMenu(caseworker);
    await expect(caseworker.getByRole('link', { name: 'Log ind' })).toBeVisible();
    await other.close();
  });

  test('a team lead searches the audit log with filters kept in the address', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Susanne Vestergaard' }).click();
    await navigate(page, 'Auditlog');
    await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
    await expect(page.getByText(/Hændelser \(\d+\)|Ingen hændelser passer/)).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Borger (id)').fill('ikke-et-id');
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page.getByText('Skriv et gyldigt borger-id (UUID) eller lad feltet være tomt.')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Borger (id)').fill('');
    await page.getByLabel('Medarbejder').selectOption({ label: 'Mette Kjær' });
    await page.getByLabel('Fra dato').fill('2026-01-01');
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page).toHaveURL(/medarbejder=a0751000-0000-4000-8000-000000000001/);
    await expect(page).toHaveURL(/fra=2026-01-01/);
    await expect(page.getByText(/Hændelser \(\d+\)|Ingen hændelser passer/)).toBeVisible();
  });

  test('caseworkers are not offered users or the audit log', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await expect(page.getByTestId('signed-in')).toBeVisible();
    await openMenu(page);
    await expect(page.getByRole('link', { name: 'Auditlog' })).toHaveCount(0);
    await page.goto('/auditlog');
    await expect(page.getByText('Kun ledere kan søge i auditloggen.')).toBeVisible();
  });
});
