import { ErrorSummary, FormGroup, problemFieldErrors, useErrorSummary } from '@jobunivers/web/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EmployerRequestDetail,
  isPlaceable,
  type Proposal,
  useApprovePlacement,
} from '../api/use-employer-requests';
import { formatDate } from '../format';
import { ProblemAlert } from './problem-alert';

/**
 * The citizens proposed for the request and their answers. For internship and wage-subsidy requests, a
 * candidate who accepted can get a placement approved (start, end, hours a week): it goes on their plan.
 */
export function ProposalsTable({ request: r }: { request: EmployerRequestDetail }) {
  const { t, i18n } = useTranslation('staff');
  const [placing, setPlacing] = useState<Proposal>();
  const [notice, setNotice] = useState('');
  const placeable = isPlaceable(r.kind) && r.status !== 'closed';
  const placed = new Set(r.placements.map((p) => p.proposalId));
  return (
    <section aria-labelledby="proposals" className="employer-section">
      <h2 id="proposals">{t('employers.proposals.title')}</h2>
      <p role="status">{notice}</p>
      {r.proposals.length === 0 ? (
        <p>{t('employers.proposals.none')}</p>
      ) : (
        <table
          className="table table--compact table--responsive-headers employer-table"
          aria-labelledby="proposals"
          data-testid="proposals"
        >
          <thead>
            <tr>
              <th scope="col">{t('employers.proposals.citizen')}</th>
              <th scope="col">{t('employers.proposals.status')}</th>
              <th scope="col">{t('employers.proposals.proposedAt')}</th>
              <th scope="col">{t('employers.proposals.answeredAt')}</th>
              {isPlaceable(r.kind) && <th scope="col">{t('employers.proposals.placement')}</th>}
            </tr>
          </thead>
          <tbody>
            {r.proposals.map((p) => (
              <tr key={p.id}>
                <td data-title={t('employers.proposals.citizen')}>{p.citizenName}</td>
                <td data-title={t('employers.proposals.status')}>
                  <span className={`proposal-status proposal-status--${p.status}`}>
                    {t(`employers.proposalStatus.${p.status}`)}
                  </span>
                </td>
                <td data-title={t('employers.proposals.proposedAt')}>{formatDate(p.createdAt, i18n.language)}</td>
                <td data-title={t('employers.proposals.answeredAt')}>
                  {p.answeredAt ? formatDate(p.answeredAt, i18n.language) : '–'}
                </td>
                {isPlaceable(r.kind) && (
                  <td data-title={t('employers.proposals.placement')}>
                    {placed.has(p.id) ? (
                      t('employers.proposals.placed')
                    ) : placeable && p.status === 'accepted' ? (
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('employers.placementForm.openFor', { name: p.citizenName })}
                        aria-expanded={placing?.id === p.id}
                        onClick={() => {
                          setNotice('');
                          setPlacing(p);
                        }}
                      >
                        {t('employers.placementForm.open')}
                      </button>
                    ) : (
                      '–'
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {placing && placeable && (
        <PlacementForm
          key={placing.id}
          request={r}
          proposal={placing}
          onCancel={() => setPlacing(undefined)}
          onDone={() => {
            setNotice(t('employers.placementForm.approved', { name: placing.citizenName }));
            setPlacing(undefined);
          }}
        />
      )}
    </section>
  );
}

type PlacementField = 'startDate' | 'endDate' | 'hoursPerWeek';
const fieldId = (field: PlacementField) => `placement-${field}`;

function PlacementForm({
  request: r,
  proposal,
  onCancel,
  onDone,
}: {
  request: EmployerRequestDetail;
  proposal: Proposal;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('staff');
  const approve = useApprovePlacement(r.id);
  const { errors, report, clear, summary } = useErrorSummary<PlacementField>(fieldId);
  const kind = isPlaceable(r.kind) ? t(`employers.placementForm.kind.${r.kind}`) : '';
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the eye: the form that just opened.
  useEffect(() => heading.current?.focus(), []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const startDate = String(data.get('startDate') ?? '');
    const endDate = String(data.get('endDate') ?? '');
    const hours = Number(data.get('hoursPerWeek') ?? '');
    const hoursOk = Number.isInteger(hours) && hours >= 1 && hours <= 60;
    if (
      report({
        startDate: !startDate && t('employers.placementForm.errors.startDate'),
        endDate: !endDate
          ? t('employers.placementForm.errors.endDate')
          : startDate && endDate < startDate && t('employers.placementForm.errors.endBeforeStart'),
        hoursPerWeek: !hoursOk && t('employers.placementForm.errors.hours'),
      })
    )
      return;
    clear();
    approve.mutate(
      { proposalId: proposal.id, startDate, endDate, hoursPerWeek: hours },
      {
        onSuccess: onDone,
        onError: (error) => {
          const fields = problemFieldErrors(error);
          if (fields.length)
            report(
              Object.fromEntries(
                fields
                  .filter((f): f is { field: PlacementField; message: string } =>
                    ['startDate', 'endDate', 'hoursPerWeek'].includes(f.field),
                  )
                  .map((f) => [
                    f.field,
                    t(`employers.placementForm.errors.${f.field === 'hoursPerWeek' ? 'hours' : f.field}`),
                  ]),
              ),
            );
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit} className="placement-form" aria-labelledby="placement-form-title">
      <h3 id="placement-form-title" tabIndex={-1} ref={heading}>
        {t('employers.placementForm.title', { kind, name: proposal.citizenName })}
      </h3>
      <p className="small-text">{t('employers.placementForm.hint', { company: r.companyName })}</p>
      <ErrorSummary {...summary} />
      {approve.isError && problemFieldErrors(approve.error).length === 0 && <ProblemAlert error={approve.error} />}
      <div className="form-row">
        <FormGroup id={fieldId('startDate')} label={t('employers.placementForm.startDate')} error={errors.startDate}>
          <input type="date" name="startDate" className="form-input" defaultValue={r.startBy ?? ''} />
        </FormGroup>
        <FormGroup id={fieldId('endDate')} label={t('employers.placementForm.endDate')} error={errors.endDate}>
          <input type="date" name="endDate" className="form-input" />
        </FormGroup>
        <FormGroup
          id={fieldId('hoursPerWeek')}
          label={t('employers.placementForm.hours')}
          hint={t('employers.placementForm.hoursHint')}
          error={errors.hoursPerWeek}
        >
          <input
            type="number"
            name="hoursPerWeek"
            inputMode="numeric"
            min={1}
            max={60}
            className="form-input input-width-xs"
            defaultValue={r.hoursPerWeek ?? ''}
          />
        </FormGroup>
      </div>
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={approve.isPending}>
          {t('employers.placementForm.approve')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('employers.placementForm.cancel')}
        </button>
      </p>
    </form>
  );
}
