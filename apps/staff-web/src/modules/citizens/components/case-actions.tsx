import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormGroup } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffUsers } from '../../staff-users/api/use-staff-users';
import { type Citizen, useReassign, useReportOutcome } from '../api/use-citizens';

const OUTCOMES = ['job', 'education', 'other', 'moved'] as const;

/** The case itself: a team lead can hand it to another caseworker; staff close it with the outcome. */
export function CaseActions({
  citizen,
  purpose,
  isTeamLead,
}: {
  citizen: Citizen;
  purpose?: string;
  isTeamLead: boolean;
}) {
  const { t } = useTranslation('staff');
  const staff = useStaffUsers(1, isTeamLead);
  const reassign = useReassign(citizen.id);
  const outcome = useReportOutcome(citizen.id, purpose);
  const [dateError, setDateError] = useState(false);
  const [chosen, setChosen] = useState(citizen.assignedCaseworkerId ?? '');
  const caseworkers = (staff.data?.items ?? []).filter((s) => s.roles.includes('caseworker'));

  const onReassign = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen && chosen !== citizen.assignedCaseworkerId) reassign.mutate(chosen);
  };
  const onClose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = {
      outcome: String(form.get('outcome')) as (typeof OUTCOMES)[number],
      date: String(form.get('date') ?? ''),
    };
    setDateError(!value.date);
    if (!value.date) return;
    if (window.confirm(t('caseActions.confirmClose', { name: `${citizen.firstName} ${citizen.lastName}` })))
      outcome.mutate(value);
  };

  if (citizen.status !== 'active') return null;
  return (
    <section aria-labelledby="case-actions">
      <h2 id="case-actions">{t('caseActions.title')}</h2>
      {isTeamLead && caseworkers.length > 0 && (
        <form onSubmit={onReassign} className="filters">
          <div className="form-group">
            <label className="form-label" htmlFor="reassign-caseworker">
              {t('caseActions.caseworker')}
            </label>
            <select
              id="reassign-caseworker"
              name="caseworkerId"
              className="form-select"
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            >
              {caseworkers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={reassign.isPending}>
            {t('caseActions.reassign')}
          </button>
          {reassign.isSuccess && (
            <p role="status" className="alert alert-success alert-text">
              {t('caseActions.reassigned', { name: reassign.data.assignedCaseworkerName })}
            </p>
          )}
          {reassign.isError && <ErrorAlert />}
        </form>
      )}
      <form onSubmit={onClose} noValidate className="filters">
        <div className="form-group">
          <label className="form-label" htmlFor="outcome-kind">
            {t('caseActions.outcome')}
          </label>
          <select id="outcome-kind" name="outcome" className="form-select">
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`caseActions.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <FormGroup id="outcome-date" label={t('caseActions.date')} error={dateError && t('caseActions.dateRequired')}>
          <input name="date" type="date" className="form-input" />
        </FormGroup>
        <button type="submit" className="button button-secondary" disabled={outcome.isPending}>
          {t('caseActions.close')}
        </button>
        {outcome.isError &&
          (outcome.error instanceof ApiProblemError && outcome.error.status === 400 ? (
            <p className="alert alert-error alert-text">{t('caseActions.dateInvalid')}</p>
          ) : (
            <ErrorAlert />
          ))}
      </form>
    </section>
  );
}
