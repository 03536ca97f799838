import { ErrorAlert, formatDateTime, Pagination, usePageTitle, useUrlFilters } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useEmployerRequests } from '../modules/employers/api/use-employer';
import { EmployerOnly } from '../modules/employers/components/employer-only';
import { RequestStatus } from '../modules/employers/components/request-status';
import { employerRequestPath, ROUTES } from '../routes';

/** "For virksomheder": the landing page to a visitor; to a signed-in company, its requests and their status. */
export function EmployerHomePage() {
  return (
    <EmployerOnly returnTo={ROUTES.employer}>
      <Requests />
    </EmployerOnly>
  );
}

function Requests() {
  const { t, i18n } = useTranslation('citizen');
  usePageTitle(t('employer.requests.title'), t('appName'));
  const [params, setFilters] = useUrlFilters();
  const page = Number(params.get('side') ?? 1) || 1;
  const requests = useEmployerRequests(page);
  return (
    <>
      <h1>{t('employer.requests.title')}</h1>
      <p className="font-lead">{t('employer.requests.intro')}</p>
      <p>
        <Link className="button button-primary" to={ROUTES.employerNewRequest}>
          {t('employer.nav.newRequest')}
        </Link>
      </p>
      {requests.isError && <ErrorAlert onRetry={() => void requests.refetch()} retrying={requests.isFetching} />}
      {requests.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {requests.data &&
        (requests.data.total === 0 ? (
          <p>{t('employer.requests.empty')}</p>
        ) : (
          <>
            <p aria-live="polite">{t('employer.requests.count', { count: requests.data.total })}</p>
            <ul className="nobullet-list employer-requests" data-testid="employer-requests">
              {requests.data.items.map((r) => (
                <li key={r.id} className="card">
                  <div className="card-content">
                    <h2 className="h4">
                      <Link to={employerRequestPath(r.id)}>{r.title}</Link>
                    </h2>
                    <p>
                      <span className="sr-only">{t('employer.requests.statusLabel')}: </span>
                      <RequestStatus request={r} />
                    </p>
                    <p className="small-text">
                      {t('employer.requests.meta', {
                        kind: t(`employer.kinds.${r.kind}`),
                        date: formatDateTime(r.createdAt, i18n.language),
                        municipality: r.municipalityName,
                      })}
                    </p>
                    {r.candidates > 0 && <p>{t('employer.requests.candidates', { count: r.candidates })}</p>}
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              totalPages={requests.data.totalPages}
              total={requests.data.total}
              onPage={(p) => setFilters({ side: p > 1 ? String(p) : undefined })}
            />
          </>
        ))}
    </>
  );
}
