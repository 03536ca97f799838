import { expect, test } from '@playwright/test';
import { citizenSignsIn, expectAccessible, navigate } from '@jobunivers/web/e2e-support';

const STAFF = process.env['E2E_COMPANION_URL']!;
/** One newcomer per project, so the desktop and phone runs each register their own person. */
const NEWCOMERS: Record<string, { cpr: string; firstName: string; lastName: string }> = {
  desktop: { cpr: '050493-1357', firstName: 'Ida', lastName: 'Lauridsen' },
  phone: { cpr: '171087-2468', firstName: 'Emil', lastName: 'Skov' },
};
const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
};

test.describe('the citizen journey through both apps', () => {
  test('a caseworker registers a citizen → the citizen sees the visitation call, fills the self-assessment and the profile → the caseworker screens → the citizen sees track and summary', async ({
    page,
    browser,
  }, testInfo) => {
    // A long flow through two apps and two sign-ins: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    const person = NEWCOMERS[testInfo.project.name];
    const fullName = `${person.firstName} ${person.lastName}`;
    const staffContext = await browser.newContext({ baseURL: STAFF, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
    const staff = await staffContext.newPage();

    // 1. The caseworker registers the newly unemployed citizen.
    await staff.goto('/log-ind');
    await staff.getByRole('button', { name: 'Log ind som Mette Kjær' }).click();
    await expect(staff.getByTestId('signed-in')).toBeVisible();
    await staff.goto('/borgere/tilmeld');
    await staff.getByLabel('CPR-nummer').fill(person.cpr);
    await staff.getByLabel('Fornavn').fill(person.firstName);
    await staff.getByLabel('Efternavn').fill(person.lastName);
    await staff.getByLabel('E-mail').fill(`${person.firstName.toLowerCase()}@example.dk`);
    await staff.getByLabel('Telefon').fill('+45 40 50 60 70');
    await staff.getByLabel('Postnummer').fill('8000');
    await staff.getByLabel('Kontanthjælp', { exact: true }).check();
    await staff.getByLabel('Ledig fra').fill(inDays(-3));
    await staff.getByRole('button', { name: 'Tilmeld borger' }).click();
    // The receipt says who has the case and how the visitation call went out; then the citizen's page.
    await expect(staff.getByTestId('registration-receipt')).toBeVisible();
    await staff.getByRole('link', { name: 'Åbn borgerens side' }).click();
    await expect(staff.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
    await expect(staff.getByTestId('track')).toHaveText('Ikke screenet');

    // 2. The citizen signs in with MitID and sees the call to visitation.
    await citizenSignsIn(page, fullName);
    await expect(page.getByRole('heading', { name: 'Næste skridt' })).toBeVisible();
    // Registration invited them to visitation at their caseworker's first free time.
    await expect(page.getByText(/Du er indkaldt til visitationssamtale .+ kl\. \d\d\.\d\d\./)).toBeVisible();
    await expectAccessible(page);
    await navigate(page, 'Sagsgang');
    await expect(page.getByText(/Du bliver kaldt til en visitationssamtale med jobcentret senest/)).toBeVisible();
    await expect(
      page.getByText('Mette Kjær er nu din jobkonsulent.').or(page.getByText(/er nu din jobkonsulent\./)),
    ).toBeVisible();
    await expectAccessible(page);

    // 3. The self-assessment, with an error summary when something is missing.
    await page.goto('/min-screening/selvvurdering');
    await page.getByRole('button', { name: 'Gem selvvurdering' }).click();
    await expect(page.getByRole('alert')).toContainText('Hvor sikker er du på at finde job inden for 3 måneder?');
    await expectAccessible(page);
    const question = (text: string) => page.getByRole('group', { name: text });
    await question('Hvor sikker er du på at finde job inden for 3 måneder?').getByLabel('2', { exact: true }).check();
    await question('Har du helbredsmæssige begrænsninger for, hvilket arbejde du kan tage?').getByLabel('Nej').check();
    await question('Hvor godt klarer du dig med digitale selvbetjeningsløsninger?').getByLabel('5 – meget').check();
    await question('Hvor godt taler og læser du dansk?').getByLabel('Dansk er mit modersmål').check();
    await question('Har du udfordringer med børnepasning?').getByLabel('Ja').check();
    await question('Har du udfordringer med at komme frem og tilbage til et job?').getByLabel('Nej').check();
    await question('Vil du gerne have personlig hjælp fra en jobkonsulent?').getByLabel('Nej').check();
    await page.getByRole('button', { name: 'Gem selvvurdering' }).click();
    await expect(page.getByText('Tak – din selvvurdering er gemt')).toBeVisible();

    // 4. The profile/CV, with the occupation catalogue; a bad postal code is caught first.
    await navigate(page, 'Profil og CV');
    await expect(page.getByRole('heading', { level: 1, name: 'Profil og CV' })).toBeVisible();
    await page.getByLabel('Søg efter job').fill('kontorass');
    await page.getByRole('button', { name: 'Tilføj Kontorassistenter', exact: true }).click();
    await page.getByLabel('Søg efter kompetence').fill('truck');
    await page.getByRole('button', { name: 'Tilføj Truckcertifikat', exact: true }).click();
    await page.getByLabel('Eller skriv med dine egne ord').fill('Dokumenthåndtering');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByLabel('Fuld tid', { exact: true }).check();
    await page.getByLabel('Video', { exact: true }).check();
    await page.getByLabel('Postnummer', { exact: true }).fill('0001');
    await page.getByRole('button', { name: 'Gem profil' }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText('Skriv et dansk postnummer');
    await expect(page.getByLabel('Postnummer', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await page.getByLabel('Postnummer', { exact: true }).fill('8000');
    await page.getByRole('button', { name: 'Gem profil' }).click();
    await expect(page.getByText('Din profil er gemt.')).toBeVisible();
    await expect(page.getByText(/Din profil er \d+ % udfyldt/)).toBeVisible();

    // 5. The caseworker sees profile and indicators, and records a screening with a track.
    await staff.reload();
    await expect(staff.getByTestId('profile')).toContainText('Kontorassistenter');
    await expect(staff.getByTestId('profile')).toContainText('Truckcertifikat, Dokumenthåndtering');
    await expect(staff.getByTestId('indicators')).toContainText('Lav tiltro til at finde job, Børnepasning');
    await staff
      .getByLabel('Din vurdering')
      .fill('Jobparat. Usikker på jobsøgning, men stærk digitalt. Børnepasning skal løses.');
    await staff.getByLabel('Selvbetjening i jobuniverset').check();
    await staff
      .getByLabel('Opsummering til borgeren')
      .fill(
        'Du klarer dig godt digitalt. Brug jobuniverset til at søge job, og book en samtale med mig, hvis du får brug for det.',
      );
    await staff.getByLabel('Næste screening senest').fill(inDays(42));
    await staff.getByRole('button', { name: 'Gem screening' }).click();
    await expect(staff.getByText('Screeningen er gemt, og borgeren kan se sit spor.')).toBeVisible();
    await expect(staff.getByTestId('track')).toHaveText('Selvbetjening');
    await expectAccessible(staff);

    // 6. The citizen sees the track and the summary written for them.
    await page.goto('/min-screening');
    await expect(page.getByTestId('track')).toContainText('Selvbetjening i jobuniverset');
    await expect(page.getByTestId('summary')).toHaveText(
      'Du klarer dig godt digitalt. Brug jobuniverset til at søge job, og book en samtale med mig, hvis du får brug for det.',
    );
    await expectAccessible(page);
    await page.getByLabel('Kommentar').fill('Tak – det lyder godt.');
    await page.getByRole('button', { name: 'Send kommentar' }).click();
    await expect(page.getByText('Din kommentar: "Tak – det lyder godt."')).toBeVisible();
    await staffContext.close();
  });
});
