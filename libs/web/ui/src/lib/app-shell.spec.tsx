import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '@jobunivers/web/i18n';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';

function renderShell() {
  const i18n = initI18n('citizen', 'da');
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <AppShell appName="Jobunivers" tagline="Tagline" nav={[{ to: '/', label: 'Overblik', end: true }]}>
          <h1>Indhold</h1>
        </AppShell>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return i18n;
}

describe('AppShell', () => {
  it('offers a skip link to the main content and a labelled navigation', () => {
    renderShell();
    expect(screen.getByRole('link', { name: 'Gå til indhold' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overblik' })).toHaveClass('current');
  });

  it('switches language from the header', async () => {
    const i18n = renderShell();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Switch to English' })));
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skift til dansk' })).toBeInTheDocument();
  });
});

describe('ErrorBoundary', () => {
  it('shows an alert instead of a blank page when rendering fails', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Boom = () => {
      throw new Error('boom');
    };
    const i18n = initI18n('citizen', 'da');
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Boom />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Der skete en fejl');
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
