import { expect, type Page, test } from '@playwright/test';
import { citizenSignsIn, expectAccessible, expectNoHorizontalScroll, staffSignsIn } from '@jobunivers/web/e2e-support';

const STAFF = process.env['E2E_COMPANION_URL']!;
/** Per project: a citizen and the team lead of their jobcentre (announcements read no citizen data). */
const PEOPLE: Record<string, { citizen: string; lead: string }> = {
  desktop: { citizen: 'Sofie Jensen', lead: 'Susanne Vestergaard' },
  phone: { citizen: 'Henrik Mortensen', lead: 'Birgitte Friis' },
};

const unreadOf = async (page: Page) => {
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  return Number(/(\d+) ulæst/.exec(label)?.[1] ?? 0);
};

test.describe('notifications: settings, push, and the live bell', () => {
  test('citizen chooses channels and quiet hours, tries push; a team lead’s announcement rings the bell without reload; the centre marks it read', async ({
    page,
    browser,
    context,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { citizen, lead } = PEOPLE[testInfo.project.name];
    await context.grantPermissions(['notifications']);
    await citizenSignsIn(page, citizen);

    // Settings: channels per category, quiet hours, language — saved and kept.
    await page.goto('/indstillinger');
    await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
    const jobsByMail = page.getByRole('group', { name: /^Job/ }).getByLabel('E-mail');
    await expect(jobsByMail).not.toBeChecked();
    await jobsByMail.check();
    await page.getByLabel('Fra kl.').fill('21:30');
    await page.getByRole('button', { name: 'Gem valg' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dine valg er gemt.' })).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.reload();
    await expect(page.getByRole('group', { name: /^Job/ }).getByLabel('E-mail')).toBeChecked();
    await expect(page.getByLabel('Fra kl.')).toHaveValue('21:30');

    // Push: permission is granted; this headless browser has no push service to subscribe at, so
    // either it subscribes or it says clearly that push could not be turned on (the receiver
    // integration test covers delivery of real, decryptable pushes).
    await expect(page.getByTestId('push-state')).toHaveText('Push er slået fra på denne enhed.');
    await page.getByRole('button', { name: 'Slå push til' }).click();
    await expect(
      page.getByText(/^(Push er slået til på denne enhed\.|Push kunne ikke slås til i denne browser\. .*)$/),
    ).toBeVisible();
    expect(
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.scriptURL ?? null)),
    ).toMatch(/\/sw\.js$/);

    // The citizen waits on Overblik; a team lead sends an announcement from the console.
    await page.goto('/');
    await expect(page.getByTestId('notification-bell')).toBeVisible();
    // The count from the API itself (the bell may still be loading it), then the bell must show it.
    const before = (
      (await (await page.request.get('/api/v1/me/notifications/unread-count')).json()) as { unread: number }
    ).unread;
    await expect.poll(() => unreadOf(page)).toBe(before);
    const { staff, close: closeStaff } = await staffSignsIn(browser, STAFF, lead);
    await staff.goto('/meddelelser');
    await expect(staff.getByRole('heading', { level: 1, name: 'Meddelelser til borgerne' })).toBeVisible();
    const title = `Lukket 24. december (${testInfo.project.name} ${Date.now() % 100000})`;
    await staff.getByLabel('Overskrift').fill(title);
    await staff
      .getByLabel('Tekst', { exact: true })
      .fill('Jobcentret holder lukket juleaftensdag. Du kan stadig booke samtaler her.');
    await staff.getByRole('button', { name: 'Send til alle borgere' }).click();
    await expect(staff.getByRole('status').filter({ hasText: 'Meddelelsen er på vej til borgerne.' })).toBeVisible();
    await expect(
      staff.getByRole('region', { name: 'Sendte meddelelser' }).getByRole('row').filter({ hasText: title }),
    ).toContainText(/Sendt til \d+ borgere/);
    await expectAccessible(staff);

    // No reload: the bell counts one more.
    await expect.poll(() => unreadOf(page), { timeout: 15_000 }).toBeGreaterThan(before);
    await page.getByTestId('notification-bell').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifikationer' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Notifikationer' }).getByRole('listitem').first()).toContainText(title);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Markér alle som læst' }).click();
    await expect(page.getByTestId('unread-status')).toHaveText('Du har læst alle dine notifikationer.');
    await expect(page.getByTestId('notification-bell')).toHaveAttribute('aria-label', 'Notifikationer');

    // The console has its own centre (the lead's, here empty or not — it answers and passes axe).
    await staff.getByTestId('notification-bell').click();
    await expect(staff.getByRole('heading', { level: 1, name: 'Notifikationer' })).toBeVisible();
    await expectAccessible(staff);
    await closeStaff();
  });
});
