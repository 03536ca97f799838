import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useMe } from '@jobunivers/web/session';
import { Link } from 'react-router-dom';
import { StaffOverview } from '../modules/insights/components/staff-overview';
import { ROUTES } from '../routes';

type Role = 'caseworker' | 'team_lead' | 'municipality_admin' | 'employer_consultant';

export function HomePage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  usePageTitle(t('home.title'), t('appName'));
  const hasCaseload = me.data?.roles.some((r) => r === 'caseworker' || r === 'team_lead') ?? false;
  return (
    <>
      <h1>{t('home.title')}</h1>
      {me.data && (
        <p data-testid="signed-in">
          {t('home.signedIn', {
            name: me.data.name,
            roles: me.data.roles.map((r) => t(`signIn.roles.${r as Role}`)).join(', '),
          })}
        </p>
      )}
      {hasCaseload ? (
        <StaffOverview />
      ) : me.data?.roles.includes('employer_consultant') ? (
        <>
          <p className="font-lead">{t('home.employersIntro')}</p>
          <p>
            <Link to={ROUTES.employers}>{t('home.employersLink')}</Link>
          </p>
        </>
      ) : (
        <p className="font-lead">{t('home.intro')}</p>
      )}
    </>
  );
}
