import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fetchRoutes, NOT_SIGNED_IN, renderApp } from '@jobunivers/web/testing';
import App from './app';

const renderAt = (path: string) => renderApp(App, 'staff', path);

const mette = { kind: 'staff', id: 's1', name: 'Mette Kjær', roles: ['caseworker'], municipalityCode: '0751' };

describe('staff console', () => {
  it('opens on "Mit overblik"', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mit overblik' })).toBeInTheDocument();
  });

  it('signs a demo caseworker in and shows who is signed in', async () => {
    const { calls } = fetchRoutes({
      'GET /api/v1/me': NOT_SIGNED_IN,
      'GET /api/v1/auth/dev/users': [200, { items: [{ id: 's1', role: 'caseworker', municipalityCode: '0751', name: 'Mette Kjær' }, { id: 'c1', role: 'citizen', municipalityCode: '0751', name: 'Sofie Jensen' }], page: 1, limit: 2, total: 2, totalPages: 1 }],
      'POST /api/v1/auth/dev/sign-in': [200, mette],
    });
    renderAt('/log-ind');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log ind som Mette Kjær' })).toBeInTheDocument());
    expect(screen.queryByText(/Sofie Jensen/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Log ind som Mette Kjær' }));
    await waitFor(() => expect(screen.getByTestId('signed-in')).toHaveTextContent('Du er logget ind som Mette Kjær (Jobkonsulent).'));
    expect(calls).toContain('POST /api/v1/auth/dev/sign-in');
  });

  it('asks the API with the filters from the URL and shows the rows', async () => {
    const { calls } = fetchRoutes({
      'GET /api/v1/me': NOT_SIGNED_IN,
      'GET /api/v1/municipalities': [200, { items: [{ code: '0751', name: 'Aarhus', region: 'Midtjylland', regionCode: '1082', latitude: 56.1, longitude: 10.1 }], page: 1, limit: 25, total: 1, totalPages: 1 }],
    });
    renderAt('/kommuner?region=Midtjylland&sort=-name');
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Aarhus' })).toBeInTheDocument());
    expect(calls).toContain('GET /api/v1/municipalities?page=1&limit=25&sort=-name&region=Midtjylland');
    expect(screen.getByRole('columnheader', { name: /Navn/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows a calm alert, not a crash, when the API answers 503', async () => {
    const { calls } = fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN, 'GET /api/v1/municipalities': [503, { type: 'x', title: 'down', status: 503, code: 'service_unavailable' }] });
    renderAt('/kommuner');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Der skete en fejl'));
    expect(calls.some((c) => c.startsWith('GET /api/v1/municipalities'))).toBe(true);
  });
});
