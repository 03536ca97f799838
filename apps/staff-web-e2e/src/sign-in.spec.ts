import { expect, test } from '@playwright/test';
import { expectAccessible, expectSignedInAs, openMenu } from '@jobunivers/web/e2e-support';

test.describe('staff sign-in', () => {
  test('a caseworker signs in through the municipality login (OpenID Connect, demo provider) and out again', async ({
    page,
  }) => {
    await page.goto('/');
    await openMenu(page);
    await page.getByRole('link', { name: 'Log ind' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Log ind med kommunens login' }).click();

    // The bundled OpenID provider's page (it stands in for the municipality's login).
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind som medarbejder' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Jonas Holm').check();
    await page.getByRole('button', { name: 'Log ind' }).click();

    await expect(page.getByTestId('signed-in')).toHaveText('Du er logget ind som Jonas Holm (Jobkonsulent).');
    await expectSignedInAs(page, 'Jonas Holm');
    await page.reload();
    await expectSignedInAs(page, 'Jonas Holm');
    await openMenu(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
  });

  test('the demo shortcut signs a caseworker in at once', async ({ page }) => {
    await page.goto('/log-ind');
    await page.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await expect(page.getByTestId('signed-in')).toHaveText('Du er logget ind som Mette Kjær (Jobkonsulent).');
    await expectAccessible(page);
  });

  test('a refused sign-in is explained on the sign-in page', async ({ page }) => {
    await page.goto('/log-ind?fejl=no-role');
    await expect(page.getByRole('alert')).toContainText('Din bruger har ingen adgang til Jobunivers');
    await expectAccessible(page);
  });
});
