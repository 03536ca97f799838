import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useDevSignIn, useDevUsers } from '../modules/session/api/use-session';
import { ROUTES, staffSignInHref } from '../routes';

const SIGN_IN_ERRORS = [
  'unavailable',
  'invalid',
  'expired',
  'cancelled',
  'no-role',
  'no-municipality',
  'inactive',
] as const;
type SignInError = (typeof SIGN_IN_ERRORS)[number];

export function SignInPage() {
  const { t } = useTranslation('staff');
  const [params] = useSearchParams();
  const users = useDevUsers();
  const signIn = useDevSignIn();
  const navigate = useNavigate();
  usePageTitle(t('signIn.title'), t('appName'));
  const given = params.get('fejl');
  const error =
    given === null ? undefined : SIGN_IN_ERRORS.includes(given as SignInError) ? (given as SignInError) : 'invalid';
  const staffUsers = users.data ?? [];
  const byMunicipality = new Map<string, typeof staffUsers>();
  for (const user of staffUsers)
    byMunicipality.set(user.municipalityCode, [...(byMunicipality.get(user.municipalityCode) ?? []), user]);
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {error && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{t(`signIn.errors.${error}`)}</p>
          </div>
        </div>
      )}
      <p>{t('signIn.intro')}</p>
      <p>
        <a className="button button-primary" href={staffSignInHref(ROUTES.overview)}>
          {t('signIn.withMunicipality')}
        </a>
      </p>
      {byMunicipality.size > 0 && (
        <section aria-labelledby="dev-sign-in" className="mt-7">
          <h2 id="dev-sign-in">{t('signIn.devTitle')}</h2>
          <p>{t('signIn.devIntro')}</p>
          {signIn.isError && <ErrorAlert />}
          {[...byMunicipality].map(([code, staff]) => (
            <section key={code} aria-labelledby={`municipality-${code}`}>
              <h3 id={`municipality-${code}`}>{t('signIn.municipality', { code })}</h3>
              <ul className="nobullet-list sign-in-list">
                {staff.map((user) => (
                  <li key={user.id}>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={signIn.isPending}
                      onClick={() => signIn.mutate(user.id, { onSuccess: () => navigate(ROUTES.overview) })}
                      aria-label={t('signIn.as', { name: user.name })}
                    >
                      {user.name} – {t(`signIn.roles.${user.role}`)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      {users.isError && <ErrorAlert onRetry={() => void users.refetch()} />}
    </>
  );
}
