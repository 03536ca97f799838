import { render, screen, waitFor } from '@testing-library/react';
import { initI18n } from '@jobunivers/web/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import App from './app';

function renderAt(path: string) {
  render(
    <I18nextProvider i18n={initI18n('staff', 'da')}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <App />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const json = (status: number, body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('staff console', () => {
  it('opens on "Mit overblik"', () => {
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Mit overblik' })).toBeInTheDocument();
  });

  it('asks the API with the filters from the URL and shows the rows', async () => {
    const requests: string[] = [];
    global.fetch = jest.fn(async (input: RequestInfo | URL) => {
      requests.push(input instanceof Request ? input.url : String(input));
      return json(200, { items: [{ code: '0751', name: 'Aarhus', region: 'Midtjylland', regionCode: '1082', latitude: 56.1, longitude: 10.1 }], page: 1, limit: 25, total: 1, totalPages: 1 });
    }) as typeof fetch;
    renderAt('/kommuner?region=Midtjylland&sort=-name');
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Aarhus' })).toBeInTheDocument());
    expect(requests[0]).toMatch(/\/api\/v1\/municipalities\?page=1&limit=25&sort=-name&region=Midtjylland$/);
    expect(screen.getByRole('columnheader', { name: /Navn/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows a calm alert, not a crash, when the API answers 503', async () => {
    global.fetch = jest.fn(async () => json(503, { type: 'x', title: 'down', status: 503, code: 'service_unavailable' }, 'application/problem+json')) as typeof fetch;
    renderAt('/kommuner');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Der skete en fejl'));
    expect(global.fetch).toHaveBeenCalled();
  });
});
