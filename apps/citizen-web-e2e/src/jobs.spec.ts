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
/** One citizen with a demo profile per project, each with their own caseworker. */
const PEOPLE: Record<string, { citizen: string; caseworker: string }> = {
  desktop: { citizen: 'Mads Pedersen', caseworker: 'Jonas Holm' },
  phone: { citizen: 'Fatima Ali', caseworker: 'Anne Dahl' },
};

test.describe('jobs that fit, with the reasons, through both apps', () => {
  test('citizen sees matches with reasons, saves a job and logs an application; the caseworker sends a suggestion and sees the answer; a job ad is added in the console', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(150_000);
    const { citizen, caseworker } = PEOPLE[testInfo.project.name];
    await citizenSignsIn(page, citizen);
    // Overblik shows the three best jobs with their reasons.
    await expect(page.getByTestId('best-jobs').getByRole('listitem').first()).toContainText('Matcher dit jobønske');

    await navigate(page, 'Job');
    await expect(page.getByRole('heading', { level: 1, name: 'Job til dig' })).toBeVisible();
    const first = page.getByTestId('job-matches').locator('> li').first();
    await expect(first.getByRole('list', { name: 'Derfor passer jobbet' })).toContainText('Matcher dit jobønske');
    await expect(first).toContainText('km fra dig');
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const title = (await first.getByRole('heading').innerText()).trim();
    await first.getByRole('button', { name: new RegExp(`^Gem`) }).click();
    await expect(first.getByRole('button', { name: new RegExp('^Gemt') })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('link', { name: 'Gemte job' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gemte job' })).toBeVisible();
    await expect(page.getByTestId('saved-jobs')).toContainText(title);
    await expectAccessible(page);

    await page.getByTestId('saved-jobs').getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('reasons')).toContainText('Matcher dit jobønske');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skriv i joblog' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ansøgningen er skrevet i din joblog.' })).toBeVisible();
    await page.getByRole('status').getByRole('link', { name: 'Joblog' }).click();
    await expect(page.getByTestId('joblog')).toContainText(title);

    await navigate(page, 'Job');
    await page.getByRole('link', { name: 'Søg job' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Søg job' })).toBeVisible();
    await page.getByLabel('Søgeord').fill(title.split(' ')[0]);
    await page.getByLabel('Afstand fra dit hjem').selectOption('50');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByTestId('job-results').getByRole('link', { name: title }).first()).toBeVisible();
    await expect(page).toHaveURL(/afstand=50/);
    await expectAccessible(page);

    // The caseworker sends a job suggestion from the citizen page.
    const { staff, close: closeStaff } = await staffSignsIn(browser, STAFF, caseworker);
    await navigate(staff, 'Borgere');
    await press(staff.getByRole('link', { name: citizen }));
    await expect(staff.getByRole('heading', { level: 1, name: citizen })).toBeVisible();
    await expect(staff.getByTestId('citizen-matches').getByRole('listitem').first()).toContainText(
      'Matcher dit jobønske',
    );
    const suggested = (await staff.getByLabel('Job', { exact: true }).locator('option').first().innerText()).split(
      ' – ',
    )[0];
    await staff.getByLabel('Besked til borgeren (frivilligt)').fill('Det her kunne passe til dig');
    await press(staff.getByRole('button', { name: 'Send jobforslag' }));
    await expect(staff.getByRole('status').filter({ hasText: 'Jobforslaget er sendt til borgeren.' })).toBeVisible();
    await expect(staff.getByTestId('citizen-job-suggestions')).toContainText('afventer svar');
    await expect(staff.getByTestId('citizen-joblog')).toContainText(title);
    await expectAccessible(staff);

    // The citizen answers "I applied".
    await navigate(page, 'Job');
    const suggestion = page.getByTestId('job-suggestions').locator('> li').filter({ hasText: suggested });
    await expect(suggestion).toContainText('Det her kunne passe til dig');
    await expectAccessible(page);
    await suggestion.getByRole('button', { name: 'Jeg har søgt' }).click();
    await expect(suggestion).toContainText('Du har svaret: Jeg har søgt.');

    // The caseworker sees the answer.
    await staff.reload();
    await expect(staff.getByTestId('citizen-job-suggestions')).toContainText('Borgeren har søgt');

    // A company consultant adds a job ad; the API names what is missing first.
    await navigate(staff, 'Jobannoncer');
    await expect(staff.getByRole('heading', { level: 1, name: 'Jobannoncer' })).toBeVisible();
    await expectAccessible(staff);
    await press(staff.getByRole('button', { name: 'Opret jobannonce' }));
    const adTitle = `Servicemedarbejder ${testInfo.project.name}`;
    await staff.getByLabel('Stillingsbetegnelse').fill(adTitle);
    await press(staff.getByRole('button', { name: 'Offentliggør' }));
    await expect(
      staff.getByText('hiringOrganization must be an Organization with a name of 1–200 characters'),
    ).toBeVisible();
    await expectAccessible(staff);
    await staff.getByLabel('Arbejdsgiver').fill('Kommunens Servicecenter');
    await staff.getByLabel('Beskrivelse').fill('Vi søger en servicemedarbejder til vores rådhus.');
    await staff.getByLabel('Postnummer').fill('8000');
    await staff.getByLabel('Stillingskode (ISCO-08/DISCO-08)').fill('9112');
    await staff.getByLabel('Kompetencer').fill('cleaning, customer-service');
    await press(staff.getByRole('button', { name: 'Offentliggør' }));
    await expect(staff.getByRole('button', { name: 'Offentliggør' })).toHaveCount(0);
    await staff.getByLabel('Kun jobcentrets egne (også udløbne)').focus();
    await staff.keyboard.press('Space');
    await staff.keyboard.press('Enter');
    await expect(staff).toHaveURL(/egne=1/);
    await expect(staff.getByTestId('job-ads').getByRole('row').filter({ hasText: adTitle })).toContainText(
      'Kommunens Servicecenter',
    );
    await closeStaff();
  });
});
