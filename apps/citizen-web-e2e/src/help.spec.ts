import { expect, test } from '@playwright/test';
import { expectAccessible, navigate, expectSignedInAs } from '@jobunivers/web/e2e-support';

test.describe('talk to a person', () => {
  test('is reachable from every page once signed in, and puts the request through', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind' }).first().click();
    await page.getByLabel(/Fatima Ali/).check();
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
    await expectSignedInAs(page, 'Fatima Ali');

    await navigate(page, 'Min screening');
    await expect(page.getByTestId('track')).toContainText('Selvbetjening i jobuniverset');
    await page.getByRole('link', { name: 'Jeg vil gerne tale med en person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tal med en person' })).toBeVisible();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText('Skriv kort, hvad du vil tale om.');
    await expectAccessible(page);
    await page.getByLabel('Hvad vil du gerne tale om?').fill('Jeg vil gerne have hjælp til min CV.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status')).toContainText('Tak – vi har fået din besked');
    await expectAccessible(page);
  });
});
