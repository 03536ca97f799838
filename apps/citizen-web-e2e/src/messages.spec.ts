import { expect, test } from '@playwright/test';
import {
  citizenSignsIn,
  expectAccessible,
  expectNoHorizontalScroll,
  press,
  staffSignsIn,
  navigate,
} from '@jobunivers/web/e2e-support';

const STAFF = process.env['E2E_COMPANION_URL']!;
const PEOPLE: Record<string, { citizen: string; caseworker: string }> = {
  desktop: { citizen: 'Mads Pedersen', caseworker: 'Jonas Holm' },
  phone: { citizen: 'Fatima Ali', caseworker: 'Anne Dahl' },
};

test.describe('24/7 answers and conversations with the jobcentre', () => {
  test('citizen asks, reads an article, says no; the caseworker finds it in the inbox beside the case and answers; the answer appears without reload', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { citizen, caseworker } = PEOPLE[testInfo.project.name];
    await citizenSignsIn(page, citizen);
    const question = `Hvor tit skal jeg skrive i min joblog? (${testInfo.project.name} ${Date.now() % 100000})`;

    // Spørg os on Overblik: the best article at once.
    await page.getByLabel('Skriv dit spørgsmål').fill(question);
    await page.getByRole('button', { name: 'Spørg', exact: true }).click();
    const articles = page.getByTestId('ask-articles');
    await expect(articles.getByRole('listitem').first()).toContainText(
      'Joblog: sådan skriver du dine jobansøgninger ind',
    );
    await articles.getByText('Joblog: sådan skriver du dine jobansøgninger ind').click();
    await expect(articles.getByText(/Skriv hver ansøgning ind i joblog/)).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // No: it goes to a caseworker as a conversation carrying the question and the articles shown.
    await page.getByRole('button', { name: 'Nej, spørg en jobkonsulent' }).click();
    await expect(page).toHaveURL(/\/beskeder\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hvor tit skal jeg skrive i min joblog?');
    await expect(page.getByTestId('message-list')).toContainText('Artikler jeg fik vist, som ikke svarede på det:');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const conversationUrl = page.url();

    // The caseworker: inbox (unassigned) → the conversation beside the case → answer.
    const { staff, close: closeStaff } = await staffSignsIn(browser, STAFF, caseworker);
    await navigate(staff, 'Indbakke');
    await expect(staff.getByRole('heading', { level: 1, name: 'Indbakke' })).toBeVisible();
    const row = staff
      .getByTestId('inbox')
      .getByRole('row')
      .filter({ hasText: question.slice(0, 60) });
    await expect(row).toContainText(citizen);
    await expectAccessible(staff);
    await press(row.getByRole('link'));
    await expect(staff.getByTestId('case-panel')).toContainText(citizen);
    await expect(staff.getByTestId('case-panel')).toContainText('Næste samtale');
    await expect(staff.getByTestId('message-list')).toContainText(question);
    await expectAccessible(staff);
    const answer =
      'Skriv dine ansøgninger ind i joblog samme uge, som du søger. Det er nok med de job, du faktisk søger.';
    await staff.getByLabel('Svar til borgeren').fill(answer);
    await press(staff.getByRole('button', { name: 'Send svar' }));
    await expect(staff.getByTestId('message-list')).toContainText(answer);
    await expect(staff.getByText(`Hos ${caseworker}`)).toBeVisible();

    // The citizen's open page shows the answer without reload.
    expect(page.url()).toBe(conversationUrl);
    await expect(page.getByTestId('message-list')).toContainText(answer, { timeout: 15_000 });
    await expect(page.getByText(`Du skriver med ${caseworker}.`)).toBeVisible();

    // The knowledge base's answer quality, for staff.
    await staff.goto('/vidensbase');
    await expect(staff.getByRole('heading', { level: 1, name: 'Vidensbase' })).toBeVisible();
    await expect(staff.getByTestId('kb-report')).toContainText('Sendt videre til en jobkonsulent');
    await expect(staff.getByTestId('kb-unanswered')).toContainText(question);
    await expectAccessible(staff);
    await closeStaff();
  });
});
