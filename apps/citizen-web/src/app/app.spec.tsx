import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { initI18n } from '@jobunivers/web/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import App from './app';

function renderAt(path: string) {
  render(
    <I18nextProvider i18n={initI18n('citizen', 'da')}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <App />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('citizen app', () => {
  it('greets in Danish on the overview', () => {
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Velkommen til Jobunivers' })).toBeInTheDocument();
  });

  it('shows a not-found page with a way home for unknown addresses', () => {
    renderAt('/findes-ikke');
    expect(screen.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  });

  it('refuses a postal code that is not 4 digits before asking the API, with an error summary', async () => {
    const fetchSpy = jest.fn();
    global.fetch = fetchSpy;
    renderAt('/');
    fireEvent.change(screen.getByLabelText('Postnummer'), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find jobcenter' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Der er en fejl i formularen'));
    expect(screen.getByLabelText('Postnummer')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
