import { ErrorAlert, formatDateTime, Pagination, usePageTitle, useUrlFilters } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  type EmployerRequest,
  type RequestScope,
  useEmployerRequests,
} from '../modules/employers/api/use-employer-requests';
import { ConsultantsOnly } from '../modules/employers/components/consultants-only';
import { EmployerKpis } from '../modules/employers/components/employer-kpis';
import { RequestStatus } from '../modules/employers/components/request-status';
import { ageOf } from '../modules/employers/format';
import { employerRequestPath } from '../routes';

const SCOPES: RequestScope[] = ['unassigned', 'me', 'all'];

/** Virksomheder: the municipality's employer requests — unassigned, mine, all; open or closed — updated live, with the KPIs. */
export function EmployerRequestsPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('employers.title'), t('appName'));
  return (
    <ConsultantsOnly>
      <EmployerInbox />
    </ConsultantsOnly>
  );
}

function EmployerInbox() {
  const { t } = useTranslation('staff');
  const [params, setFilters] = useUrlFilters();
  const scope = (SCOPES.includes(params.get('vis') as RequestScope) ? params.get('vis') : 'unassigned') as RequestScope;
  const status = params.get('status') === 'afsluttet' ? 'closed' : 'open';
  const page = Number(params.get('side') ?? 1) || 1;
  const requests = useEmployerRequests(scope, status, page);
  return (
    <>
      <h1>{t('employers.title')}</h1>
      <p>{t('employers.intro')}</p>
      <EmployerKpis />
      <h2 id="employer-requests">{t('employers.inbox.title')}</h2>
      <nav aria-label={t('employers.inbox.scopes')}>
        <ul className="inbox-scopes">
          {SCOPES.map((s) => (
            <li key={s}>
              <Link
                to={`?${new URLSearchParams({ vis: s, ...(status === 'closed' ? { status: 'afsluttet' } : {}) })}`}
                aria-current={s === scope ? 'page' : undefined}
                className={s === scope ? 'current' : undefined}
              >
                {t(`employers.inbox.scope.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="form-group-checkbox">
        <input
          id="show-closed-requests"
          type="checkbox"
          className="form-checkbox"
          checked={status === 'closed'}
          onChange={(e) => setFilters({ status: e.target.checked ? 'afsluttet' : undefined, side: undefined })}
        />
        <label htmlFor="show-closed-requests">{t('employers.inbox.showClosed')}</label>
      </div>
      {requests.isError && <ErrorAlert onRetry={() => void requests.refetch()} />}
      {requests.isPending && <p aria-busy="true">{t('loading', { ns: 'common' })}</p>}
      {requests.data && (
        <p aria-live="polite" className="small-text">
          {t(status === 'closed' ? 'employers.inbox.countClosed' : 'employers.inbox.countOpen', {
            count: requests.data.total,
          })}
        </p>
      )}
      {requests.data && requests.data.items.length === 0 && (
        <p data-testid="employer-requests-empty">{t(`employers.inbox.empty.${scope}`)}</p>
      )}
      {requests.data && requests.data.items.length > 0 && (
        <table
          className="table table--compact table--responsive-headers employer-table"
          aria-labelledby="employer-requests"
          data-testid="employer-requests"
        >
          <thead>
            <tr>
              <th scope="col">{t('employers.col.title')}</th>
              <th scope="col">{t('employers.col.company')}</th>
              <th scope="col">{t('employers.col.kind')}</th>
              <th scope="col">{t('employers.col.status')}</th>
              <th scope="col">{t('employers.col.age')}</th>
              <th scope="col">{t('employers.col.consultant')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.data.items.map((r) => (
              <RequestRow key={r.id} request={r} />
            ))}
          </tbody>
        </table>
      )}
      {requests.data && (
        <Pagination
          page={requests.data.page}
          totalPages={requests.data.totalPages}
          total={requests.data.total}
          onPage={(p) => setFilters({ side: String(p) })}
        />
      )}
    </>
  );
}

function RequestRow({ request: r }: { request: EmployerRequest }) {
  const { t, i18n } = useTranslation('staff');
  const age = ageOf(r.createdAt);
  return (
    <tr className={r.status === 'new' ? 'unread' : undefined}>
      <td data-title={t('employers.col.title')}>
        <Link to={employerRequestPath(r.id)}>{r.title}</Link>
      </td>
      <td data-title={t('employers.col.company')}>{r.companyName}</td>
      <td data-title={t('employers.col.kind')}>{t(`employers.kind.${r.kind}`)}</td>
      <td data-title={t('employers.col.status')}>
        <RequestStatus request={r} />
      </td>
      <td data-title={t('employers.col.age')}>
        <time dateTime={r.createdAt} title={formatDateTime(r.createdAt, i18n.language)}>
          {t(`employers.age.${age.unit}`, { count: age.count })}
        </time>
      </td>
      <td data-title={t('employers.col.consultant')}>{r.consultantName ?? t('employers.nobody')}</td>
    </tr>
  );
}
