import { ErrorAlert, Pagination, ScrollTable, useUrlFilters } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { citizenPath } from '../../../routes';
import { type QueueFilter, type QueueItem, useDismissQueueItem, useScreeningQueue } from '../api/use-screening';

type Reason = QueueItem['reason'];

/** Screening-kø: who needs a look now and why, overdue first (red, with days); filters live in the URL. */
export function ScreeningQueue() {
  const { t, i18n } = useTranslation('staff');
  const me = useMe();
  const [params, update] = useUrlFilters();
  const isLead = !!me.data?.roles.includes('team_lead');
  const filter: QueueFilter = {
    scope: params.get('vis') === 'alle' ? 'all' : params.get('vis') === 'mine' ? 'me' : isLead ? 'all' : 'me',
    overdue: params.get('forsinket') === 'ja',
    page: Math.max(1, Number(params.get('side')) || 1),
  };
  const queue = useScreeningQueue(filter);
  const dismiss = useDismissQueueItem();
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const onDismiss = (item: QueueItem) => {
    const reason = window.prompt(t('queue.dismissPrompt', { name: item.citizenName }));
    if (reason?.trim()) dismiss.mutate({ id: item.id, reason: reason.trim() });
  };
  return (
    <>
      <div className="filters">
        <div className="form-group">
          <label className="form-label" htmlFor="queue-scope">
            {t('queue.show')}
          </label>
          <select
            id="queue-scope"
            className="form-select"
            value={filter.scope === 'all' ? 'alle' : 'mine'}
            onChange={(e) => update({ vis: e.target.value, side: undefined })}
          >
            <option value="mine">{t('queue.mine')}</option>
            <option value="alle">{t('queue.everyone')}</option>
          </select>
        </div>
        <div className="form-group">
          <input
            id="queue-overdue"
            type="checkbox"
            className="form-checkbox"
            checked={filter.overdue}
            onChange={(e) => update({ forsinket: e.target.checked ? 'ja' : undefined, side: undefined })}
          />
          <label htmlFor="queue-overdue">{t('queue.onlyOverdue')}</label>
        </div>
      </div>
      {(queue.isError || dismiss.isError) && (
        <ErrorAlert onRetry={queue.isError ? () => void queue.refetch() : undefined} />
      )}
      {queue.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {queue.data && queue.data.total === 0 && <p className="alert alert-success alert-text">{t('queue.empty')}</p>}
      {queue.data && queue.data.total > 0 && (
        <>
          <ScrollTable label={t('queue.title')}>
            <table className="table table--zebra">
              <caption>{t('queue.caption', { total: queue.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('queue.citizen')}</th>
                  <th scope="col">{t('queue.reason')}</th>
                  <th scope="col">{t('queue.due')}</th>
                  <th scope="col">{t('queue.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.data.items.map((item) => (
                  <tr key={item.id} className={item.overdue ? 'overdue' : undefined}>
                    <td>
                      <Link to={citizenPath(item.citizenId)}>{item.citizenName}</Link>
                    </td>
                    <td>{t(`queue.reasons.${item.reason as Reason}`)}</td>
                    <td>
                      {date.format(new Date(`${item.dueDate}T00:00:00Z`))}
                      {item.overdue && (
                        <strong className="overdue-badge"> {t('queue.overdue', { count: item.daysOverdue })}</strong>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => onDismiss(item)}
                        aria-label={t('queue.dismissFor', { name: item.citizenName })}
                      >
                        {t('queue.dismiss')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pagination
            page={queue.data.page}
            totalPages={queue.data.totalPages}
            total={queue.data.total}
            onPage={(page) => update({ side: String(page) })}
          />
        </>
      )}
    </>
  );
}
