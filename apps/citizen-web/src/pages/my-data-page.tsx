import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { AccessLogList } from '../modules/access-log/components/access-log-list';
import { useDownloadMyData } from '../modules/my-data/api/use-export';
import { ROUTES, signInHref } from '../routes';

/** Mine data: download everything held about me (GDPR art. 15) and see who has looked at it. */
export function MyDataPage() {
  const { t, i18n } = useTranslation('citizen');
  usePageTitle(t('myData.title'), t('appName'));
  const me = useMe();
  const download = useDownloadMyData();
  const categories = t('myData.categories', { returnObjects: true }) as string[];
  if (!me.data) {
    return (
      <>
        <h1>{t('myData.title')}</h1>
        {me.isPending ? (
          <p>{t('loading', { ns: 'common' })}</p>
        ) : (
          <p>
            <a className="button button-primary" href={signInHref(ROUTES.myData)}>
              {t('auth.signIn', { ns: 'common' })}
            </a>
          </p>
        )}
      </>
    );
  }
  return (
    <>
      <h1>{t('myData.title')}</h1>
      <p className="font-lead">{t('myData.intro')}</p>
      <h2>{t('myData.downloadTitle')}</h2>
      <p>{t('myData.downloadText')}</p>
      <ul>
        {categories.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {download.isError && <ErrorAlert onRetry={() => download.mutate(i18n.language)} />}
      {download.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('myData.downloaded')}</p>
          </div>
        </div>
      )}
      <button
        type="button"
        className="button button-primary"
        onClick={() => download.mutate(i18n.language)}
        disabled={download.isPending}
      >
        {download.isPending ? t('myData.downloading') : t('myData.download')}
      </button>
      <p className="form-hint">{t('myData.format')}</p>
      <h2>{t('accessLog.title')}</h2>
      <p>{t('accessLog.intro')}</p>
      <AccessLogList />
    </>
  );
}
