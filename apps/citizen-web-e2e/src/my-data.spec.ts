import { expect, test } from '@playwright/test';
import { citizenSignsIn, expectAccessible, expectNoHorizontalScroll } from '@jobunivers/web/e2e-support';
import { readFileSync } from 'node:fs';

const CITIZEN: Record<string, string> = { desktop: 'Mads Pedersen', phone: 'Fatima Ali' };

test.describe('Mine data', () => {
  test('a citizen downloads all their data and sees who has looked at it', async ({ page }, testInfo) => {
    const name = CITIZEN[testInfo.project.name]!;
    await citizenSignsIn(page, name);
    await page.goto('/mine-data');
    await expect(page.getByRole('heading', { level: 1, name: 'Mine data' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Hvem har set mine data' })).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent mine data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jobunivers-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    expect(
      `${(data['person'] as { firstName: string }).firstName} ${(data['person'] as { lastName: string }).lastName}`,
    ).toBe(name);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'cases',
        'timeline',
        'meetings',
        'plan',
        'jobs',
        'messages',
        'screening',
        'notifications',
        'signIns',
        'accessLog',
      ]),
    );
    await expect(page.getByRole('status')).toContainText('Dine data er hentet');
    await expectAccessible(page);
  });

  test('the accessibility statement is at /was, linked from every page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' })).toBeVisible();
    await expectAccessible(page);
  });
});
