import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createI18n, resources } from '@jobunivers/web/i18n';
import { fetchRoutes, NOT_SIGNED_IN, renderApp } from '@jobunivers/web/testing';
import App from './app';

const renderAt = (path: string) => renderApp(App, 'citizen', path);

const sofie = { kind: 'citizen', id: 'c1', name: 'Sofie Jensen', roles: ['citizen'], municipalityCode: '0751' };

describe('citizen app', () => {
  it("renders its header and navigation before the pages' texts have arrived (they are a chunk of their own)", async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    let arrive: (texts: object) => void = () => undefined;
    const pagesTexts = new Promise<object>((resolve) => (arrive = resolve));
    const i18n = createI18n(
      'citizen',
      {
        da: {
          common: resources.da.common,
          citizenShell: resources.da.citizenShell,
          citizen: () => pagesTexts,
          server: async () => resources.da.server,
        },
        en: async () => resources.en,
      },
      'da',
    );
    renderApp(App, 'citizen', '/', i18n);
    // The shell (skip link, header, navigation) is there at once; the page waits, announced.
    expect(screen.getByRole('link', { name: 'Gå til indhold' })).toBeInTheDocument();
    expect((await screen.findAllByRole('link', { name: 'Overblik' }))[0]).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    arrive(resources.da.citizen);
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen til Jobunivers' })).toBeInTheDocument();
  });

  it('greets in Danish and offers MitID sign-in when nobody is signed in', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen til Jobunivers' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: 'Log ind' })[0]).toHaveAttribute(
        'href',
        '/api/v1/auth/citizen/login?returnTo=%2F',
      ),
    );
  });

  it('says the server cannot be reached (never "Log ind") when /me fails with 5xx, and recovers on "Prøv igen"', async () => {
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [503, { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' }],
    };
    fetchRoutes(routes);
    renderAt('/');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Vi kan ikke få forbindelse til Jobunivers' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log ind' })).not.toBeInTheDocument();
    routes['GET /api/v1/me'] = [200, sofie];
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByTestId('greeting')).toHaveTextContent('Hej Sofie'));
  });

  it('shows the signed-in citizen by name and signs out with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-value';
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [200, sofie],
      'POST /api/v1/auth/citizen/logout': [200, { logoutUrl: null }],
    };
    const { fetch } = fetchRoutes(routes);
    renderAt('/');
    await waitFor(() => expect(screen.getByText('Logget ind som Sofie Jensen')).toBeInTheDocument());
    expect(screen.getByTestId('greeting')).toHaveTextContent('Hej Sofie');
    routes['GET /api/v1/me'] = NOT_SIGNED_IN; // what the API answers once the session has ended
    fireEvent.click(screen.getByRole('button', { name: 'Log ud' }));
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Log ind' }).length).toBeGreaterThan(0));
    const signOut = fetch.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'POST');
    expect(signOut?.headers.get('x-xsrf-token')).toBe('csrf-value');
  });

  it('lists who has seen my data in plain language', async () => {
    fetchRoutes({
      'GET /api/v1/me': [200, sofie],
      'GET /api/v1/me/access-log/grouped': [
        200,
        {
          items: [
            {
              date: '2026-11-20',
              actorKind: 'staff',
              actorName: 'Mette Kjær',
              municipalityCode: '0751',
              firstAt: '2026-11-20T09:30:00Z',
              lastAt: '2026-11-20T09:40:00Z',
              count: 97,
              seen: ['lists', 'plan'],
              reasons: ['caseload'],
              statedPurposes: [],
              changed: false,
            },
          ],
          page: 1,
          limit: 20,
          total: 1,
          totalPages: 1,
        },
      ],
    });
    renderAt('/mine-data/adgangslog');
    await waitFor(() => expect(screen.getByText('Mette Kjær')).toBeInTheDocument());
    expect(screen.getByText(/så dit navn på en arbejdsliste \(fx sagsstammen\) og din plan\./)).toBeInTheDocument();
    expect(screen.getByText('Hvorfor: du er på jobkonsulentens sagsstamme.')).toBeInTheDocument();
    expect(screen.getByText('Mellem kl. 10.30 og 10.40')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /fredag den 20\. november 2026/ })).toBeInTheDocument();
    expect(screen.queryByText(/caseload/)).toBeNull();
  });

  it('explains plainly when the person is not registered with any jobcentre', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/ikke-tilmeldt');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du er ikke tilmeldt et jobcenter' }),
    ).toBeInTheDocument();
  });

  it('shows a not-found page with a way home for unknown addresses', () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/findes-ikke');
    expect(screen.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  });

  it('refuses a postal code that is not 4 digits before asking the API, with an error summary', async () => {
    const { calls } = fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/');
    fireEvent.change(screen.getByLabelText('Postnummer'), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find jobcenter' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Der er en fejl i formularen'));
    expect(screen.getByLabelText('Postnummer')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.includes('postal-codes'))).toEqual([]);
  });

  it('says on Samtaler which meetings the law requires and by when, and that the rest is the citizen’s own choice', async () => {
    const requirement = (kind: string, dueBy: string, status: string, meetingId: string | null = null) => ({
      kind,
      index: 1,
      from: '2026-09-14',
      dueBy,
      form: 'any',
      status,
      meetingId,
    });
    fetchRoutes({
      'GET /api/v1/me': [200, sofie],
      'GET /api/v1/me/meetings': [200, { items: [] }],
      'GET /api/v1/me/contact-plan': [
        200,
        {
          ruleSetId: 'lov-1750-2026',
          targetGroup: 'unemployment_benefit',
          unemployedSince: '2026-09-14',
          requirements: [
            requirement('first_meeting', '2026-09-28', 'met', 'm1'),
            requirement('job_meetings', '2027-03-16', 'due'),
            requirement('month_16_meeting', '2028-01-13', 'due'),
          ],
          exemption: null,
        },
      ],
    });
    renderAt('/samtaler');
    await waitFor(
      () =>
        expect(screen.getByTestId('contact-plan')).toHaveTextContent(
          'Du skal til mindst 2 jobsamtaler senest 16. marts 2027. Den første skal være senest 28. september 2026.',
        ),
      { timeout: 10_000 },
    );
    expect(screen.getByTestId('contact-plan')).toHaveTextContent('1 af 2 er holdt.');
    expect(screen.getByTestId('contact-plan')).toHaveTextContent(
      'Omkring din 16. måned som ledig skal du til en samtale, senest 13. januar 2028.',
    );
    expect(screen.getByTestId('contact-plan')).toHaveTextContent('Alt andet er dit eget valg');
  }, 30_000);
});
