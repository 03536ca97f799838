import { expect, type Page, test } from '@playwright/test';
import {
  citizenSignsIn,
  expectAccessible,
  expectNoHorizontalScroll,
  staffSignsIn,
  navigate,
} from '@jobunivers/web/e2e-support';

const STAFF = process.env['E2E_COMPANION_URL']!;
/** One citizen per project (an offer is on a plan once), each with their own caseworker to approve. */
const PEOPLE: Record<string, { citizen: string; caseworker: string }> = {
  desktop: { citizen: 'Fatima Ali', caseworker: 'Anne Dahl' },
  phone: { citizen: 'Henrik Mortensen', caseworker: 'Karim Nielsen' },
};

async function openOffer(page: Page, search: string, title: string) {
  await page.getByLabel('Søg', { exact: true }).fill(search);
  await page.getByRole('button', { name: 'Find tilbud' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test.describe('offers and my plan through both apps', () => {
  test('citizen finds a virtual CV workshop and adds it, applies for a course that needs approval → caseworker approves → citizen sees "Tilmeldt"', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { citizen, caseworker } = PEOPLE[testInfo.project.name];
    await citizenSignsIn(page, citizen);
    await navigate(page, 'Mit forløb');
    await expect(page.getByRole('heading', { level: 1, name: 'Mit forløb' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Find tilbud' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tilbud' })).toBeVisible();
    await page.getByLabel('Form').selectOption('virtual');
    await openOffer(page, 'CV', 'CV-værksted online');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tilføj til min plan' }).click();
    await expect(page.getByTestId('added')).toHaveText('Du er tilmeldt. Tilbuddet står nu på din plan.');

    await page.getByRole('link', { name: 'Tilbage til tilbud' }).click();
    await openOffer(page, 'truck', 'Truckcertifikat');
    await page.getByRole('button', { name: 'Søg om at deltage' }).click();
    await expect(page.getByTestId('added')).toHaveText(
      'Din ansøgning er sendt. Din jobkonsulent svarer dig i din plan.',
    );
    await page.getByRole('link', { name: 'Se din plan' }).click();
    const truck = page.getByTestId('plan-items').getByRole('listitem').filter({ hasText: 'Truckcertifikat' });
    await expect(truck.getByTestId('item-status')).toHaveText('Afventer godkendelse');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // The caseworker approves from the inbox.
    const { staff, close: closeStaff } = await staffSignsIn(browser, STAFF, caseworker);
    await navigate(staff, 'Godkendelser');
    await expect(staff.getByRole('heading', { level: 1, name: 'Godkendelser' })).toBeVisible();
    await expectAccessible(staff);
    const row = staff.getByRole('row').filter({ hasText: citizen }).filter({ hasText: 'Truckcertifikat' });
    // By keyboard, as a busy caseworker would (and where the sticky header may cover the row).
    await row.getByRole('button', { name: `Godkend ${citizen}` }).focus();
    await staff.keyboard.press('Enter');
    await expect(row).toHaveCount(0);
    await navigate(staff, 'Tilbud');
    await expect(staff.getByRole('heading', { level: 1, name: 'Tilbud' })).toBeVisible();
    await expectAccessible(staff);
    await closeStaff();

    // The citizen is enrolled.
    await page.reload();
    await expect(truck.getByTestId('item-status')).toHaveText('Tilmeldt');
    await expect(
      page
        .getByTestId('plan-items')
        .getByRole('listitem')
        .filter({ hasText: 'CV-værksted online' })
        .getByTestId('item-status'),
    ).toHaveText('Tilmeldt');
    await expectAccessible(page);
  });
});
