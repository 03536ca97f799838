import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDevSignIn, useDevUsers } from '../modules/session/api/use-session';
import { ROUTES } from '../routes';

type Role = 'caseworker' | 'team_lead' | 'municipality_admin' | 'citizen';

export function SignInPage() {
  const { t } = useTranslation('staff');
  const users = useDevUsers();
  const signIn = useDevSignIn();
  const navigate = useNavigate();
  usePageTitle(t('signIn.title'), t('appName'));
  const byMunicipality = new Map<string, NonNullable<typeof users.data>>();
  for (const user of users.data ?? []) byMunicipality.set(user.municipalityCode, [...(byMunicipality.get(user.municipalityCode) ?? []), user]);
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {users.isError && <ErrorAlert onRetry={() => void users.refetch()} />}
      {signIn.isError && <ErrorAlert />}
      {users.data && users.data.length === 0 && <p className="alert alert-info alert-text">{t('signIn.unavailable')}</p>}
      {users.data && users.data.length > 0 && <p>{t('signIn.devIntro')}</p>}
      {[...byMunicipality].map(([code, staff]) => (
        <section key={code} aria-labelledby={`municipality-${code}`}>
          <h2 id={`municipality-${code}`}>{t('signIn.municipality', { code })}</h2>
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
                  {user.name} – {t(`signIn.roles.${user.role as Role}`)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
