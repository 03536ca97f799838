import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fetchRoutes, NOT_SIGNED_IN, renderApp } from '@jobunivers/web/testing';
import App from './app';

const renderAt = (path: string) => renderApp(App, 'citizen', path);

const henrik = {
  kind: 'employer',
  id: 'e1',
  name: 'Henrik Bygholm',
  roles: ['employer'],
  municipalityCode: '0000',
  cvr: '29384756',
  companyName: 'Østjysk Byg A/S',
};
const sofie = { kind: 'citizen', id: 'c1', name: 'Sofie Jensen', roles: ['citizen'], municipalityCode: '0751' };
const request = {
  id: '7d3c1a52-0f5e-4c58-9d2a-1f6b0b4a9e11',
  kind: 'recruitment',
  title: 'Tømrere til Aarhus Ø',
  description: 'To tømrere til nybyggeri.',
  occupationCode: '7115',
  occupationTitle: 'Tømrere og bygningssnedkere',
  occupationTitleEn: 'Carpenters and joiners',
  postalCode: '8000',
  municipalityCode: '0751',
  municipalityName: 'Aarhus',
  hoursPerWeek: 37,
  positions: 2,
  startBy: null,
  status: 'candidates_sent',
  outcome: null,
  cvr: '29384756',
  companyName: 'Østjysk Byg A/S',
  createdByName: 'Henrik Bygholm',
  consultantName: 'Rasmus Bech',
  jobAdId: null,
  candidates: 1,
  createdAt: '2026-12-07T09:00:00Z',
  updatedAt: '2026-12-07T09:00:00Z',
  closedAt: null,
};
/** The one request the app sent with `method` (a test fails plainly when there is none). */
function sent(fetch: jest.Mock, method: string): Request {
  const request = fetch.mock.calls.map(([r]) => r as Request).find((r) => r.method === method);
  if (!request) throw new Error(`no ${method} request was sent`);
  return request;
}
const page = (items: unknown[]): [number, unknown] => [
  200,
  { items, page: 1, limit: 20, total: items.length, totalPages: 1 },
];

