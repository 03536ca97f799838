import 'dkfds/dist/css/dkfds-borgerdk.min.css';
import './styles.css';
import { citizenResources, createI18n } from '@jobunivers/web/i18n/app';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import App from './app/app';
import { startOffline } from './modules/offline/api/offline-state';

const i18n = createI18n('citizen', citizenResources);

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
// The service worker shows Web Push notifications, makes the app installable and opens it offline with saved reads;
// back online, everything is read anew.
startOffline(() => void queryClient.invalidateQueries());

ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
