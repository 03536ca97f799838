import { ErrorAlert, ErrorSummary, useErrorSummary } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, type EmployerRequestDetail, useCandidates, usePropose } from '../api/use-employer-requests';
import { ProblemAlert } from './problem-alert';

const FIELDSET_ID = 'candidates';
/** The first candidate who can still be proposed: where the error summary takes the consultant. */
const FIRST_OPEN_ID = 'candidate-first';

/**
 * Candidates for the request: citizens of the municipality who let companies find them, ranked with the
 * reasons they fit (the search is an audited read, so it runs when asked). The consultant ticks some and
 * proposes them; each gets an invitation and decides whether the company may see them.
 */
export function CandidateSearch({ request: r }: { request: EmployerRequestDetail }) {
  const { t, i18n } = useTranslation('staff');
  const [searched, setSearched] = useState(false);
  const candidates = useCandidates(r.id, i18n.language, searched);
  const propose = usePropose(r.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [proposed, setProposed] = useState<number>();
  const { errors, report, clear, summary } = useErrorSummary<'candidates'>(() => FIRST_OPEN_ID);
  const closed = r.status === 'closed';
  const items = candidates.data?.items ?? [];
  const open = items.filter((c) => !c.proposal);

  const toggle = (id: string, on: boolean) => setChosen((now) => (on ? [...now, id] : now.filter((x) => x !== id)));
  const onPropose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProposed(undefined);
    if (report({ candidates: chosen.length === 0 && t('employers.candidates.chooseOne') })) return;
    clear();
    propose.mutate(chosen, {
      onSuccess: (created) => {
        setProposed(created.length);
        setChosen([]);
      },
    });
  };

  return (
    <section aria-labelledby="candidate-search" className="employer-section">
      <h2 id="candidate-search">{t('employers.candidates.title')}</h2>
      <p>{t('employers.candidates.intro')}</p>
      <p>
        <button
          type="button"
          className="button button-secondary"
          disabled={candidates.isFetching}
          onClick={() => (searched ? void candidates.refetch() : setSearched(true))}
        >
          {searched ? t('employers.candidates.searchAgain') : t('employers.candidates.search')}
        </button>
      </p>
      <p role="status">
        {candidates.isFetching
          ? t('employers.candidates.searching')
          : proposed !== undefined
            ? t('employers.candidates.proposed', { count: proposed })
            : candidates.data
              ? t('employers.candidates.found', { count: items.length })
              : ''}
      </p>
      {candidates.isError && <ErrorAlert onRetry={() => void candidates.refetch()} />}
      {candidates.data && items.length === 0 && <p>{t('employers.candidates.none')}</p>}
      {items.length > 0 && (
        <form noValidate onSubmit={onPropose}>
          <ErrorSummary {...summary} />
          {propose.isError && <ProblemAlert error={propose.error} />}
          <fieldset
            id={FIELDSET_ID}
            className={errors.candidates ? 'form-error' : undefined}
            aria-describedby={errors.candidates ? `${FIELDSET_ID}-error` : undefined}
          >
            <legend className="form-label">{t('employers.candidates.legend')}</legend>
            {errors.candidates && (
              <span className="form-error-message" id={`${FIELDSET_ID}-error`}>
                {errors.candidates}
              </span>
            )}
            <ol className="nobullet-list candidate-list" data-testid="candidates">
              {items.map((c) => (
                <CandidateItem
                  key={c.citizenId}
                  candidate={c}
                  inputId={c.citizenId === open[0]?.citizenId ? FIRST_OPEN_ID : `candidate-${c.citizenId}`}
                  checked={chosen.includes(c.citizenId)}
                  disabled={closed || !!c.proposal}
                  onChange={(on) => toggle(c.citizenId, on)}
                />
              ))}
            </ol>
          </fieldset>
          {!closed && open.length > 0 && (
            <button type="submit" className="button button-primary" disabled={propose.isPending}>
              {t('employers.candidates.propose')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

function CandidateItem({
  candidate: c,
  inputId,
  checked,
  disabled,
  onChange,
}: {
  candidate: Candidate;
  inputId: string;
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useTranslation('staff');
  const detailsId = `${inputId}-details`;
  return (
    <li className="candidate">
      <div className="form-group-checkbox">
        <input
          id={inputId}
          type="checkbox"
          className="form-checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={detailsId}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={inputId}>{c.name}</label>
      </div>
      <div id={detailsId} className="candidate-details">
        <p className="small-text">
          {t('employers.candidates.score', { score: c.score })} ·{' '}
          <span className={`visibility-badge visibility-badge--${c.visibility}`}>
            {t(`employers.visibility.${c.visibility}`)}
          </span>
          {c.proposal && (
            <>
              {' '}
              ·{' '}
              <span className={`proposal-status proposal-status--${c.proposal}`}>
                {t('employers.candidates.alreadyProposed', {
                  status: t(`employers.proposalStatus.${c.proposal}`),
                })}
              </span>
            </>
          )}
        </p>
        {c.reasons.length > 0 && (
          <ul className="candidate-reasons" aria-label={t('employers.candidates.reasons', { name: c.name })}>
            {c.reasons.map((reason) => (
              <li key={reason.code}>{reason.text}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
