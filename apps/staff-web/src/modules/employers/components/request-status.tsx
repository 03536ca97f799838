import { useTranslation } from 'react-i18next';
import type { EmployerRequest } from '../api/use-employer-requests';

/** A request's status as a badge with words (never colour alone); a closed one with its outcome. */
export function RequestStatus({ request }: { request: Pick<EmployerRequest, 'status' | 'outcome'> }) {
  const { t } = useTranslation('staff');
  return (
    <span className={`request-status request-status--${request.status}`}>
      {request.status === 'closed' && request.outcome
        ? t('employers.closedWith', { outcome: t(`employers.outcome.${request.outcome}`) })
        : t(`employers.status.${request.status}`)}
    </span>
  );
}
