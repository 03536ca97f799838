import { render } from '@testing-library/react';
import { initI18n, type Namespace } from '@jobunivers/web/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';

/** Renders an app at a path, in Danish, with a fresh query cache (no retries), as the SPAs run it. */
export function renderApp(App: ComponentType, namespace: Namespace, path: string) {
  return render(
    <I18nextProvider i18n={initI18n(namespace, 'da')}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <App />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
