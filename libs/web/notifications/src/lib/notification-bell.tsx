import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLiveNotifications, useUnreadCount } from './live';

export interface NotificationBellProps {
  /** The notification centre's path in this app. */
  to: string;
  signedIn: boolean;
}

/** The header's bell: a link to the centre with the unread count, updated live. */
export function NotificationBell({ to, signedIn }: NotificationBellProps) {
  const { t } = useTranslation('common');
  useLiveNotifications();
  const unread = useUnreadCount(signedIn);
  if (!signedIn) return null;
  const count = unread.data ?? 0;
  return (
    <Link
      to={to}
      className="notification-bell"
      data-testid="notification-bell"
      aria-label={count ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
    >
      <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"
        />
      </svg>
      {count > 0 && (
        <span className="notification-bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
