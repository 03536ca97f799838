import { type BrowserContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { citizenSignsIn, expectAccessible, expectSignedInAs, navigate, openMenu } from '@jobunivers/web/e2e-support';

/** A first visit installs the worker and fills its cache beside the page's own requests: more patience than usual. */
const SLOW = 30_000;
const expect = baseExpect.configure({ timeout: SLOW });

/** The service worker's cache of saved reads (apps/citizen-web/public/sw.js). */
const DATA_CACHE = 'jobunivers-data';

/** The keys of the reads saved for offline use on this device (none when the cache is gone). */
const savedReads = (page: Page) =>
  page.evaluate(
    async (name) =>
      (await caches.has(name)) ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [],
    DATA_CACHE,
  );

/** Until the service worker controls the page (it claims the page it was installed from). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The network is gone for the pages and for the service worker's own requests. */
const offline = (context: BrowserContext, value: boolean) => context.setOffline(value);

test.describe('the citizen app offline', () => {
  test('opens offline with the last-seen plan and meetings under the offline banner, read-only; after sign-out nothing personal is left', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    // The worker installs on the first visit (and keeps the app shell) before anyone signs in.
    await page.goto('/');
    await controlled(page);
    await citizenSignsIn(page, 'Sofie Jensen', { timeout: SLOW });

    // Online: the start page, the plan and the meetings are read once with the worker in control.
    await page.reload();
    await expect(page.getByTestId('greeting')).toContainText('Hej Sofie');
    await navigate(page, 'Mit forløb');
    await expect(page.getByRole('heading', { level: 2, name: 'Sådan går det' })).toBeVisible();
    await navigate(page, 'Samtaler');
    await expect(page.getByRole('heading', { level: 1, name: 'Samtaler' })).toBeVisible();
    await expect(page.getByTestId('page-loading')).toHaveCount(0);
    await expect
      .poll(() => savedReads(page))
      .toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/me/plan', '/api/v1/me/meetings', '/api/v1/me/profile']));
    // Only the allow-listed reads are kept: never the conversations, notifications or the data export.
    for (const path of await savedReads(page))
      expect(path).toMatch(
        /^\/(api\/v1\/me(\/(plan|meetings(\/[0-9a-f-]{36})?|profile|screening|self-assessment|timeline|joblog|job-matches|job-suggestions))?|__jobunivers\/subject)$/,
      );

    // Offline, a reload of the plan opens the app (not the browser's error page) with the saved plan.
    await navigate(page, 'Mit forløb');
    await expect(page.getByRole('heading', { level: 2, name: 'Sådan går det' })).toBeVisible();
    await offline(context, true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mit forløb' })).toBeVisible();
    await expect(page.getByTestId('offline-banner')).toContainText(/Offline — vist som det så ud kl\. \d{2}\.\d{2}/);
    await expect(page.getByRole('heading', { level: 2, name: 'Sådan går det' })).toBeVisible();
    await expectSignedInAs(page, 'Sofie Jensen');
    // Read-only: the page's buttons are disabled while offline.
    await expect(page.getByRole('button', { name: 'Udskriv plan' })).toBeDisabled();
    await expectAccessible(page);

    // The saved meetings open too, in the app's own navigation.
    await navigate(page, 'Samtaler');
    await expect(page.getByRole('heading', { level: 1, name: 'Samtaler' })).toBeVisible();
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await expectAccessible(page);

    // Back online the banner goes; sign out (single logout through the MitID simulator).
    await offline(context, false);
    await page.goto('/');
    await expect(page.getByTestId('greeting')).toContainText('Hej Sofie');
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
    await openMenu(page);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(/\/\?logget-ud$/);
    await expect(page.getByRole('link', { name: 'Log ind' }).first()).toBeVisible();
    await expect.poll(() => savedReads(page)).toEqual([]);

    // Offline again: the app still opens, with nothing of Sofie's.
    await offline(context, true);
    await page.goto('/mit-forloeb');
    await expect(page.getByRole('heading', { level: 1, name: 'Mit forløb' })).toBeVisible();
    await expect(page.getByText('Logget ind som Sofie Jensen', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Sådan går det' })).toHaveCount(0);
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
    await expect(page.getByText('Sofie')).toHaveCount(0);
    await offline(context, false);
  });

  test('speaks English offline too', async ({ page, context }) => {
    test.setTimeout(180_000);
    // The worker installs on the first visit (and keeps the app shell) before anyone signs in.
    await page.goto('/');
    await controlled(page);
    await citizenSignsIn(page, 'Sofie Jensen', { timeout: SLOW });
    await openMenu(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/mit-forloeb');
    await expect(page.getByRole('heading', { level: 2, name: 'Progress' })).toBeVisible();
    await offline(context, true);
    await page.reload();
    await expect(page.getByTestId('offline-banner')).toContainText(/Offline — shown as it was at \d{2}:\d{2}/);
    await expectAccessible(page);
    await offline(context, false);
  });
});
