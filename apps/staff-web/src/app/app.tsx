import { AppShell, ErrorBoundary, NotFoundPage } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { HomePage } from '../pages/home-page';
import { MunicipalitiesPage } from '../pages/municipalities-page';
import { ROUTES } from '../routes';

export function App() {
  const { t } = useTranslation('staff');
  const nav = [
    { to: ROUTES.overview, label: t('nav.overview'), end: true },
    { to: ROUTES.municipalities, label: t('nav.municipalities') },
  ];
  return (
    <AppShell appName={t('appName')} tagline={t('appTagline')} nav={nav}>
      <ErrorBoundary>
        <Routes>
          <Route path={ROUTES.overview} element={<HomePage />} />
          <Route path={ROUTES.municipalities} element={<MunicipalitiesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </AppShell>
  );
}

export default App;
