import { ErrorAlert, Pagination } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessLog } from '../api/use-access-log';

const ACTIONS = ['read', 'create', 'update', 'delete', 'reveal', 'export'] as const;

/** Who looked at my data, when and why — in plain language, Danish time. */
export function AccessLogList() {
  const { t, i18n } = useTranslation('citizen');
  const [page, setPage] = useState(1);
  const log = useAccessLog(page, true);
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  if (log.isError) return <ErrorAlert onRetry={() => void log.refetch()} />;
  if (log.isPending) return <p>{t('loading', { ns: 'common' })}</p>;
  if (log.data.items.length === 0) return <p className="alert alert-info alert-text">{t('accessLog.empty')}</p>;
  return (
    <>
      <ul className="nobullet-list access-log">
        {log.data.items.map((entry, i) => (
          <li key={`${entry.occurredAt}-${i}`} className="access-log-entry">
            <p className="access-log-when">{when.format(new Date(entry.occurredAt))}</p>
            <p>
              <strong>{entry.actorKind === 'client' ? t('accessLog.system', { name: entry.actorName }) : entry.actorName}</strong>{' '}
              {(ACTIONS as readonly string[]).includes(entry.action) ? t(`accessLog.actions.${entry.action as (typeof ACTIONS)[number]}`) : entry.action}
              {entry.purpose ? ` – ${entry.purpose}` : ''}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={log.data.page} totalPages={log.data.totalPages} total={log.data.total} onPage={setPage} />
    </>
  );
}
