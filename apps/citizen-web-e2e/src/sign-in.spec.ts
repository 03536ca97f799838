import { expect, test } from '@playwright/test';
import { expectAccessible, expectSignedInAs, navigate, openMenu } from '@jobunivers/web/e2e-support';

test.describe('citizen sign-in with MitID (bundled test IdP)', () => {
  test('signs in through the MitID simulator, sees their name and their access log, and signs out', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind' }).first().click();

    await expect(page.getByRole('heading', { name: 'Log ind som testperson' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/Sofie Jensen/).check();
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();

    await expectSignedInAs(page, 'Sofie Jensen');
    await expect(page.getByTestId('greeting')).toContainText('Hej Sofie');
    await expectAccessible(page);

    await navigate(page, 'Mine data');
    await expect(page.getByRole('heading', { level: 1, name: 'Mine data' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Hvem har set mine data' })).toBeVisible();
    await expect(page.getByText('Ingen har set dine oplysninger endnu.')).toBeVisible();
    await expectAccessible(page);

    // Single logout: Jobunivers → NemLog-in (simulator) → back to the app.
    await openMenu(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(/\/\?logget-ud$/);
    await expect(page.getByRole('link', { name: 'Log ind' }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByText('Logget ind som Sofie Jensen', { exact: true })).toHaveCount(0);
  });

  test('tells a person registered in no municipality so, plainly', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind' }).first().click();
    await page.getByLabel(/Jakob Ukendt/).check();
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Du er ikke tilmeldt et jobcenter' })).toBeVisible();
    await expectAccessible(page);
  });

  test('refuses a sign-in below assurance level Substantial', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind' }).first().click();
    await page.getByLabel('Sikringsniveau (NSIS)').selectOption('Low');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Du blev ikke logget ind' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('sikringsniveau');
    await expectAccessible(page);
  });
});
