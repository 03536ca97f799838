import { usePageTitle } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { AuditLogSearch } from '../modules/audit/components/audit-log-search';

export function AuditPage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  usePageTitle(t('audit.title'), t('appName'));
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {me.isPending ? (
        <p>{t('loading', { ns: 'common' })}</p>
      ) : me.data?.roles.includes('team_lead') ? (
        <AuditLogSearch />
      ) : (
        <p className="alert alert-warning alert-text">{t('audit.forbidden')}</p>
      )}
    </>
  );
}
