import { ErrorAlert, formatDateTime, Pagination, usePageTitle } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMarkAllRead, useMarkRead, useNotificationPage } from './api';

export interface NotificationCentreProps {
  /** A link to the settings page, where the app has one. */
  settingsLink?: string;
  /** The app's name, for the page title. */
  appName: string;
}

/** Newest first; unread ones stand out; opening one marks it read; "mark all read". */
export function NotificationCentre({ settingsLink, appName }: NotificationCentreProps) {
  const { t, i18n } = useTranslation('common');
  usePageTitle(t('notifications.title'), appName);
  const [page, setPage] = useState(1);
  const list = useNotificationPage(page);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const data = list.data;
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      {settingsLink && (
        <p>
          <Link to={settingsLink}>{t('notifications.settingsLink')}</Link>
        </p>
      )}
      {list.isError && <ErrorAlert onRetry={() => void list.refetch()} />}
      {list.isPending && <p>{t('loading')}</p>}
      {data && (
        <>
          <p role="status" data-testid="unread-status">
            {data.unread ? t('notifications.unreadCount', { count: data.unread }) : t('notifications.allRead')}
          </p>
          {data.unread > 0 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => markAll.mutate()}
              disabled={markAll.isPending}
            >
              {t('notifications.markAllRead')}
            </button>
          )}
          {data.items.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-list" aria-label={t('notifications.title')}>
              {data.items.map((n) => (
                <li key={n.id} className={`notification-item${n.readAt ? '' : ' unread'}`}>
                  <p className="notification-text">
                    {!n.readAt && <span className="sr-only">{t('notifications.unread')}: </span>}
                    <Link to={n.link} onClick={() => !n.readAt && markRead.mutate(n.id)}>
                      {n.text}
                    </Link>
                  </p>
                  <p className="notification-meta small-text">
                    <span>{t(`notifications.category.${n.category}`)}</span> ·{' '}
                    <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
                    {!n.readAt && (
                      <>
                        {' '}
                        ·{' '}
                        <button type="button" className="notification-mark-read" onClick={() => markRead.mutate(n.id)}>
                          {t('notifications.markRead')}
                        </button>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={data.page} totalPages={data.totalPages} total={data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
