import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, formatDateTime, usePageTitle } from '@jobunivers/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import {
  type EmployerRequestThread,
  useCandidates,
  useEmployerRequest,
  useWithdrawRequest,
} from '../modules/employers/api/use-employer';
import { CandidateCard } from '../modules/employers/components/candidate-card';
import { EmployerOnly } from '../modules/employers/components/employer-only';
import { useOccupationTitle } from '../modules/employers/components/occupation-chooser';
import { formatPlainDate } from '../modules/employers/components/plain-date';
import { RequestStatus } from '../modules/employers/components/request-status';
import { RequestThread } from '../modules/employers/components/request-thread';
import { usePostalCode } from '../modules/jobcentre/api/use-postal-code';
import { employerRequestPath, ROUTES } from '../routes';

/** One request: what was asked, its status, the candidates who accepted, the thread, and "Træk tilbage". */
export function EmployerRequestPage() {
  const { id = '' } = useParams();
  return (
    <EmployerOnly returnTo={employerRequestPath(id)}>
      <RequestView id={id} />
    </EmployerOnly>
  );
}

function RequestView({ id }: { id: string }) {
  const { t } = useTranslation('citizen');
  const request = useEmployerRequest(id);
  const location = useLocation();
  const navigate = useNavigate();
  // "Sent" is said once: the address's state is cleared, so a reload or a return later does not say it again.
  const [justSent] = useState((location.state as { sent?: boolean } | null)?.sent === true);
  useEffect(() => {
    if (justSent) navigate(location.pathname, { replace: true, state: null });
  }, [justSent, navigate, location.pathname]);
  usePageTitle(request.data?.title ?? t('employer.requests.title'), t('appName'));
  const back = (
    <p>
      <Link to={ROUTES.employer}>{t('employer.request.back')}</Link>
    </p>
  );
  if (request.isError) {
    const notFound = request.error instanceof ApiProblemError && request.error.status === 404;
    return (
      <>
        {back}
        <h1>{t('employer.requests.title')}</h1>
        <ErrorAlert
          message={notFound ? t('employer.request.notFound') : undefined}
          onRetry={notFound ? undefined : () => void request.refetch()}
          retrying={request.isFetching}
        />
      </>
    );
  }
  if (!request.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const r = request.data;
  return (
    <>
      {back}
      <h1>{r.title}</h1>
      {justSent && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('employer.request.sent', { municipality: r.municipalityName })}</p>
          </div>
        </div>
      )}
      <p>
        <RequestStatus request={r} />
      </p>
      <Facts request={r} />
      <Candidates request={r} />
      <RequestThread request={r} />
      <Withdraw request={r} />
    </>
  );
}

function Facts({ request: r }: { request: EmployerRequestThread }) {
  const { t, i18n } = useTranslation('citizen');
  const occupation = useOccupationTitle(r.occupationCode);
  const place = usePostalCode(r.postalCode);
  return (
    <section aria-labelledby="request-details">
      <h2 id="request-details">{t('employer.request.details')}</h2>
      <dl className="meeting-facts">
        <dt>{t('employer.request.kind')}</dt>
        <dd>{t(`employer.kinds.${r.kind}`)}</dd>
        <dt>{t('employer.request.occupation')}</dt>
        <dd>{occupation}</dd>
        <dt>{t('employer.request.place')}</dt>
        <dd>{place.data ? `${r.postalCode} ${place.data.name}` : r.postalCode}</dd>
        {r.hoursPerWeek !== null && (
          <>
            <dt>{t('employer.request.hours')}</dt>
            <dd>{r.hoursPerWeek}</dd>
          </>
        )}
        {r.positions !== null && (
          <>
            <dt>{t('employer.request.positions')}</dt>
            <dd>{r.positions}</dd>
          </>
        )}
        {r.startBy && (
          <>
            <dt>{t('employer.request.startBy')}</dt>
            <dd>{formatPlainDate(r.startBy, i18n.language)}</dd>
          </>
        )}
        <dt>{t('employer.request.municipality')}</dt>
        <dd>{t('employer.request.municipalityName', { name: r.municipalityName })}</dd>
        <dt>{t('employer.request.consultant')}</dt>
        <dd>{r.consultantName ?? t('employer.request.noConsultant')}</dd>
        <dt>{t('employer.request.sentBy')}</dt>
        <dd>{r.createdByName}</dd>
        <dt>{t('employer.request.sentAt')}</dt>
        <dd>{formatDateTime(r.createdAt, i18n.language)}</dd>
      </dl>
      <h3 className="h5">{t('employer.request.description')}</h3>
      <p className="preserve-lines">{r.description}</p>
      {r.jobAdId && <p>{t('employer.request.jobAd')}</p>}
    </section>
  );
}

/** The candidates who accepted (read only when there are some: every read is in each candidate's access log). */
function Candidates({ request: r }: { request: EmployerRequestThread }) {
  const { t, i18n } = useTranslation('citizen');
  const candidates = useCandidates(r.id, i18n.language, r.candidates > 0);
  return (
    <section aria-labelledby="request-candidates">
      <h2 id="request-candidates">{t('employer.candidates.title')}</h2>
      <p>{t('employer.candidates.intro')}</p>
      {candidates.isError && <ErrorAlert onRetry={() => void candidates.refetch()} retrying={candidates.isFetching} />}
      {r.candidates === 0 || candidates.data?.length === 0 ? (
        <p data-testid="no-candidates">{t('employer.candidates.none')}</p>
      ) : candidates.data ? (
        <>
          <ul className="nobullet-list candidate-list" data-testid="candidates">
            {candidates.data.map((c) => (
              <CandidateCard key={c.id} candidate={c} />
            ))}
          </ul>
          <p className="small-text">{t('employer.candidates.seen')}</p>
        </>
      ) : (
        candidates.isPending && <p>{t('loading', { ns: 'common' })}</p>
      )}
    </section>
  );
}

/** Asks once, naming what happens, before the request is closed as withdrawn; then says it is done. */
function Withdraw({ request: r }: { request: EmployerRequestThread }) {
  const { t } = useTranslation('citizen');
  const withdraw = useWithdrawRequest(r.id);
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  if (withdraw.isSuccess)
    return (
      <div className="alert alert-success" role="status">
        <div className="alert-body">
          <p className="alert-text">{t('employer.request.withdrawn')}</p>
        </div>
      </div>
    );
  if (r.status === 'closed') return null;
  return (
    <section aria-labelledby="request-withdraw" className="request-withdraw">
      <h2 id="request-withdraw" className="sr-only">
        {t('employer.request.withdraw')}
      </h2>
      {withdraw.isError && <ErrorAlert />}
      {asking ? (
        <div className="alert alert-warning" role="alert" tabIndex={-1} ref={question}>
          <div className="alert-body">
            <p className="alert-text">{t('employer.request.withdrawConfirm', { title: r.title })}</p>
            <p>
              <button
                type="button"
                className="button button-primary"
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate(undefined, { onSuccess: () => setAsking(false) })}
              >
                {t('employer.request.withdrawYes')}
              </button>{' '}
              <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
                {t('employer.request.withdrawNo')}
              </button>
            </p>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {t('employer.request.withdraw')}
        </button>
      )}
    </section>
  );
}
