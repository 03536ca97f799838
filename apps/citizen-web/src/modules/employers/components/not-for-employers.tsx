import { useMe } from '@jobunivers/web/session';
import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';

/** A citizen's page opened by an employer: said politely, with the way back to the company's pages. */
export function ForCitizensOnly() {
  const { t } = useTranslation('citizen');
  const me = useMe();
  usePageTitle(t('employer.citizenPage.title'), t('appName'));
  return (
    <>
      <h1>{t('employer.citizenPage.title')}</h1>
      <p>{t('employer.citizenPage.body', { company: me.data?.companyName ?? '' })}</p>
      <p>
        <Link className="button button-primary" to={ROUTES.employer}>
          {t('employer.citizenPage.toRequests')}
        </Link>
      </p>
    </>
  );
}

/** The employer section opened by a signed-in citizen: what it is, and the citizen's own way to companies. */
export function ForEmployersOnly() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('employer.citizenSignedIn.title'), t('appName'));
  return (
    <>
      <h1>{t('employer.citizenSignedIn.title')}</h1>
      <p>{t('employer.citizenSignedIn.body')}</p>
      <ul className="nobullet-list">
        <li>
          <Link to={ROUTES.overview}>{t('employer.citizenSignedIn.toOverview')}</Link>
        </li>
        <li>
          <Link to={ROUTES.employerVisibility}>{t('employer.citizenSignedIn.toVisibility')}</Link>
        </li>
      </ul>
    </>
  );
}
