import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, openMenu } from '@jobunivers/web/e2e-support';

test.describe('citizen app', () => {
  test('greets in Danish, passes axe, and switches to English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Jobunivers' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveTitle('Velkommen til Jobunivers – Jobunivers');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await openMenu(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Jobunivers' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Jobunivers' })).toBeVisible();
  });

  test('finds the jobcentre for a postal code through the real API', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Postnummer').fill('8000');
    await page.getByRole('button', { name: 'Find jobcenter' }).click();
    await expect(page.getByTestId('jobcentre-result')).toContainText('8000 Aarhus C hører til Aarhus Kommune');
    await expectAccessible(page);

    await page.getByLabel('Postnummer').fill('0999');
    await page.getByRole('button', { name: 'Find jobcenter' }).click();
    await expect(page.getByRole('alert')).toContainText('0999 er ikke et dansk postnummer');
  });

  test('explains a bad postal code with an error summary that leads to the field', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Postnummer').fill('80');
    await page.getByRole('button', { name: 'Find jobcenter' }).click();
    await expect(page.getByRole('alert')).toContainText('Der er en fejl i formularen');
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByLabel('Postnummer')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await page.getByTestId('error-summary').getByRole('link', { name: 'Skriv et postnummer med 4 cifre' }).click();
    await expect(page.getByLabel('Postnummer')).toBeFocused();
  });

  test('reaches the main content with the skip link, by keyboard', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });

  test('shows a not-found page with a way home', async ({ page }) => {
    await page.goto('/findes-ikke');
    await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Gå til forsiden' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
