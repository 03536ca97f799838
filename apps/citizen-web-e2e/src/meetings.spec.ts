import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, expectSignedInAs, navigate } from '@jobunivers/web/e2e-support';

const STAFF = process.env['E2E_COMPANION_URL']!;
const CITIZEN = 'Henrik Mortensen';
const CASEWORKER = 'Karim Nielsen';

/**
 * Every day, all day, video and phone in 15-minute slots (at :14, :29, :44 and :59), so the flow can book,
 * move and hold a meeting today until late: the last video slot is 23:29, the last phone slot 23:44.
 */
const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, startTime: '00:14', endTime: '23:44', form: 'video', slotMinutes: 15 },
  { weekday, startTime: '00:14', endTime: '23:59', form: 'phone', slotMinutes: 15 },
]);

const COPENHAGEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** The day (YYYY-MM-DD) and the minutes since midnight in Copenhagen. */
function copenhagen(at: Date): { day: string; minutes: number } {
  const [day, time] = COPENHAGEN.format(at).split(', ');
  const [hours, minutes] = time.split(':').map(Number);
  return { day, minutes: hours * 60 + minutes };
}

/**
 * The outcome "held" needs the meeting's day, so the meeting must be today: booked 10 minutes or more ahead
 * (23:29 at the latest, so a slow machine still moves it before it starts) and moved to a later phone time
 * (23:44 at the latest). A run that starts after 23:15 in Copenhagen waits for the new day: at most 45
 * minutes, on about 3 % of runs. Answers how long it waited.
 */
async function waitForRoomToday(page: Page): Promise<number> {
  const minutesLeft = 24 * 60 - copenhagen(new Date()).minutes;
  if (minutesLeft > 45) return 0;
  const wait = minutesLeft * 60_000 + 30_000;
  await page.waitForTimeout(wait);
  return wait;
}

