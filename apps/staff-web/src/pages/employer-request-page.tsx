import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isPlaceable, useEmployerRequest } from '../modules/employers/api/use-employer-requests';
import { CandidateSearch } from '../modules/employers/components/candidate-search';
import { ConsultantsOnly } from '../modules/employers/components/consultants-only';
import { PlacementsTable } from '../modules/employers/components/placements-table';
import { ProposalsTable } from '../modules/employers/components/proposals-table';
import { RequestActions } from '../modules/employers/components/request-actions';
import { RequestFacts } from '../modules/employers/components/request-facts';
import { RequestStatus } from '../modules/employers/components/request-status';
import { RequestThread } from '../modules/employers/components/request-thread';
import { ROUTES } from '../routes';

/** One employer request: what the company asked, the thread with it, the actions; candidates, proposals, placements. */
export function EmployerRequestPage() {
  return (
    <ConsultantsOnly>
      <EmployerRequest />
    </ConsultantsOnly>
  );
}

function EmployerRequest() {
  const { id = '' } = useParams();
  const { t } = useTranslation('staff');
  const request = useEmployerRequest(id);
  usePageTitle(request.data?.title ?? t('employers.title'), t('appName'));
  const back = (
    <p>
      <Link to={ROUTES.employers}>{t('employers.back')}</Link>
    </p>
  );
  if (request.isError)
    return (
      <>
        {back}
        <h1>{t('employers.title')}</h1>
        <ErrorAlert
          message={
            request.error instanceof ApiProblemError && request.error.status === 404
              ? t('employers.problems.employer_request_not_found')
              : undefined
          }
          onRetry={() => void request.refetch()}
        />
      </>
    );
  if (!request.data) return <p aria-busy="true">{t('loading', { ns: 'common' })}</p>;
  const r = request.data;
  return (
    <>
      {back}
      <h1>{r.title}</h1>
      <p className="font-lead">
        {r.companyName} · {t(`employers.kind.${r.kind}`)} · <RequestStatus request={r} />
      </p>
      <div className="conversation-layout">
        <div className="conversation-main">
          <RequestFacts request={r} />
          <RequestThread request={r} />
        </div>
        <RequestActions request={r} />
      </div>
      {r.kind !== 'question' && <CandidateSearch request={r} />}
      {(r.kind !== 'question' || r.proposals.length > 0) && <ProposalsTable request={r} />}
      {isPlaceable(r.kind) && <PlacementsTable request={r} />}
    </>
  );
}
