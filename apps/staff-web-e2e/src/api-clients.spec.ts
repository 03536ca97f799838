import { expect, test } from '@playwright/test';
import { expectAccessible, navigate, openMenu } from '@jobunivers/web/e2e-support';

test.describe('administration: API clients', () => {
  test('an admin creates a client, sees its secret once, and revokes it', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Peter Lund' }).click();
    await navigate(page, 'API-klienter');
    await expect(page.getByRole('heading', { level: 1, name: 'API-klienter' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Demo municipal system (Aarhus)', exact: true })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Opret API-klient' }).click();
    await expect(page.getByRole('alert')).toContainText('Skriv et navn til klienten.');
    await expect(page.getByRole('alert')).toContainText('Vælg mindst én rettighed.');
    await expectAccessible(page);

    const name = `Fagsystem ${Date.now()}`;
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByLabel('citizens:read').check();
    await page.getByLabel('events:read').check();
    await page.getByRole('button', { name: 'Opret API-klient' }).click();
    await expect(page.getByTestId('new-secret')).toContainText('Gem hemmeligheden nu');
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
    await expectAccessible(page);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Luk klient: ${name}` }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Lukket');
  });

  test('is not offered to caseworkers', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await expect(page.getByTestId('signed-in')).toBeVisible();
    await openMenu(page);
    await expect(page.getByRole('link', { name: 'API-klienter' })).toHaveCount(0);
    await page.goto('/administration/api-klienter');
    await expect(page.getByText('Kun kommunens administratorer kan se API-klienter.')).toBeVisible();
  });
});