describe('the employer section ("For virksomheder")', () => {
  it('welcomes a visitor with what it offers and a MitID Erhverv sign-in that comes back here', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/virksomhed');
    expect(await screen.findByRole('heading', { level: 1, name: 'For virksomheder' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log ind med MitID Erhverv' })).toHaveAttribute(
      'href',
      '/api/v1/auth/employer/login?returnTo=%2Fvirksomhed',
    );
    for (const kind of ['Rekruttering', 'Virksomhedspraktik', 'Løntilskud', 'Spørgsmål'])
      expect(screen.getByRole('heading', { name: kind })).toBeInTheDocument();
    // The header's "Log ind" leads to MitID Erhverv too, and the navigation is the employer section's own.
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: 'Log ind' })[0]).toHaveAttribute(
        'href',
        '/api/v1/auth/employer/login?returnTo=%2Fvirksomhed',
      ),
    );
    expect(screen.getByRole('link', { name: 'For borgere' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('link', { name: 'Samtaler' })).not.toBeInTheDocument();
  });

  it('is reachable from the public front page', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/');
    expect(await screen.findByRole('link', { name: 'Gå til For virksomheder' })).toHaveAttribute('href', '/virksomhed');
    expect(screen.getByRole('link', { name: 'For virksomheder' })).toHaveAttribute('href', '/virksomhed');
  });

  it('sends a signed-in company from the front page to its requests, with the company in the header', async () => {
    fetchRoutes({ 'GET /api/v1/me': [200, henrik], 'GET /api/v1/employer/requests': page([request]) });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Virksomhedens henvendelser' })).toBeInTheDocument();
    expect(screen.getByText('Logget ind som Henrik Bygholm, Østjysk Byg A/S')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Tømrere til Aarhus Ø' })).toHaveAttribute(
      'href',
      `/virksomhed/henvendelser/${request.id}`,
    );
    expect(screen.getByTestId('request-status')).toHaveTextContent('Kandidater sendt');
    expect(screen.getByText('1 kandidat vil gerne vises for jer')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Samtaler' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Ny henvendelse' }).map((a) => a.getAttribute('href'))).toContain(
      '/virksomhed/ny-henvendelse',
    );
  });

  it('tells a company politely that a citizen’s page is for citizens', async () => {
    fetchRoutes({ 'GET /api/v1/me': [200, henrik] });
    renderAt('/samtaler');
    expect(await screen.findByRole('heading', { level: 1, name: 'Denne side er for borgere' })).toBeInTheDocument();
    expect(screen.getByText(/MitID Erhverv for Østjysk Byg A\/S/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til virksomhedens henvendelser' })).toHaveAttribute(
      'href',
      '/virksomhed',
    );
  });

  it('tells a citizen politely that the employer pages are for companies', async () => {
    const { calls } = fetchRoutes({ 'GET /api/v1/me': [200, sofie] });
    renderAt('/virksomhed/ny-henvendelse');
    expect(await screen.findByRole('heading', { level: 1, name: 'Denne del er for virksomheder' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vælg, hvad virksomheder må se' })).toHaveAttribute(
      'href',
      '/indstillinger/synlighed-for-virksomheder',
    );
    expect(calls.filter((c) => c.includes('/employer/'))).toEqual([]);
  });

  it('checks a new request before sending it, with an error summary that takes focus', async () => {
    const { calls } = fetchRoutes({ 'GET /api/v1/me': [200, henrik] });
    renderAt('/virksomhed/ny-henvendelse');
    fireEvent.click(await screen.findByRole('button', { name: 'Send henvendelse' }));
    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Vælg, hvad henvendelsen drejer sig om.');
    expect(summary).toHaveTextContent('Skriv en overskrift.');
    expect(summary).toHaveTextContent('Søg efter stillingen, og vælg den på listen.');
    expect(summary).toHaveTextContent('Skriv et dansk postnummer med 4 cifre, fx 8000.');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText('Overskrift')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('shows a request with its thread and its anonymous candidate — never a name', async () => {
    fetchRoutes({
      'GET /api/v1/me': [200, henrik],
      [`GET /api/v1/employer/requests/${request.id}`]: [
        200,
        {
          ...request,
          messages: [
            {
              id: 'm1',
              authorKind: 'staff',
              authorName: 'Rasmus Bech',
              body: 'Vi har fundet to kandidater.',
              createdAt: '2026-12-07T10:00:00Z',
            },
          ],
        },
      ],
      [`GET /api/v1/employer/requests/${request.id}/candidates`]: [
        200,
        {
          items: [
            {
              id: 'p1',
              visibility: 'anonymous',
              label: 'Kandidat 1',
              occupations: ['Tømrere og bygningssnedkere'],
              skills: ['Truckcertifikat'],
              experience: [
                { title: 'Tømrere og bygningssnedkere', occupationCode: '7115', fromYear: 2015, toYear: null },
              ],
              area: 'Aarhus',
              reasons: [{ code: 'exact', params: {}, text: 'Ønsker at arbejde som tømrer' }],
              acceptedAt: '2026-12-07T11:00:00Z',
            },
          ],
        },
      ],
    });
    renderAt(`/virksomhed/henvendelser/${request.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tømrere til Aarhus Ø' })).toBeInTheDocument();
    expect(screen.getByText('Vi har fundet to kandidater.')).toBeInTheDocument();
    const candidate = await screen.findByTestId('candidate');
    expect(candidate).toHaveTextContent('Kandidat 1');
    expect(candidate).toHaveTextContent('Anonym profil');
    expect(candidate).toHaveTextContent('Tømrere og bygningssnedkere, 2015–nu');
    expect(candidate).toHaveTextContent('Ønsker at arbejde som tømrer');
    expect(candidate).not.toHaveTextContent('Kontakt');
    expect(screen.getByRole('button', { name: 'Træk henvendelsen tilbage' })).toBeInTheDocument();
  });

  it('lists the placements and reports a hire', async () => {
    const placement = {
      id: 'pl1',
      requestId: request.id,
      kind: 'internship',
      companyName: 'Østjysk Byg A/S',
      candidateName: 'Kandidat 1',
      startDate: '2027-01-04',
      endDate: '2027-02-26',
      hoursPerWeek: 30,
      status: 'active',
      endedAt: null,
    };
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [200, henrik],
      'GET /api/v1/employer/placements': [200, { items: [placement] }],
      'POST /api/v1/employer/placements/pl1/report': [200, { ...placement, status: 'hired' }],
    };
    const { fetch } = fetchRoutes(routes);
    renderAt('/virksomhed/praktik-og-loentilskud');
    expect(await screen.findByRole('heading', { name: 'Virksomhedspraktik: Kandidat 1' })).toBeInTheDocument();
    expect(screen.getByText(/4\. januar 2027 til 26\. februar 2027 · 30 timer om ugen/)).toBeInTheDocument();
    routes['GET /api/v1/employer/placements'] = [200, { items: [{ ...placement, status: 'hired' }] }];
    fireEvent.click(screen.getByRole('button', { name: 'Vi har ansat personen' }));
    expect(await screen.findByText('Tak. Jobcentret har fået besked.')).toBeInTheDocument();
    expect(await sent(fetch, 'POST').json()).toEqual({ outcome: 'hired' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Vi har ansat personen' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Ansat')).toBeInTheDocument();
  });

  it('signs the company out at NemLog-in too (single logout)', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-value';
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [200, henrik],
      'GET /api/v1/employer/requests': [...page([])],
      'POST /api/v1/auth/employer/logout': [200, { logoutUrl: null }],
    };
    const { fetch } = fetchRoutes(routes);
    renderAt('/virksomhed');
    await waitFor(() => expect(screen.getByText('Logget ind som Henrik Bygholm, Østjysk Byg A/S')).toBeInTheDocument());
    routes['GET /api/v1/me'] = NOT_SIGNED_IN;
    fireEvent.click(screen.getByRole('button', { name: 'Log ud' }));
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Log ind' }).length).toBeGreaterThan(0));
    const signOut = sent(fetch, 'POST');
    expect(new URL(signOut.url).pathname).toBe('/api/v1/auth/employer/logout');
    expect(signOut.headers.get('x-xsrf-token')).toBe('csrf-value');
  });
});

describe('the citizen and companies', () => {
  it('reads a company’s look in the access log: "Østjysk Byg A/S så din profil (anonym)"', async () => {
    fetchRoutes({
      'GET /api/v1/me': [200, sofie],
      'GET /api/v1/me/access-log/grouped': [
        ...page([
          {
            date: '2026-12-07',
            actorKind: 'employer',
            actorName: 'Østjysk Byg A/S',
            municipalityCode: '0751',
            firstAt: '2026-12-07T11:30:00Z',
            lastAt: '2026-12-07T11:30:00Z',
            count: 1,
            seen: ['employer_anonymous'],
            reasons: ['employer_request'],
            statedPurposes: [],
            changed: false,
          },
        ]),
      ],
    });
    renderAt('/mine-data/adgangslog');
    await waitFor(() => expect(screen.getByText('Østjysk Byg A/S')).toBeInTheDocument());
    expect(screen.getByText('Østjysk Byg A/S').closest('p')).toHaveTextContent(
      'Østjysk Byg A/S så din profil (anonym).',
    );
    expect(screen.getByText('Hvorfor: en virksomhed søger medarbejdere gennem jobcentret.')).toBeInTheDocument();
  });

  it('answers an invitation on Overblik, saying what the company will see', async () => {
    const invitation = {
      id: 'i1',
      companyName: 'Østjysk Byg A/S',
      kind: 'recruitment',
      title: 'Tømrere til Aarhus Ø',
      description: 'To tømrere til nybyggeri.',
      occupationTitle: 'Tømrere og bygningssnedkere',
      place: '8000 Aarhus C',
      hoursPerWeek: 37,
      status: 'invited',
      visibility: 'anonymous',
      open: true,
      createdAt: '2026-12-07T10:00:00Z',
      answeredAt: null,
    };
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [200, sofie],
      'GET /api/v1/me/employer-invitations': [200, { items: [invitation] }],
      'POST /api/v1/me/employer-invitations/i1/answer': [200, { ...invitation, status: 'accepted' }],
    };
    const { fetch } = fetchRoutes(routes);
    renderAt('/');
    expect(
      await screen.findByRole('heading', { name: 'Østjysk Byg A/S vil gerne se din profil: Tømrere til Aarhus Ø' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Siger du ja, ser virksomheden dine jobønsker, kompetencer, erfaring og område – ikke dit navn.',
      ),
    ).toBeInTheDocument();
    routes['GET /api/v1/me/employer-invitations'] = [200, { items: [{ ...invitation, status: 'accepted' }] }];
    fireEvent.click(screen.getByRole('button', { name: 'Ja, de må se min profil' }));
    expect(await screen.findByText('Du sagde ja til Østjysk Byg A/S.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Træk mit ja tilbage' })).toBeInTheDocument();
    expect(await sent(fetch, 'POST').json()).toEqual({ accept: true });
  });

  it('chooses the visibility for companies in the settings: e-mail and phone only with the name', async () => {
    const routes: Record<string, [number, unknown]> = {
      'GET /api/v1/me': [200, sofie],
      'GET /api/v1/me/employer-visibility': [
        200,
        { level: 'hidden', shareEmail: false, sharePhone: false, updatedAt: null },
      ],
      'PUT /api/v1/me/employer-visibility': [
        200,
        { level: 'named', shareEmail: true, sharePhone: false, updatedAt: '2026-12-07T10:00:00Z' },
      ],
    };
    const { fetch } = fetchRoutes(routes);
    renderAt('/indstillinger/synlighed-for-virksomheder');
    const hidden = await screen.findByLabelText('Ingen');
    expect(hidden).toBeChecked();
    expect(hidden).toHaveAccessibleDescription('Ingen virksomhed kan se dig, og jobcentret foreslår dig ikke.');
    expect(screen.getByText(/Du kan ændre dit valg når som helst/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Min e-mailadresse')).not.toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Profil med navn'));
    fireEvent.click(screen.getByLabelText('Min e-mailadresse'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem mit valg' }));
    expect(await screen.findByText('Dit valg er gemt.')).toBeInTheDocument();
    expect(await sent(fetch, 'PUT').json()).toEqual({ level: 'named', shareEmail: true, sharePhone: false });
  });
});
