import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../routes';

/** After a successful MitID sign-in by someone no municipality has registered: say so, plainly. */
export function NotRegisteredPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('notRegistered.title'), t('appName'));
  return (
    <>
      <h1>{t('notRegistered.title')}</h1>
      <p className="font-lead">{t('notRegistered.body')}</p>
      <p>{t('notRegistered.next')}</p>
      <Link className="button button-primary" to={ROUTES.overview}>
        {t('jobcentre.title')}
      </Link>
    </>
  );
}
