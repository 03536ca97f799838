import { NotificationCentre } from '@jobunivers/web/notifications';
import { useTranslation } from 'react-i18next';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

export function NotificationsPage() {
  const { t } = useTranslation('citizen');
  return (
    <SignedInOnly returnTo={ROUTES.notifications}>
      <NotificationCentre appName={t('appName')} settingsLink={ROUTES.settings} />
    </SignedInOnly>
  );
}
