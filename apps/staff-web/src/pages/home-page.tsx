import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useMe } from '@jobunivers/web/session';

type Role = 'caseworker' | 'team_lead' | 'municipality_admin' | 'citizen';

export function HomePage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  usePageTitle(t('home.title'), t('appName'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="font-lead">{t('home.intro')}</p>
      {me.data && <p data-testid="signed-in">{t('home.signedIn', { name: me.data.name, roles: me.data.roles.map((r) => t(`signIn.roles.${r as Role}`)).join(', ') })}</p>}
    </>
  );
}
