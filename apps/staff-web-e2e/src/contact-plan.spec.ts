import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, press } from '@jobunivers/web/e2e-support';

const SUSANNE = 'a0751000-0000-4000-8000-000000000003';

/** A CPR number no other test registers: a random date of birth in the 1980s and a random serial. */
const freshCpr = () => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(1 + Math.floor(Math.random() * 28))}${pad(1 + Math.floor(Math.random() * 12))}8${Math.floor(Math.random() * 10)}${1000 + Math.floor(Math.random() * 8999)}`;
};

/** Today in Copenhagen: the citizens' unemployment starts today, so every requirement lies ahead whatever the hour. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** Susanne Vestergaard, team lead and caseworker in Aarhus, by keyboard. */
async function teamLeadSignsIn(page: Page) {
  await page.goto('/log-ind');
  await press(page.getByRole('button', { name: 'Log ind som Susanne Vestergaard' }));
  await expect(page.getByTestId('signed-in')).toBeVisible();
}

/**
 * Registers a small cohort of dagpenge citizens of its own (so the 25 % quota has room whichever project runs first, and
 * the test never depends on the other project's exemptions), and gives the first to the signed-in team lead.
 */
async function newCohort(page: Page, size: number): Promise<{ id: string; name: string }> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const registered = await page.request.post('/api/v1/citizens', {
      headers: { 'x-xsrf-token': xsrf },
      data: {
        cpr: freshCpr(),
        firstName: `Kontakt${i}`,
        lastName: 'Kohorte',
        email: `kohorte${i}@example.dk`,
        phone: '+4530303030',
        postalCode: '8000',
        benefitType: 'unemployment_benefit',
        unemployedSince: today(),
      },
    });
    expect(registered.status()).toBe(201);
    ids.push(((await registered.json()) as { id: string }).id);
  }
  const [id = ''] = ids;
  const assigned = await page.request.patch(`/api/v1/citizens/${id}/assignment`, {
    headers: { 'x-xsrf-token': xsrf },
    data: { caseworkerId: SUSANNE },
  });
  expect(assigned.status()).toBe(200);
  return { id, name: 'Kontakt0 Kohorte' };
}

test.describe('contact requirements on the citizen page', () => {
  test('a caseworker exempts a citizen from the contact requirements (a too-short reason refused first), sees the quota, and lifts it again', async ({
    page,
  }) => {
    // Four registrations and four axe scans of the long citizen page: room for a busy machine.
    test.setTimeout(180_000);
    await teamLeadSignsIn(page);
    const citizen = await newCohort(page, 4);

    await page.goto(`/borgere/${citizen.id}`);
    await expect(page.getByRole('heading', { level: 1, name: citizen.name })).toBeVisible();
    const plan = page.getByTestId('contact-plan');
    await expect(plan.getByRole('heading', { level: 2, name: 'Samtalekrav' })).toBeVisible();
    await expect(plan.getByRole('row', { name: /Første jobsamtale/ })).toContainText('Skal holdes');
    await expect(plan.getByRole('row', { name: /^Jobsamtale / })).toContainText('Skal holdes');
    await expect(page.getByTestId('exemption-quota')).toContainText(
      /Kommunen kan undtage \d+ borgere? mere i denne målgruppe/,
    );
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // Too short: the DKFDS error summary, focused, leading to the field; nothing is saved.
    const reason = page.getByLabel('Begrundelse');
    await reason.fill('Job');
    await press(plan.getByRole('button', { name: 'Undtag fra samtalekrav' }));
    const summary = page.getByRole('alert').filter({ hasText: 'Undtagelsen blev ikke gemt' });
    await expect(summary).toContainText('Begrundelsen skal være mindst 10 tegn.');
    await expect(summary).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await reason.fill('Har fået fast job fra næste måned; faste samtaler giver ikke mening.');
    await press(plan.getByRole('button', { name: 'Undtag fra samtalekrav' }));
    await expect(plan.getByRole('heading', { level: 3, name: 'Undtaget fra samtalekrav' })).toBeVisible();
    await expect(plan.getByRole('status')).toContainText('Borgeren er undtaget fra samtalekravene.');
    await expect(plan.getByTestId('exemption')).toContainText(
      'Har fået fast job fra næste måned; faste samtaler giver ikke mening.',
    );
    await expect(plan.getByTestId('exemption')).toContainText('Undtaget af Susanne Vestergaard');
    await expect(plan.getByRole('row', { name: /^Jobsamtale / })).toContainText('Undtaget');
    // The first meeting stays mandatory.
    await expect(plan.getByRole('row', { name: /Første jobsamtale/ })).toContainText('Skal holdes');
    await expect(page.getByTestId('exemption-quota')).toContainText(/\d+ af \d+ tilladte undtagelser er brugt/);
    await expectAccessible(page);

    // Lifting asks once, then the requirements apply again.
    page.once('dialog', (dialog) => void dialog.accept());
    await press(plan.getByRole('button', { name: 'Ophæv undtagelsen' }));
    await expect(plan.getByRole('status')).toContainText('Undtagelsen er ophævet.');
    await expect(plan.getByRole('row', { name: /^Jobsamtale / })).toContainText('Skal holdes');
  });
});

test.describe('contact requirements in Nøgletal', () => {
  test('a team lead sees the law’s lines: at least 75 % contact coverage and at most 25 % exempt', async ({ page }) => {
    test.setTimeout(120_000);
    await teamLeadSignsIn(page);
    await page.goto('/noegletal');
    // The report is computed on request: on a busy machine that takes a while.
    await expect(page.getByRole('heading', { level: 2, name: 'Samtalekrav (loven)' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('kpi-line-contact_coverage')).toHaveText(
      /Stiplet linje: lovens mål på mindst 75\s%\./,
    );
    await expect(page.getByTestId('kpi-line-exempt_share')).toHaveText(/Stiplet linje: højst 25\s% må undtages\./);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
  });
});
