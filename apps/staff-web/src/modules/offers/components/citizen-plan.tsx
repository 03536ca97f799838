import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert } from '@jobunivers/web/ui';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenPlan, useOfferCatalogue, useSuggest } from '../api/use-offers';

/** The citizen page's plan: goal and items, and "suggest an offer". */
export function CitizenPlan({ citizenId, purpose, active }: { citizenId: string; purpose?: string; active: boolean }) {
  const { t } = useTranslation('staff');
  const plan = useCitizenPlan(citizenId, purpose, true);
  const offers = useOfferCatalogue('published', 1, 100);
  const suggest = useSuggest(citizenId, purpose);
  const onSuggest = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const offerId = String(data.get('offerId') ?? '');
    const note = String(data.get('note') ?? '').trim();
    if (offerId) suggest.mutate({ offerId, ...(note ? { note } : {}) }, { onSuccess: () => void plan.refetch() });
  };
  const problem = suggest.error instanceof ApiProblemError ? suggest.error.problem : undefined;
  return (
    <section aria-labelledby="citizen-plan">
      <h2 id="citizen-plan">{t('plan.title')}</h2>
      {plan.isError && <ErrorAlert onRetry={() => void plan.refetch()} />}
      {plan.data && (
        <>
          <p>
            {t('plan.goal')}: {plan.data.goal?.text ?? t('plan.noGoal')}
          </p>
          {plan.data.items.length === 0 ? (
            <p>{t('plan.empty')}</p>
          ) : (
            <ul className="nobullet-list" data-testid="citizen-plan">
              {plan.data.items.map((i) => (
                <li key={i.id}>
                  {i.offer?.titleDa ?? i.activity?.title} · <strong>{t(`plan.status.${i.status}`)}</strong>
                  {i.waitlistPosition !== null && ` (${t('plan.waitlist', { position: i.waitlistPosition })})`}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {active && offers.data && (
        <form onSubmit={onSuggest} aria-labelledby="suggest-title">
          <h3 id="suggest-title">{t('plan.suggest')}</h3>
          <div className="form-row">
            <div className="form-group">
              <label className="form-label" htmlFor="suggest-offer">
                {t('plan.offer')}
              </label>
              <select id="suggest-offer" name="offerId" className="form-select">
                {offers.data.items.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.titleDa}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor="suggest-note">
                {t('plan.note')}
              </label>
              <input id="suggest-note" name="note" className="form-input input-width-xl" maxLength={1000} />
            </div>
          </div>
          {problem && (
            <p className="form-error-message">{t(`plan.problems.${problem.code}`, { defaultValue: problem.title })}</p>
          )}
          {suggest.isSuccess && <p role="status">{t('plan.suggested')}</p>}
          <button type="submit" className="button button-secondary" disabled={suggest.isPending}>
            {t('plan.sendSuggestion')}
          </button>
        </form>
      )}
    </section>
  );
}
