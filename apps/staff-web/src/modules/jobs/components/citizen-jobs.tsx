import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, formatDay } from '@jobunivers/web/ui';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenJoblog, useCitizenMatches, useCitizenSuggestions, useSuggestJob } from '../api/use-jobs';

/** The citizen page's Job section: their matches (as they see them), suggestions sent and answered, and their joblog. */
export function CitizenJobs({ citizenId, purpose, active }: { citizenId: string; purpose?: string; active: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const matches = useCitizenMatches(citizenId, purpose, i18n.language);
  const suggestions = useCitizenSuggestions(citizenId, purpose);
  const joblog = useCitizenJoblog(citizenId, purpose);
  const suggest = useSuggestJob(citizenId, purpose);
  const onSuggest = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const jobAdId = String(data.get('jobAdId') ?? '');
    const note = String(data.get('note') ?? '').trim();
    if (jobAdId) suggest.mutate({ jobAdId, ...(note ? { note } : {}) });
  };
  const problem = suggest.error instanceof ApiProblemError ? suggest.error.problem : undefined;
  const suggested = new Set(suggestions.data?.items.map((s) => s.jobAd.id));
  const candidates = matches.data?.items.filter((m) => !suggested.has(m.jobAd.id)) ?? [];
  return (
    <section aria-labelledby="citizen-jobs">
      <h2 id="citizen-jobs">{t('jobs.citizenTitle')}</h2>
      <h3>{t('jobs.matches')}</h3>
      {matches.isError && <ErrorAlert onRetry={() => void matches.refetch()} />}
      {matches.data && !matches.data.profileReady && <p>{t('jobs.profileNotReady')}</p>}
      {matches.data && matches.data.profileReady && matches.data.items.length === 0 && <p>{t('jobs.noMatches')}</p>}
      {matches.data && matches.data.items.length > 0 && (
        <ol className="job-matches" data-testid="citizen-matches">
          {matches.data.items.slice(0, 10).map((m) => (
            <li key={m.jobAd.id}>
              <strong>{m.jobAd.title}</strong> · {m.jobAd.employer}, {m.jobAd.locality} ·{' '}
              {t('jobs.score', { score: m.score })}
              <br />
              <span className="job-reasons-inline">{m.reasons.join(' · ')}</span>
            </li>
          ))}
        </ol>
      )}
      {active && candidates.length > 0 && (
        <form onSubmit={onSuggest} aria-labelledby="suggest-job-title">
          <h3 id="suggest-job-title">{t('jobs.suggest')}</h3>
          <div className="form-row">
            <div className="form-group">
              <label className="form-label" htmlFor="suggest-job">
                {t('jobs.jobAd')}
              </label>
              <select id="suggest-job" name="jobAdId" className="form-select">
                {candidates.map((m) => (
                  <option key={m.jobAd.id} value={m.jobAd.id}>
                    {m.jobAd.title} – {m.jobAd.employer} ({m.score})
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor="suggest-job-note">
                {t('jobs.note')}
              </label>
              <input id="suggest-job-note" name="note" className="form-input input-width-xl" maxLength={1000} />
            </div>
          </div>
          {problem && <p className="form-error-message">{problem.title}</p>}
          {suggest.isSuccess && <p role="status">{t('jobs.suggested')}</p>}
          <button type="submit" className="button button-secondary" disabled={suggest.isPending}>
            {t('jobs.sendSuggestion')}
          </button>
        </form>
      )}
      <h3>{t('jobs.suggestions')}</h3>
      {suggestions.isError && <ErrorAlert onRetry={() => void suggestions.refetch()} />}
      {suggestions.data && suggestions.data.items.length === 0 && <p>{t('jobs.noSuggestions')}</p>}
      {suggestions.data && suggestions.data.items.length > 0 && (
        <ul className="nobullet-list" data-testid="citizen-job-suggestions">
          {suggestions.data.items.map((s) => (
            <li key={s.id}>
              {s.jobAd.title} · {s.jobAd.employer} ·{' '}
              {t('jobs.sentBy', { name: s.suggestedByName, date: formatDay(s.createdAt, i18n.language) })} ·{' '}
              <strong>{s.answer ? t(`jobs.answers.${s.answer}`) : t('jobs.awaiting')}</strong>
              {s.answerReason && ` (“${s.answerReason}”)`}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('jobs.joblog')}</h3>
      {joblog.isError && <ErrorAlert onRetry={() => void joblog.refetch()} />}
      {joblog.data && joblog.data.items.length === 0 && <p>{t('jobs.noApplications')}</p>}
      {joblog.data && joblog.data.items.length > 0 && (
        <ul className="nobullet-list" data-testid="citizen-joblog">
          {joblog.data.items.map((e) => (
            <li key={e.id}>
              {formatDay(`${e.appliedOn}T12:00:00Z`, i18n.language)}: {e.title} · {e.employer} ·{' '}
              {t(`jobs.statuses.${e.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
