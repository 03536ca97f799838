import { useTranslation } from 'react-i18next';
import type { EmployerRequest } from '../api/use-employer';

/** Ny · Under behandling · Kandidater sendt · Afsluttet (with how it ended). */
export function RequestStatus({ request }: { request: Pick<EmployerRequest, 'status' | 'outcome'> }) {
  const { t } = useTranslation('citizen');
  const text =
    request.status === 'closed' && request.outcome
      ? t(`employer.outcome.${request.outcome}`)
      : t(`employer.status.${request.status}`);
  return (
    <span className={`status-badge request-status status-${request.status}`} data-testid="request-status">
      {text}
    </span>
  );
}
