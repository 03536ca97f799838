import { expect, test } from '@playwright/test';
import {
  citizenSignsIn,
  expectAccessible,
  expectNoHorizontalScroll,
  navigate,
  openMenu,
} from '@jobunivers/web/e2e-support';

test.describe('contact requirements in the citizen app', () => {
  test('the citizen reads on Samtaler which meetings the law requires and by when, and that the rest is their own choice', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Fatima (dagpenge since 14 September 2026, visitation held): the job meetings and the meeting around month 16.
    // The test only reads, so both projects and every other test leave it the same.
    await citizenSignsIn(page, 'Fatima Ali');
    await navigate(page, 'Samtaler');
    await expect(page.getByRole('heading', { level: 1, name: 'Samtaler' })).toBeVisible();
    const plan = page.getByTestId('contact-plan');
    await expect(plan.getByRole('heading', { level: 2, name: 'Det skal du' })).toBeVisible();
    await expect(plan).toContainText(/Du skal til mindst 2 jobsamtaler senest \d{1,2}\. [a-zæøå]+ \d{4}\./);
    await expect(plan).toContainText(
      /Omkring din 16\. måned som ledig skal du til en samtale, senest \d{1,2}\. [a-zæøå]+ \d{4}\./,
    );
    await expect(plan).toContainText('Alt andet er dit eget valg');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await openMenu(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(plan.getByRole('heading', { level: 2, name: 'What is required of you' })).toBeVisible();
    await expect(plan).toContainText(/You must attend at least 2 job meetings by \d{1,2} [A-Z][a-z]+ \d{4}\./);
    await expect(plan).toContainText('Everything else is your own choice');
    await expectAccessible(page);
  });
});
