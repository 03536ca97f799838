import { ErrorAlert, formatDay, STAFF_TEXT_LANGUAGE, usePageTitle } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  type JobSuggestion,
  useAlertMode,
  useAnswerSuggestion,
  useJobAlerts,
  useJobMatches,
  useJobSuggestions,
  useSaveJob,
} from '../modules/jobs/api/use-jobs';
import { JobAdCard } from '../modules/jobs/components/job-ad-card';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { jobPath, ROUTES } from '../routes';

/** Job: suggestions from my caseworker, my best matches with the reasons, and how I hear about new ones. */
export function JobsPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('jobs.title'), t('appName'));
  return (
    <>
      <h1>{t('jobs.title')}</h1>
      <p className="font-lead">{t('jobs.intro')}</p>
      <JobsNav />
      <SignedInOnly returnTo={ROUTES.jobs}>
        <Suggestions />
        <Matches />
        <Alerts />
      </SignedInOnly>
    </>
  );
}

export function JobsNav() {
  const { t } = useTranslation('citizen');
  return (
    <nav aria-label={t('jobs.navLabel')} className="jobs-nav">
      <Link to={ROUTES.jobs}>{t('jobs.matchesNav')}</Link> · <Link to={ROUTES.jobSearch}>{t('jobs.searchNav')}</Link> ·{' '}
      <Link to={ROUTES.savedJobs}>{t('jobs.savedNav')}</Link> · <Link to={ROUTES.joblog}>{t('nav.joblog')}</Link>
    </nav>
  );
}

function Suggestions() {
  const { t } = useTranslation('citizen');
  const suggestions = useJobSuggestions();
  if (suggestions.isError) return <ErrorAlert onRetry={() => void suggestions.refetch()} />;
  const items = suggestions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="suggestions">
      <h2 id="suggestions">{t('jobs.suggestions')}</h2>
      <ul className="nobullet-list" data-testid="job-suggestions">
        {items.map((s) => (
          <SuggestionItem key={s.id} suggestion={s} />
        ))}
      </ul>
    </section>
  );
}

function SuggestionItem({ suggestion: s }: { suggestion: JobSuggestion }) {
  const { t, i18n } = useTranslation('citizen');
  const answer = useAnswerSuggestion();
  const [declining, setDeclining] = useState(false);
  const decline = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    answer.mutate({ id: s.id, answer: 'not_relevant', ...(reason ? { reason } : {}) });
  };
  return (
    <JobAdCard ad={s.jobAd}>
      <p>
        {t('jobs.suggestedBy', { name: s.suggestedByName, date: formatDay(s.createdAt, i18n.language) })}
        {s.note && (
          <>
            <br />“<span lang={STAFF_TEXT_LANGUAGE}>{s.note}</span>”
          </>
        )}
      </p>
      {s.answer ? (
        <p className="job-answer">{t(`jobs.answered.${s.answer}`)}</p>
      ) : declining ? (
        <form onSubmit={decline}>
          <label className="form-label" htmlFor={`reason-${s.id}`}>
            {t('jobs.whyNotRelevant')}
          </label>
          <input id={`reason-${s.id}`} name="reason" className="form-input input-width-xl" maxLength={500} />
          <button type="submit" className="button button-secondary" disabled={answer.isPending}>
            {t('jobs.sendAnswer')}
          </button>
        </form>
      ) : (
        <p>
          <button
            type="button"
            className="button button-primary"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ id: s.id, answer: 'applied' })}
          >
            {t('jobs.iApplied')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setDeclining(true)}>
            {t('jobs.notRelevant')}
          </button>
        </p>
      )}
      {answer.isError && <ErrorAlert />}
    </JobAdCard>
  );
}

function Matches() {
  const { t, i18n } = useTranslation('citizen');
  const matches = useJobMatches(i18n.language);
  const save = useSaveJob();
  if (matches.isError) return <ErrorAlert onRetry={() => void matches.refetch()} />;
  if (!matches.data) return <p>{t('loading', { ns: 'common' })}</p>;
  return (
    <section aria-labelledby="matches">
      <h2 id="matches">{t('jobs.matches')}</h2>
      {!matches.data.profileReady ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t('jobs.profileNeeded')}</p>
            <p className="alert-text">
              <Link to={ROUTES.profile}>{t('overview.completeProfile')}</Link>
            </p>
          </div>
        </div>
      ) : matches.data.items.length === 0 ? (
        <p>{t('jobs.noMatches')}</p>
      ) : (
        <ul className="nobullet-list" data-testid="job-matches">
          {matches.data.items.map((m) => (
            <JobAdCard key={m.jobAd.id} ad={m.jobAd} match={m} score={m.score}>
              <p>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-pressed={m.saved}
                  disabled={save.isPending}
                  onClick={() => save.mutate({ id: m.jobAd.id, saved: !m.saved })}
                >
                  {m.saved ? t('jobs.saved') : t('jobs.save')}
                  <span className="sr-only"> {m.jobAd.title}</span>
                </button>{' '}
                <Link to={jobPath(m.jobAd.id)}>
                  {t('jobs.readMore')}
                  <span className="sr-only"> {m.jobAd.title}</span>
                </Link>
              </p>
            </JobAdCard>
          ))}
        </ul>
      )}
      {save.isError && <ErrorAlert />}
    </section>
  );
}

function Alerts() {
  const { t } = useTranslation('citizen');
  const alerts = useJobAlerts();
  const setMode = useAlertMode();
  if (!alerts.data) return null;
  return (
    <section aria-labelledby="alerts">
      <h2 id="alerts">{t('jobs.alerts')}</h2>
      <div className="form-group">
        <label className="form-label" htmlFor="alert-mode">
          {t('jobs.alertMode')}
        </label>
        <select
          id="alert-mode"
          className="form-select"
          value={alerts.data.mode}
          onChange={(e) => setMode.mutate(e.target.value as 'instant' | 'daily' | 'off')}
        >
          {(['instant', 'daily', 'off'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`jobs.alertModes.${m}`)}
            </option>
          ))}
        </select>
      </div>
      {alerts.data.items.length > 0 && (
        <>
          <p>{t('jobs.newForYou', { count: alerts.data.items.length })}</p>
          <ul className="nobullet-list">
            {alerts.data.items.slice(0, 5).map((a) => (
              <JobAdCard key={a.id} ad={a.jobAd} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
