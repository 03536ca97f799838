import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, formatDateTime, Pagination, ScrollTable, usePageTitle, useUrlFilters } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Application, useApplications, useDecide } from '../modules/offers/api/use-offers';
import { citizenPath } from '../routes';

/** Godkendelser: applications for offers that need approval, oldest first; approve or reject with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('approvals.title'), t('appName'));
  const [params, setFilters] = useUrlFilters();
  const scope = (params.get('omfang') ?? undefined) as 'me' | 'all' | undefined;
  const page = Number(params.get('side') ?? 1) || 1;
  const applications = useApplications(scope, page);
  return (
    <>
      <h1>{t('approvals.title')}</h1>
      <p className="font-lead">{t('approvals.intro')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="approval-scope">
          {t('approvals.scope')}
        </label>
        <select
          id="approval-scope"
          className="form-select"
          value={scope ?? ''}
          onChange={(e) => setFilters({ omfang: e.target.value || undefined, side: undefined })}
        >
          <option value="">{t('approvals.scopeDefault')}</option>
          <option value="me">{t('approvals.scopeMe')}</option>
          <option value="all">{t('approvals.scopeAll')}</option>
        </select>
      </div>
      {applications.isError && <ErrorAlert onRetry={() => void applications.refetch()} />}
      {applications.data?.items.length === 0 && <p>{t('approvals.none')}</p>}
      {applications.data && applications.data.items.length > 0 && (
        <ScrollTable label={t('approvals.title')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('approvals.citizen')}</th>
                <th scope="col">{t('approvals.offer')}</th>
                <th scope="col">{t('approvals.applied')}</th>
                <th scope="col">{t('approvals.places')}</th>
                <th scope="col">{t('approvals.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.data.items.map((a) => (
                <Row key={a.id} application={a} />
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {applications.data && (
        <Pagination
          page={page}
          totalPages={applications.data.totalPages}
          total={applications.data.total}
          onPage={(p) => setFilters({ side: p > 1 ? String(p) : undefined })}
        />
      )}
    </>
  );
}

function Row({ application: a }: { application: Application }) {
  const { t, i18n } = useTranslation('staff');
  const decide = useDecide();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const problem = decide.error instanceof ApiProblemError ? decide.error.problem : undefined;
  return (
    <tr>
      <td>
        <Link to={citizenPath(a.citizenId)} state={{ purpose: t('approvals.purpose') }}>
          {a.citizenName}
        </Link>
      </td>
      <td>{a.offer.titleDa}</td>
      <td>{formatDateTime(a.appliedAt, i18n.language)}</td>
      <td>{a.placesLeft === null ? t('approvals.unlimited') : a.placesLeft}</td>
      <td>
        {rejecting ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim()) decide.mutate({ id: a.id, decision: 'reject', reason: reason.trim() });
            }}
          >
            <label className="form-label" htmlFor={`reason-${a.id}`}>
              {t('approvals.reason')}
            </label>
            <input
              id={`reason-${a.id}`}
              className="form-input"
              value={reason}
              maxLength={1000}
              onChange={(e) => setReason(e.target.value)}
            />{' '}
            <button type="submit" className="button button-primary" disabled={decide.isPending || !reason.trim()}>
              {t('approvals.confirmReject')}
            </button>{' '}
            <button type="button" className="button button-tertiary" onClick={() => setRejecting(false)}>
              {t('approvals.cancel')}
            </button>
          </form>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              onClick={() => decide.mutate({ id: a.id, decision: 'approve' })}
              disabled={decide.isPending}
            >
              {t('approvals.approve')}
              <span className="sr-only"> {a.citizenName}</span>
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => setRejecting(true)}>
              {t('approvals.reject')}
              <span className="sr-only"> {a.citizenName}</span>
            </button>
          </>
        )}
        {problem && <p className="form-error-message">{problem.title}</p>}
      </td>
    </tr>
  );
}
