import { type Browser, expect, type Locator, type Page } from '@playwright/test';

/** A demo citizen signs in through the MitID simulator (NemLog-in SAML) and lands back in the app (within `timeout` ms). */
export async function citizenSignsIn(page: Page, name: string, { timeout }: { timeout?: number } = {}): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Log ind' }).first().click();
  await page.getByLabel(new RegExp(name)).check();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
  await expectSignedInAs(page, name, { timeout });
}

/**
 * An employee of a demo company signs in through the MitID simulator with MitID Erhverv (from "For virksomheder") and
 * lands in the company's pages, the header saying who for which company (within `timeout` ms).
 */
export async function employerSignsIn(
  page: Page,
  name: string,
  company: string,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  await page.goto('/virksomhed');
  await page.getByRole('link', { name: 'Log ind med MitID Erhverv' }).click();
  await page.getByLabel(new RegExp(`${name} \\(MitID Erhverv`)).check();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
  await expect(page).toHaveURL(/\/virksomhed$/, { timeout });
  await expectSignedInAs(page, `${name}, ${company}`, { timeout });
}

/** Below DKFDS's md breakpoint (768 px) the header's links, user menu and language switch are in the menu drawer. */
export const isPhone = (page: Page): boolean => (page.viewportSize()?.width ?? 1280) < 768;

/** Opens the phone menu drawer (nothing on wide screens, where everything is in the header). */
export async function openMenu(page: Page): Promise<void> {
  if (!isPhone(page)) return;
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
}

/** Follows a link of the main navigation (through the menu drawer on a phone). */
export async function navigate(page: Page, label: string): Promise<void> {
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: label, exact: true }).click();
}

/** "Logget ind som …" in the header (on a phone: in the menu drawer, which is closed again after). */
export async function expectSignedInAs(
  page: Page,
  name: string,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  await openMenu(page);
  await expect(page.getByText(`Logget ind som ${name}`, { exact: true })).toBeVisible({ timeout });
  if (isPhone(page)) await page.keyboard.press('Escape');
}

/** A demo staff member signs in to the console (at `baseURL`) in a browser context of their own. */
export async function staffSignsIn(
  browser: Browser,
  baseURL: string,
  name: string,
): Promise<{ staff: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const staff = await context.newPage();
  await staff.goto('/log-ind');
  await staff.getByRole('button', { name: `Log ind som ${name}` }).click();
  await expect(staff.getByTestId('signed-in')).toBeVisible();
  return { staff, close: () => context.close() };
}

/** By keyboard, as a busy caseworker would (and where the phone layout's sticky header may cover the target). */
export async function press(target: Locator): Promise<void> {
  await target.focus();
  await target.press('Enter');
}
