import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fetchRoutes, NOT_SIGNED_IN, renderApp } from '@jobunivers/web/testing';
import App from './app';

const renderAt = (path: string) => renderApp(App, 'citizen', path);

const sofie = { kind: 'citizen', id: 'c1', name: 'Sofie Jensen', roles: ['citizen'], municipalityCode: '0751' };

describe('citizen app', () => {
  it('greets in Danish and offers MitID sign-in when nobody is signed in', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen til Jobunivers' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Log ind' })[0]).toHaveAttribute('href', '/api/v1/auth/citizen/login?returnTo=%2F'));
  });

  it('shows the signed-in citizen by name and signs out with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-value';
    const routes: Record<string, [number, unknown]> = { 'GET /api/v1/me': [200, sofie], 'POST /api/v1/auth/citizen/logout': [200, { logoutUrl: null }] };
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
      'GET /api/v1/me/access-log': [200, { items: [{ occurredAt: '2026-11-20T09:30:00Z', actorKind: 'staff', actorName: 'Mette Kjær', municipalityCode: '0751', action: 'reveal', resource: 'citizen.cpr', purpose: 'caseload' }], page: 1, limit: 20, total: 1, totalPages: 1 }],
    });
    renderAt('/mine-data/adgangslog');
    await waitFor(() => expect(screen.getByText('Mette Kjær')).toBeInTheDocument());
    expect(screen.getByText(/Så dit CPR-nummer – caseload/)).toBeInTheDocument();
    expect(screen.getByText(/fredag den 20\. november 2026/)).toBeInTheDocument();
  });

  it('explains plainly when the person is not registered with any jobcentre', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/ikke-tilmeldt');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du er ikke tilmeldt et jobcenter' })).toBeInTheDocument();
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
});
