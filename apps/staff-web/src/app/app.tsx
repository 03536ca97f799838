import { AppShell, ErrorBoundary, NotFoundPage, UserMenu } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { useMe, useSignOut } from '@jobunivers/web/session';
import { ApiClientsPage } from '../pages/api-clients-page';
import { HomePage } from '../pages/home-page';
import { MunicipalitiesPage } from '../pages/municipalities-page';
import { SignInPage } from '../pages/sign-in-page';
import { ROUTES } from '../routes';

export function App() {
  const { t } = useTranslation('staff');
  const me = useMe();
  const signOut = useSignOut();
  const nav = [
    { to: ROUTES.overview, label: t('nav.overview'), end: true },
    { to: ROUTES.municipalities, label: t('nav.municipalities') },
    ...(me.data?.roles.includes('municipality_admin') ? [{ to: ROUTES.apiClients, label: t('nav.apiClients') }] : []),
  ];
  const menu = <UserMenu name={me.data?.name} signInHref={ROUTES.signIn} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />;
  return (
    <AppShell appName={t('appName')} tagline={t('appTagline')} nav={nav} headerActions={menu}>
      <ErrorBoundary>
        <Routes>
          <Route path={ROUTES.overview} element={<HomePage />} />
          <Route path={ROUTES.municipalities} element={<MunicipalitiesPage />} />
          <Route path={ROUTES.signIn} element={<SignInPage />} />
          <Route path={ROUTES.apiClients} element={<ApiClientsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </AppShell>
  );
}

export default App;
