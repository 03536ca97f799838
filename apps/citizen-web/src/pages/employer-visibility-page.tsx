import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { VisibilitySettings } from '../modules/employer-visibility/components/visibility-settings';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

/** Synlighed for virksomheder: the citizen chooses what companies they say yes to may see. */
export function EmployerVisibilityPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('visibility.title'), t('appName'));
  return (
    <>
      <p>
        <Link to={ROUTES.settings}>{t('visibility.back')}</Link>
      </p>
      <h1>{t('visibility.title')}</h1>
      <p className="font-lead">{t('visibility.intro')}</p>
      <SignedInOnly returnTo={ROUTES.employerVisibility}>
        <VisibilitySettings />
      </SignedInOnly>
    </>
  );
}
