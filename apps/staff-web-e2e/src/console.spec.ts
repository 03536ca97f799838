import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, navigate } from '@jobunivers/web/e2e-support';

test.describe('staff console', () => {
  test('opens on "Mit overblik" and passes axe', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Mit overblik' })).toBeVisible();
    await expectAccessible(page);
  });

  test('lists municipalities from the API with filters, sorting and pages kept in the URL', async ({ page }) => {
    await page.goto('/');
    await navigate(page, 'Kommuner');
    await expect(page.getByRole('table')).toContainText('Kommuner (98)');
    await expect(page.getByRole('row')).toHaveCount(26);
    await expectAccessible(page);

    await page.getByLabel('Region').selectOption('Nordjylland');
    await expect(page.getByRole('table')).toContainText('Kommuner (11)');
    await expect(page).toHaveURL(/region=Nordjylland/);

    await page.getByRole('button', { name: /^Navn/ }).click();
    await page.getByRole('button', { name: /^Navn/ }).click();
    await expect(page.getByRole('columnheader', { name: /Navn/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('row').nth(1)).toContainText('Vesthimmerlands');

    await page.reload();
    await expect(page.getByRole('row').nth(1)).toContainText('Vesthimmerlands');
    await expect(page.getByLabel('Region')).toHaveValue('Nordjylland');

    await page.getByLabel('Region').selectOption('');
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect(page.getByText('Side 2 af 4 (98 i alt)')).toBeVisible();
    await expect(page).toHaveURL(/page=2/);
  });

  test('says what to do when nothing matches', async ({ page }) => {
    await page.goto('/kommuner?q=zzz');
    await expect(page.getByText('Ingen kommuner passer til din søgning')).toBeVisible();
    await expectAccessible(page);
  });

  test('reflows without sideways scrolling (320 px on the phone project)', async ({ page }) => {
    await page.goto('/');
    await expectNoHorizontalScroll(page);
  });
});
