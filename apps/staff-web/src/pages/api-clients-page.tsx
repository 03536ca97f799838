import { usePageTitle } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { ApiClientAdmin } from '../modules/api-clients/components/api-client-admin';

export function ApiClientsPage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  usePageTitle(t('apiClients.title'), t('appName'));
  const isAdmin = !!me.data?.roles.includes('municipality_admin');
  return (
    <>
      <h1>{t('apiClients.title')}</h1>
      <p>{t('apiClients.intro')}</p>
      {me.isPending ? (
        <p>{t('loading', { ns: 'common' })}</p>
      ) : isAdmin ? (
        <ApiClientAdmin />
      ) : (
        <p className="alert alert-warning alert-text">{t('apiClients.forbidden')}</p>
      )}
    </>
  );
}
