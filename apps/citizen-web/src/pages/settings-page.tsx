import { useNotificationSettings } from '@jobunivers/web/notifications';
import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { VisibilitySummary } from '../modules/employer-visibility/components/visibility-summary';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { NotificationSettingsForm } from '../modules/settings/components/notification-settings-form';
import { PushSwitch } from '../modules/settings/components/push-switch';
import { ROUTES } from '../routes';

export function SettingsPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('settings.title'), t('appName'));
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <SignedInOnly returnTo={ROUTES.settings}>
        <SettingsContent />
      </SignedInOnly>
    </>
  );
}

function SettingsContent() {
  const { t } = useTranslation('citizen');
  const settings = useNotificationSettings();
  return (
    <>
      <h2>{t('settings.push.title')}</h2>
      <p>{t('settings.push.intro')}</p>
      <PushSwitch />
      <h2>{t('settings.notificationsTitle')}</h2>
      {settings.isError && <ErrorAlert onRetry={() => void settings.refetch()} />}
      {settings.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {settings.data && <NotificationSettingsForm settings={settings.data} />}
      <p>
        <Link to={ROUTES.notifications}>{t('settings.toCentre')}</Link>
      </p>
      <VisibilitySummary />
    </>
  );
}