/** The first free time today at least `leadMs` ahead (not `except`), from the slot picker's values ("start|caseworkerId"). */
async function slotToday(page: Page, leadMs: number, except?: string) {
  await expect(page.locator('input[name="slot"]').first()).toBeVisible();
  const values = await page
    .locator('input[name="slot"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const today = copenhagen(new Date()).day;
  const slot = values
    .map((value) => ({ value, start: value.split('|')[0] }))
    .find(
      ({ start }) =>
        Date.parse(start) >= Date.now() + leadMs && copenhagen(new Date(start)).day === today && start !== except,
    );
  expect(slot, `a free time today at least ${leadMs / 1000} s ahead`).toBeDefined();
  return { input: page.locator(`input[name="slot"][value="${slot?.value}"]`), start: slot?.start ?? '' };
}

async function citizenSignsIn(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Log ind' }).first().click();
  await page.getByLabel(new RegExp(CITIZEN)).check();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Fortsæt til Jobunivers' }).click();
  await expectSignedInAs(page, CITIZEN);
}

test.describe('meetings through both apps', () => {
  test('citizen books a video meeting → caseworker sees it in the calendar → citizen moves it to phone → caseworker marks it held with a shared summary → citizen reads it and rates the meeting', async ({
    page,
    browser,
  }) => {
    test.setTimeout(47 * 60_000);
    test.setTimeout((await waitForRoomToday(page)) + 300_000);
    const staffContext = await browser.newContext({ baseURL: STAFF, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    const staff = await staffContext.newPage();
    await staff.goto('/log-ind');
    await staff.getByRole('button', { name: `Log ind som ${CASEWORKER}` }).click();
    await expect(staff.getByTestId('signed-in')).toBeVisible();
    // The caseworker's availability editor; the times themselves are set over the API (14 rows).
    await navigate(staff, 'Kalender');
    await staff.getByRole('link', { name: 'Min tilgængelighed' }).click();
    await expect(staff.getByRole('heading', { level: 1, name: 'Min tilgængelighed' })).toBeVisible();
    await expect(staff.getByRole('button', { name: 'Gem tilgængelighed' })).toBeVisible();
    await expectAccessible(staff);
    const xsrf = (await staffContext.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const put = await staff.request.put('/api/v1/caseworkers/me/availability', {
      data: { windows: ALL_DAY, blocks: [] },
      headers: { 'x-xsrf-token': xsrf },
    });
    expect(put.status()).toBe(200);

    // 1. The citizen books a video meeting: form → time → topic → confirm.
    await citizenSignsIn(page);
    await navigate(page, 'Samtaler');
    await expect(page.getByRole('heading', { level: 1, name: 'Samtaler' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Book en samtale' }).click();
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect(page.getByRole('alert')).toContainText('Vælg hvordan du vil holde samtalen.');
    await page.getByLabel('Video', { exact: true }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Næste' }).click();
    // A time today ten minutes or more ahead: it must not start before the citizen has moved it (step 3).
    const slot = await slotToday(page, 10 * 60_000);
    await expectAccessible(page);
    await slot.input.check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.getByLabel('Emne (valgfrit)').fill('Mit CV og jobsøgning');
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect(page.getByTestId('booking-summary')).toContainText('Mit CV og jobsøgning');
    await expect(page.getByTestId('booking-summary')).toContainText(CASEWORKER);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Book samtalen' }).click();
    await expect(page.getByText('Din samtale er booket')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Deltag i videosamtalen' })).toHaveAttribute(
      'href',
      /^https:\/\/meet\.jit\.si\/jobunivers-/,
    );
    await expect(page.getByRole('link', { name: 'Tilføj til kalender' })).toHaveAttribute('href', /calendar\.ics/);
    await expectAccessible(page);
    const meetingId = new URL(page.url()).pathname.split('/').pop()!;

    // 2. The caseworker sees it in the calendar, in the meeting's week (near midnight or on a Sunday night it may be next week's).
    const booked = (await (await page.request.get(`/api/v1/me/meetings/${meetingId}`)).json()) as { start: string };
    const { day } = copenhagen(new Date(booked.start));
    await staff.goto(`/kalender?uge=${day}`);
    const inCalendar = staff.locator(`a[href="/moeder/${meetingId}"]`);
    await expect(inCalendar).toContainText(CITIZEN);
    await expectAccessible(staff);
    await inCalendar.click();
    await expect(staff.getByTestId('meeting-form')).toHaveText('Video');
    await expectAccessible(staff);

    // 3. The citizen moves it to a phone meeting.
    await page.getByRole('button', { name: 'Flyt samtalen' }).click();
    await page.getByLabel('Telefon', { exact: true }).check();
    await (await slotToday(page, 2 * 60_000, slot.start)).input.check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Gem ændringen' }).click();
    await expect(page.getByTestId('meeting-form')).toHaveText('Telefon');
    await expect(page.getByText(/Jobcentret ringer til dig på/)).toBeVisible();

    // 4. The caseworker marks it held with a shared summary and an internal note.
    await staff.reload();
    await expect(staff.getByTestId('meeting-form')).toHaveText('Telefon');
    await staff.getByLabel('Afholdt').check();
    await staff
      .getByLabel('Opsummering til borgeren')
      .fill('Vi aftalte, at du søger tre job om ugen og tager et CV-kursus.');
    await staff.getByLabel('Intern note').fill('God energi. Følg op om kurset.');
    await staff.getByRole('button', { name: 'Gem resultat' }).click();
    await expect(staff.getByText('Resultatet er gemt.')).toBeVisible();
    await expect(staff.getByTestId('meeting-status')).toHaveText('Afholdt');
    await expectAccessible(staff);

    // 5. The citizen reads the summary (never the internal note) and rates the meeting.
    await page.reload();
    await expect(page.getByTestId('shared-summary')).toHaveText(
      'Vi aftalte, at du søger tre job om ugen og tager et CV-kursus.',
    );
    await expect(page.getByText('Følg op om kurset')).toHaveCount(0);
    await page.getByLabel('5 – Rigtig god').check();
    await page.getByLabel('Kommentar (valgfri)').fill('Rart at kunne tage den i telefonen.');
    await page.getByRole('button', { name: 'Send bedømmelse' }).click();
    await expect(page.getByTestId('rating-saved')).toHaveText('Tak! Du gav samtalen 5 ud af 5.');
    await expectAccessible(page);
    await staffContext.close();
  });
});
