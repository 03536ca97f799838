import { useMe } from '@jobunivers/web/session';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { jobAdSearchPath } from '../../../routes';
import {
  type EmployerRequestDetail,
  REQUEST_OUTCOMES,
  type RequestOutcome,
  useAssignRequest,
  useClaimRequest,
  useCloseRequest,
  useConsultants,
  usePublishJobAd,
} from '../api/use-employer-requests';
import { ProblemAlert } from './problem-alert';

/**
 * What a consultant does with the request: take it, give it to a colleague (another employer consultant
 * or team lead), publish a recruitment request as a job ad, and close it with the outcome.
 */
export function RequestActions({ request: r }: { request: EmployerRequestDetail }) {
  const { t } = useTranslation('staff');
  const me = useMe();
  const claim = useClaimRequest(r.id);
  const assign = useAssignRequest(r.id);
  const jobAd = usePublishJobAd(r.id);
  const close = useCloseRequest(r.id);
  const staff = useConsultants(r.status !== 'closed');
  const consultants = (staff.data?.items ?? []).filter((s) => s.id !== r.consultantId);
  const [assignee, setAssignee] = useState('');
  const [outcome, setOutcome] = useState<RequestOutcome>('hired');
  const [notice, setNotice] = useState('');
  const closed = r.status === 'closed';
  const mine = r.consultantId === me.data?.id;

  const onAssign = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const to = consultants.find((c) => c.id === (assignee || consultants[0]?.id));
    if (to) assign.mutate(to.id, { onSuccess: () => setNotice(t('employers.actions.assigned', { name: to.name })) });
  };
  const onClose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const label = t(`employers.outcome.${outcome}`);
    if (window.confirm(t('employers.actions.confirmClose', { title: r.title, outcome: label })))
      close.mutate(outcome, { onSuccess: () => setNotice(t('employers.actions.closed', { outcome: label })) });
  };

  return (
    <aside className="conversation-case" aria-labelledby="request-actions" data-testid="request-actions">
      <h2 id="request-actions">{t('employers.actions.title')}</h2>
      <p role="status">{notice}</p>
      {closed && <p>{t('employers.actions.isClosed')}</p>}
      {!closed && (
        <>
          <p>
            {mine
              ? t('employers.actions.yours')
              : r.consultantName
                ? t('employers.actions.with', { name: r.consultantName })
                : t('employers.actions.unassigned')}
          </p>
          {!mine && (
            <p>
              <button
                type="button"
                className="button button-primary"
                disabled={claim.isPending}
                onClick={() => claim.mutate(undefined, { onSuccess: () => setNotice(t('employers.actions.claimed')) })}
              >
                {t('employers.actions.claim')}
              </button>
            </p>
          )}
          {claim.isError && <ProblemAlert error={claim.error} />}
          {consultants.length > 0 && (
            <form onSubmit={onAssign}>
              <div className="form-group">
                <label className="form-label" htmlFor="assign-consultant">
                  {t('employers.actions.assignTo')}
                </label>
                <select
                  id="assign-consultant"
                  className="form-select"
                  value={assignee || consultants[0].id}
                  onChange={(e) => setAssignee(e.target.value)}
                >
                  {consultants.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-secondary" disabled={assign.isPending}>
                {t('employers.actions.assign')}
              </button>
              {assign.isError && <ProblemAlert error={assign.error} />}
            </form>
          )}
          {r.kind === 'recruitment' && !r.jobAdId && (
            <section aria-labelledby="job-ad-heading">
              <h3 id="job-ad-heading">{t('employers.jobAd.title')}</h3>
              <p className="small-text" id="job-ad-hint">
                {t('employers.jobAd.hint')}
              </p>
              <button
                type="button"
                className="button button-secondary"
                aria-describedby="job-ad-hint"
                disabled={jobAd.isPending}
                onClick={() => jobAd.mutate(undefined, { onSuccess: () => setNotice(t('employers.jobAd.created')) })}
              >
                {t('employers.jobAd.create')}
              </button>
              {jobAd.isError && <ProblemAlert error={jobAd.error} />}
            </section>
          )}
          {r.kind === 'recruitment' && r.jobAdId && (
            <p>
              <Link to={jobAdSearchPath(r.title)}>{t('employers.jobAd.show')}</Link>
            </p>
          )}
          <form onSubmit={onClose} aria-labelledby="close-heading">
            <h3 id="close-heading">{t('employers.actions.closeTitle')}</h3>
            <div className="form-group">
              <label className="form-label" htmlFor="close-outcome">
                {t('employers.actions.outcome')}
              </label>
              <select
                id="close-outcome"
                className="form-select"
                value={outcome}
                onChange={(e) => setOutcome(e.target.value as RequestOutcome)}
              >
                {REQUEST_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`employers.outcomeOption.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-secondary" disabled={close.isPending}>
              {t('employers.actions.close')}
            </button>
            {close.isError && <ProblemAlert error={close.error} />}
          </form>
        </>
      )}
    </aside>
  );
}
