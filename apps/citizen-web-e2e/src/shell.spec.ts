import { expect, type Page, test } from '@playwright/test';
import { citizenSignsIn, expectAccessible, expectNoHorizontalScroll, staffSignsIn } from '@jobunivers/web/e2e-support';

const STAFF = process.env['E2E_COMPANION_URL']!;
/** The API's own paths only: in a dev server the app's source modules live under `…/api/…` too. */
const API = (url: URL) => url.pathname.startsWith('/api/');

/** Every day, all day, video in 15-minute slots (as in meetings.spec.ts): there are always free times to reach. */
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  startTime: '00:00',
  endTime: '23:45',
  form: 'video',
  slotMinutes: 15,
}));

const focused = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.id || document.activeElement?.textContent?.trim() || document.activeElement?.tagName,
  );

test.describe('the citizen app shell', () => {
  // These tests cut the API off with page.route, which does not see requests a service worker makes: the
  // offline worker (offline.spec.ts) would fetch past the cut. Here the page talks to the network itself.
  test.use({ serviceWorkers: 'block' });

  test('says the server cannot be reached, with the header and "Prøv igen" — never the signed-out page — and recovers on retry', async ({
    page,
  }) => {
    await citizenSignsIn(page, 'Sofie Jensen');

    // The network is down: every API request fails.
    await page.route(API, (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vi kan ikke få forbindelse til Jobunivers' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('serveren ikke svarer');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Log ind' })).toHaveCount(0);
    await expect(page.getByTestId('greeting')).toHaveCount(0);
    await expectAccessible(page);

    // The server answers 503 on another page: the same, not "Log ind med MitID".
    await page.unroute(API);
    await page.route(API, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'unavailable' }),
      }),
    );
    await page.goto('/samtaler');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vi kan ikke få forbindelse til Jobunivers' }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByText('Log ind med MitID for at se din sag.')).toHaveCount(0);
    await expectAccessible(page);

    // The server is back: "Prøv igen" shows the page, signed in.
    await page.unroute(API);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Samtaler' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Book en samtale' })).toBeVisible();
    await expectAccessible(page);
  });

  test('on a 375 px phone: a short header, and a menu drawer that works by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await citizenSignsIn(page, 'Sofie Jensen');
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(185);
    await expectNoHorizontalScroll(page);

    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);
    // Keyboard only, from a fresh page: after the skip link, Tab reaches the menu button.
    await page.goto('/');
    await expect(page.getByTestId('greeting')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();
    for (let i = 0; i < 5 && !(await menu.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');

    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await expect(drawer).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toHaveAttribute('aria-controls', (await drawer.getAttribute('id'))!);
    await expect(drawer.getByRole('button', { name: 'Luk menu' })).toBeFocused();
    await expect(drawer.getByText('Logget ind som Sofie Jensen', { exact: true })).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'Log ud' })).toBeVisible();
    await expectAccessible(page);

    // Tab stays in the drawer: backwards from the first control is the last one (the language switch).
    await page.keyboard.press('Shift+Tab');
    await expect(drawer.getByRole('button', { name: 'Switch to English' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(drawer.getByRole('button', { name: 'Luk menu' })).toBeFocused();

    // Escape closes it and gives focus back to the menu button.
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    // Open again and follow a link by keyboard: Tab from "Luk" goes through the links in order.
    await page.keyboard.press('Enter');
    await expect(drawer.getByRole('button', { name: 'Luk menu' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(drawer.getByRole('link', { name: 'Overblik' })).toBeFocused();
    await expect(drawer.getByRole('link', { name: 'Overblik' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(drawer.getByRole('link', { name: 'Samtaler' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/samtaler$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Samtaler' })).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(menu).toBeFocused();
    await expectAccessible(page);

    // On a wide screen the links are in the header again, with no menu button.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(
      page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Samtaler' }),
    ).toBeVisible();
    await expect(menu).toHaveCount(0);
  });

  test('a failed profile save moves focus to the error summary, marks the field and links to it', async ({ page }) => {
    await citizenSignsIn(page, 'Mads Pedersen');
    await page.goto('/profil');
    await expect(page.getByRole('heading', { level: 1, name: 'Profil og CV' })).toBeVisible();
    const email = page.getByRole('textbox', { name: 'E-mail' });
    await email.fill('mads.pedersen-ikke-en-mail');
    await page.getByRole('button', { name: 'Gem profil' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText('Skriv en e-mailadresse');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Skriv en e-mailadresse/);
    await expectAccessible(page);
    await summary.getByRole('link', { name: /Skriv en e-mailadresse/ }).click();
    await expect(email).toBeFocused();

    // A problem only the server knows (no such postal code): its 400 is shown the same way.
    await email.fill('mads.pedersen@example.dk');
    await page.getByLabel('Postnummer', { exact: true }).fill('0001');
    await page.getByRole('button', { name: 'Gem profil' }).click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv et dansk postnummer');
    await expect(page.getByLabel('Postnummer', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(email).not.toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });

  test('booking by keyboard alone: after "Næste" the next Tab reaches the free times', async ({ page, browser }) => {
    const { staff, close } = await staffSignsIn(browser, STAFF, 'Karim Nielsen');
    const xsrf = (await staff.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const put = await staff.request.put('/api/v1/caseworkers/me/availability', {
      data: { windows: ALL_DAY, blocks: [] },
      headers: { 'x-xsrf-token': xsrf },
    });
    expect(put.status()).toBe(200);
    await close();

    await citizenSignsIn(page, 'Henrik Mortensen');
    await page.goto('/samtaler/book');
    await expect(page.getByRole('heading', { level: 2, name: 'Vælg form' })).toBeVisible();

    // "Næste" with nothing chosen: the summary takes focus and links to the choice.
    await page.getByRole('button', { name: 'Næste' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText('Vælg hvordan du vil holde samtalen.');
    await expect(page.getByRole('group', { name: 'Hvordan vil du holde samtalen?' })).toHaveAccessibleDescription(
      /Vælg hvordan du vil holde samtalen/,
    );
    await expectAccessible(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Fremmøde', { exact: true })).toBeFocused();

    // Choose "Video" with the arrow keys, Tab to "Næste", press Enter.
    for (let i = 0; i < 3 && !(await page.getByLabel('Video', { exact: true }).isChecked()); i++)
      await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Video', { exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Næste' })).toBeFocused();
    await page.keyboard.press('Enter');

    // Focus is on the new step's heading, so the next Tab is the first free time.
    const heading = page.getByRole('heading', { level: 2, name: 'Vælg tid' });
    await expect(heading).toBeFocused();
    const firstSlot = page.locator('input[name="slot"]').first();
    await expect(firstSlot).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Tab');
    await expect(firstSlot).toBeFocused();
    await page.keyboard.press('Space');
    await expect(firstSlot).toBeChecked();
    expect(await focused(page)).toMatch(/^slot-/);
  });
});
