import { expect, test } from '@playwright/test';
import { expectAccessible } from '@jobunivers/web/e2e-support';

test.describe('staff sign-in (demo)', () => {
  test('a caseworker signs in to the console and sees who is signed in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kommune 0751' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await expect(page.getByTestId('signed-in')).toHaveText('Du er logget ind som Mette Kjær (Jobkonsulent).');
    await expect(page.getByText('Logget ind som Mette Kjær', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByText('Logget ind som Mette Kjær', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
  });
});
