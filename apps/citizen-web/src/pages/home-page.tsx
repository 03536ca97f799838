import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FindJobcentre } from '../modules/jobcentre/components/find-jobcentre';
import { useMe } from '@jobunivers/web/session';
import { ROUTES, signInHref } from '../routes';
import { CaseOverview } from '../modules/case/components/case-overview';
import { AskBox } from '../modules/messages/components/ask-box';

export function HomePage() {
  const { t } = useTranslation('citizen');
  const me = useMe();
  usePageTitle(t('home.title'), t('appName'));
  const firstName = me.data?.name.split(' ')[0];
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="font-lead">{t('home.intro')}</p>
      {me.data ? (
        <>
          <p data-testid="greeting">{t('home.signedIn', { firstName })}</p>
          {me.data.kind === 'citizen' && <CaseOverview />}
          {me.data.kind === 'citizen' && <AskBox />}
        </>
      ) : (
        <p>
          <a className="button button-primary" href={signInHref(ROUTES.overview)}>
            {t('auth.signIn', { ns: 'common' })}
          </a>{' '}
          {t('home.signInHint')}
        </p>
      )}
      {!me.data && <FindJobcentre />}
      {!me.data && (
        <section aria-labelledby="for-employers" className="card">
          <div className="card-content">
            <h2 id="for-employers" className="header-title">
              {t('employer.frontPage.title')}
            </h2>
            <p>{t('employer.frontPage.text')}</p>
            <Link to={ROUTES.employer}>{t('employer.frontPage.link')}</Link>
          </div>
        </section>
      )}
    </>
  );
}
