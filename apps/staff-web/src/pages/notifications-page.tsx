import { NotificationCentre } from '@jobunivers/web/notifications';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../routes';

/** The caseworker's notification centre: bookings, approvals waiting, screening items due, answers. */
export function NotificationsPage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  if (me.isPending) return <p>{t('loading', { ns: 'common' })}</p>;
  if (me.data?.kind !== 'staff') {
    return (
      <p>
        <Link className="button button-primary" to={ROUTES.signIn}>
          {t('auth.signIn', { ns: 'common' })}
        </Link>
      </p>
    );
  }
  return <NotificationCentre appName={t('appName')} />;
}
