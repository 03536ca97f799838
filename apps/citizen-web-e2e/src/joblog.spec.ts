import { expect, test } from '@playwright/test';
import { expectAccessible, navigate } from '@jobunivers/web/e2e-support';

test.describe('joblog', () => {
  test('the citizen logs an application, is told what is missing, and updates how it went', async ({
    page,
  }, testInfo) => {
    const title = `Regnskabsassistent ${testInfo.project.name}`;
    await page.goto('/');
    await page.getByRole('link', { name: 'Log ind' }).first().click();
    await page.getByLabel(/Sofie Jensen/).check();
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
    await navigate(page, 'Joblog');
    await expect(page.getByRole('heading', { level: 1, name: 'Joblog' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Gem ansøgning' }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText('Skriv stillingen.');
    await expect(page.getByLabel('Stilling')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await page.getByLabel('Stilling').fill(title);
    await page.getByLabel('Arbejdsgiver').fill('Revisionsfirmaet Nord');
    await page.getByRole('button', { name: 'Gem ansøgning' }).click();
    await expect(page.getByRole('status')).toHaveText('Ansøgningen er gemt i din joblog.');
    const item = page.getByTestId('joblog').getByRole('listitem').filter({ hasText: title });
    await expect(item).toContainText('Revisionsfirmaet Nord');
    await item.getByLabel('Status').selectOption('interview');
    await page.reload();
    await expect(
      page.getByTestId('joblog').getByRole('listitem').filter({ hasText: title }).getByLabel('Status'),
    ).toHaveValue('interview');
    await expectAccessible(page);
  });
});
