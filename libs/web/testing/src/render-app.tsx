import { render } from '@testing-library/react';
import { initI18n, type Namespace } from '@jobunivers/web/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';

/**
 * Renders an app at a path, in Danish (every text bundled unless an `i18n` instance is given), with a fresh query
 * cache (no retries), as the SPAs run it.
 */
export function renderApp(App: ComponentType, namespace: Namespace, path: string, i18n?: I18n) {
  return render(
    <I18nextProvider i18n={i18n ?? initI18n(namespace, 'da')}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <App />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
