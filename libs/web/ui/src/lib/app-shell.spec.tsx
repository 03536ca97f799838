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
        <AppShell
          appName="Jobunivers"
          tagline="Tagline"
          nav={[
            { to: '/', label: 'Overblik', end: true },
            { to: '/samtaler', label: 'Samtaler' },
          ]}
          userMenu={<span>Logget ind som Sofie</span>}
        >
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

describe('AppShell on a phone (below md)', () => {
  const original = window.matchMedia;
  beforeEach(() => {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = original;
  });

  it('puts the links and the user menu in a drawer behind a menu button; focus moves in, Escape closes and returns it', () => {
    renderShell();
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Samtaler' })).not.toBeInTheDocument();
    expect(screen.queryByText('Logget ind som Sofie')).not.toBeVisible();

    fireEvent.click(button);
    const drawer = screen.getByRole('dialog', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', drawer.id);
    expect(screen.getByRole('button', { name: 'Luk menu' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Samtaler' })).toBeVisible();
    expect(screen.getByText('Logget ind som Sofie')).toBeVisible();

    fireEvent.keyDown(drawer, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
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
