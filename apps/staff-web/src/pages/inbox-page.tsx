import { ErrorAlert, formatDateTime, Pagination, ScrollTable, usePageTitle, useUrlFilters } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Scope, useInbox } from '../modules/inbox/api/use-inbox';
import { inboxPath } from '../routes';

const SCOPES: Scope[] = ['unassigned', 'me', 'all'];

/** Indbakke: citizens' messages — unassigned, mine, all — updated live. */
export function InboxPage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('inbox.title'), t('appName'));
  const [params, setFilters] = useUrlFilters();
  const scope = (SCOPES.includes(params.get('vis') as Scope) ? params.get('vis') : 'unassigned') as Scope;
  const status = params.get('status') === 'afsluttet' ? 'closed' : 'open';
  const page = Number(params.get('side') ?? 1) || 1;
  const inbox = useInbox(scope, status, page);
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <nav aria-label={t('inbox.scopes')}>
        <ul className="inbox-scopes">
          {SCOPES.map((s) => (
            <li key={s}>
              <Link
                to={`?vis=${s}`}
                aria-current={s === scope ? 'page' : undefined}
                className={s === scope ? 'current' : undefined}
              >
                {t(`inbox.scope.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="form-group">
        <input
          id="show-closed"
          type="checkbox"
          className="form-checkbox"
          checked={status === 'closed'}
          onChange={(e) => setFilters({ status: e.target.checked ? 'afsluttet' : undefined, side: undefined })}
        />
        <label htmlFor="show-closed">{t('inbox.showClosed')}</label>
      </div>
      {inbox.isError && <ErrorAlert onRetry={() => void inbox.refetch()} />}
      {inbox.data && inbox.data.items.length === 0 && <p>{t('inbox.empty')}</p>}
      {inbox.data && inbox.data.items.length > 0 && (
        <ScrollTable label={t('inbox.title')}>
          <table className="table table--compact" data-testid="inbox">
            <thead>
              <tr>
                <th scope="col">{t('inbox.col.citizen')}</th>
                <th scope="col">{t('inbox.col.subject')}</th>
                <th scope="col">{t('inbox.col.last')}</th>
                <th scope="col">{t('inbox.col.assigned')}</th>
              </tr>
            </thead>
            <tbody>
              {inbox.data.items.map((c) => (
                <tr key={c.id} className={c.unread ? 'unread' : undefined}>
                  <td>{c.citizenName}</td>
                  <td>
                    <Link to={inboxPath(c.id)}>{c.subject}</Link>
                    {c.unread > 0 && (
                      <span className="conversation-unread">{t('inbox.unread', { count: c.unread })}</span>
                    )}
                    <br />
                    <span className="small-text">{c.preview}</span>
                  </td>
                  <td>{formatDateTime(c.lastMessageAt, i18n.language)}</td>
                  <td>{c.assignedName ?? t('inbox.nobody')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {inbox.data && (
        <Pagination
          page={inbox.data.page}
          totalPages={inbox.data.totalPages}
          total={inbox.data.total}
          onPage={(p) => setFilters({ side: String(p) })}
        />
      )}
    </>
  );
}
