import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { employerSignInHref, ROUTES } from '../../../routes';
import { REQUEST_KINDS } from '../api/use-employer';

/**
 * "For virksomheder" to a visitor who is not signed in: what the municipality's employer entry offers, in plain
 * business Danish, and one next step: sign in with MitID Erhverv (coming back to `returnTo`).
 */
export function EmployerLanding({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation('citizen');
  return (
    <>
      <h1>{t('employer.landing.title')}</h1>
      <p className="font-lead">{t('employer.landing.intro')}</p>
      <p>
        <a className="button button-primary" href={employerSignInHref(returnTo)}>
          {t('employer.landing.signIn')}
        </a>
      </p>
      <p className="form-hint">{t('employer.landing.signInHint')}</p>
      <section aria-labelledby="employer-offers">
        <h2 id="employer-offers">{t('employer.landing.offersTitle')}</h2>
        <ul className="nobullet-list employer-offers">
          {REQUEST_KINDS.map((kind) => (
            <li key={kind} className="card">
              <div className="card-content">
                <h3 className="h4">{t(`employer.kinds.${kind}`)}</h3>
                <p>{t(`employer.offers.${kind}`)}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="employer-how">
        <h2 id="employer-how">{t('employer.landing.howTitle')}</h2>
        <ol>
          <li>{t('employer.landing.step1')}</li>
          <li>{t('employer.landing.step2')}</li>
          <li>{t('employer.landing.step3')}</li>
        </ol>
        <p>{t('employer.landing.privacy')}</p>
      </section>
      <p>
        <Link to={ROUTES.overview}>{t('employer.landing.forCitizens')}</Link>
      </p>
    </>
  );
}
