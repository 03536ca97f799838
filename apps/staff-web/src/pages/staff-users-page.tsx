import { usePageTitle } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { StaffUsersAdmin } from '../modules/staff-users/components/staff-users-admin';

export function StaffUsersPage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  usePageTitle(t('staffUsers.title'), t('appName'));
  const roles = me.data?.roles ?? [];
  const allowed = roles.includes('municipality_admin') || roles.includes('team_lead');
  return (
    <>
      <h1>{t('staffUsers.title')}</h1>
      <p>{t('staffUsers.intro')}</p>
      {me.isPending ? (
        <p>{t('loading', { ns: 'common' })}</p>
      ) : allowed ? (
        <StaffUsersAdmin canRevoke={roles.includes('municipality_admin')} />
      ) : (
        <p className="alert alert-warning alert-text">{t('staffUsers.forbidden')}</p>
      )}
    </>
  );
}
