import { expect, type Locator, test } from '@playwright/test';
import { citizenSignsIn, expectAccessible, openMenu } from '@jobunivers/web/e2e-support';

/** Words and letters that only Danish sentences have (names of people and places aside). */
const DANISH_WORDS =
  /\b(du|dit|din|dine|blev|har|jobcentret|senest|samtalen?|kompetencer|jobønske|som du|fra dig|hos|ikke)\b/i;
const DANISH_LETTERS = /[æøå]/i;

async function textsOf(locator: Locator): Promise<string[]> {
  await expect(locator.first()).toBeVisible();
  return locator.allInnerTexts();
}

test.describe('English mode', () => {
  test('shows no Danish server text on the timeline, job and screening pages; "not relevant" takes the job out of the list at once', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await citizenSignsIn(page, 'Fatima Ali');
    await openMenu(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Timeline: every entry worded in English (from code + params), names as written.
    await page.goto('/sagsgang');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    for (const text of await textsOf(page.locator('ol.timeline li p'))) expect(text).not.toMatch(DANISH_WORDS);
    await expect(
      page.locator('ol.timeline li p').filter({ hasText: 'Your caseworker assessed your situation' }).first(),
    ).toBeVisible();
    await expectAccessible(page);

    // Matches: reasons in English, no Danish letters (occupation titles come in English).
    await page.goto('/job');
    const matches = page.getByTestId('job-matches').locator('> li');
    for (const text of await textsOf(
      matches.first().getByRole('list', { name: 'Why the job fits' }).getByRole('listitem'),
    )) {
      expect(text).not.toMatch(DANISH_WORDS);
      expect(text).not.toMatch(DANISH_LETTERS);
    }
    await expectAccessible(page);

    // One job: the reasons in English; the ad itself is the employer's text, marked with its language.
    const link = matches.first().getByRole('heading').getByRole('link');
    const title = (await link.innerText()).trim();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toHaveAttribute('lang', /^[a-z]{2}$/);
    for (const text of await textsOf(page.getByTestId('reasons').getByRole('listitem')))
      expect(text).not.toMatch(DANISH_WORDS);
    await expectAccessible(page);

    // "Not relevant": back on the list the job is gone at once; undone afterwards.
    await page.getByRole('button', { name: 'Not relevant' }).click();
    await page.getByRole('button', { name: 'Send answer' }).click();
    await expect(page.getByText('You marked the job not relevant.')).toBeVisible();
    const jobUrl = page.url();
    await page.goto('/job');
    await expect(matches.first()).toBeVisible();
    // Several ads can share a title: the ad itself (its link) is what must be gone.
    await expect(page.getByTestId('job-matches').locator(`a[href="${href}"]`)).toHaveCount(0);
    await page.goto(jobUrl);
    await page.getByRole('button', { name: 'Undo “not relevant”' }).click();
    await expect(page.getByRole('button', { name: 'Not relevant' })).toBeVisible();

    // Screening: the track in English; the caseworker's summary shown as written, marked Danish.
    await page.goto('/min-screening');
    await expect(page.getByTestId('track')).not.toContainText(DANISH_WORDS);
    await expect(page.getByTestId('summary')).toHaveAttribute('lang', 'da');
    await expectAccessible(page);
  });

  test('a call-in cannot be cancelled: the duty to attend is explained and only moving or asking remains', async ({
    page,
  }) => {
    await citizenSignsIn(page, 'Henrik Mortensen');
    await page.goto('/samtaler');
    await page
      .locator('.meeting-list > li')
      .filter({ hasText: 'Visitationssamtale' })
      .first()
      .getByRole('link')
      .click();
    await expect(page.getByTestId('duty-to-attend')).toContainText('Du har pligt til at deltage');
    await expect(page.getByRole('button', { name: 'Aflys samtalen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Bed om en anden tid eller form' })).toBeVisible();
    await expectAccessible(page);
  });
});
