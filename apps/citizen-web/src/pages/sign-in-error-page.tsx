import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ROUTES, signInHref } from '../routes';

export function SignInErrorPage() {
  const { t } = useTranslation('citizen');
  const [params] = useSearchParams();
  const reason = params.get('reason') === 'assurance' ? 'assurance' : 'invalid';
  usePageTitle(t('signInError.title'), t('appName'));
  return (
    <>
      <h1>{t('signInError.title')}</h1>
      <div className="alert alert-warning" role="alert">
        <div className="alert-body">
          <p className="alert-text">{t(`signInError.${reason}`)}</p>
        </div>
      </div>
      <a className="button button-primary" href={signInHref(ROUTES.overview)}>
        {t('signInError.retry')}
      </a>
    </>
  );
}
