import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { AccessLogList } from '../modules/access-log/components/access-log-list';
import { useMe } from '@jobunivers/web/session';
import { ROUTES, signInHref } from '../routes';

export function AccessLogPage() {
  const { t } = useTranslation('citizen');
  const me = useMe();
  usePageTitle(t('accessLog.title'), t('appName'));
  return (
    <>
      <h1>{t('accessLog.title')}</h1>
      <p className="font-lead">{t('accessLog.intro')}</p>
      {me.data ? (
        <AccessLogList />
      ) : me.isPending ? (
        <p>{t('loading', { ns: 'common' })}</p>
      ) : (
        <p>
          <a className="button button-primary" href={signInHref(ROUTES.accessLog)}>
            {t('auth.signIn', { ns: 'common' })}
          </a>{' '}
          {t('accessLog.signInFirst')}
        </p>
      )}
    </>
  );
}
