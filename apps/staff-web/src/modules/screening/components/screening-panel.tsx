import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormFieldset, FormGroup } from '@jobunivers/web/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ScreeningInput, useIndicators, useRecordScreening, useScreenings } from '../api/use-screening';

type Field = 'assessment' | 'track' | 'summaryForCitizen' | 'nextScreeningDate';
type Flag =
  | 'low_job_confidence'
  | 'health_limitations'
  | 'low_digital_confidence'
  | 'language'
  | 'childcare'
  | 'transport'
  | 'wants_personal_help';

/** Screening on the citizen page: indicators as decision support, the caseworker's form, and the history. */
export function ScreeningPanel({
  citizenId,
  purpose,
  active,
}: {
  citizenId: string;
  purpose?: string;
  active: boolean;
}) {
  const { t, i18n } = useTranslation('staff');
  const indicators = useIndicators(citizenId, purpose, true);
  const history = useScreenings(citizenId, purpose, true);
  const record = useRecordScreening(citizenId, purpose);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Field) => String(form.get(name) ?? '').trim();
    const local: Partial<Record<Field, string>> = {};
    if (!value('assessment')) local.assessment = t('screening.errors.assessment');
    if (!value('track')) local.track = t('screening.errors.track');
    if (!value('summaryForCitizen')) local.summaryForCitizen = t('screening.errors.summaryForCitizen');
    if (!value('nextScreeningDate')) local.nextScreeningDate = t('screening.errors.nextScreeningDate');
    setErrors(local);
    if (Object.keys(local).length) {
      setTimeout(() => summaryRef.current?.focus());
      return;
    }
    const body = {
      assessment: value('assessment'),
      track: value('track'),
      summaryForCitizen: value('summaryForCitizen'),
      nextScreeningDate: value('nextScreeningDate'),
    } as ScreeningInput;
    const target = event.currentTarget;
    record.mutate(body, {
      onSuccess: () => target.reset(),
      onError: (error) => {
        if (error instanceof ApiProblemError && error.status === 400) {
          const fromServer: Partial<Record<Field, string>> = {};
          for (const e of (error.problem as { errors?: Array<{ field: string }> }).errors ?? [])
            fromServer[e.field as Field] ??= t(`screening.errors.${e.field as Field}`);
          setErrors(fromServer);
          setTimeout(() => summaryRef.current?.focus());
        }
      },
    });
  };

  const ind = indicators.data;
  const problems = Object.entries(errors) as Array<[Field, string]>;
  return (
    <section aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t('screening.title')}</h2>
      {indicators.isError && <ErrorAlert onRetry={() => void indicators.refetch()} />}
      {ind && (
        <>
          <h3>{t('screening.indicators')}</h3>
          <p className="form-hint">{t('screening.indicatorsHint')}</p>
          <dl className="citizen-facts" data-testid="indicators">
            <dt>{t('screening.weeks')}</dt>
            <dd>{ind.weeksUnemployed}</dd>
            <dt>{t('screening.lastSignIn')}</dt>
            <dd>
              {ind.daysSinceSignIn === null
                ? t('screening.never')
                : t('screening.daysAgo', { count: ind.daysSinceSignIn })}
            </dd>
            <dt>{t('screening.selfAssessment')}</dt>
            <dd>
              {ind.selfAssessment
                ? ind.selfAssessment.flags.length
                  ? ind.selfAssessment.flags.map((f) => t(`screening.flags.${f as Flag}`)).join(', ')
                  : t('screening.noFlags')
                : t('screening.notFilled')}
            </dd>
            <dt>{t('screening.earlierCases')}</dt>
            <dd>{ind.earlierCases}</dd>
            <dt>{t('screening.openItems')}</dt>
            <dd>{ind.openQueueItems}</dd>
          </dl>
        </>
      )}
      {active && (
        <>
          <h3>{t('screening.newTitle')}</h3>
          {record.isSuccess && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">{t('screening.saved')}</p>
              </div>
            </div>
          )}
          <form onSubmit={onSubmit} noValidate>
            {problems.length > 0 && (
              <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
                <div className="alert-body">
                  <p className="alert-heading">{t('screening.errorSummary')}</p>
                  <ul className="alert-text nobullet-list">
                    {problems.map(([field, message]) => (
                      <li key={field}>
                        <a href={`#screening-${field}`}>{message}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
            {record.isError && !(record.error instanceof ApiProblemError && record.error.status === 400) && (
              <ErrorAlert />
            )}
            <FormGroup
              id="screening-assessment"
              label={t('screening.assessment')}
              hint={t('screening.assessmentHint')}
              error={errors.assessment}
            >
              <textarea name="assessment" className="form-input input-width-xl" rows={4} maxLength={4000} />
            </FormGroup>
            <FormFieldset
              id="screening-track"
              legend={t('screening.track')}
              hint={t('screening.trackHint')}
              error={errors.track}
            >
              <ul className="nobullet-list">
                {(['self_service', 'personal'] as const).map((track) => (
                  <li key={track}>
                    <input
                      id={`screening-track-${track}`}
                      type="radio"
                      name="track"
                      value={track}
                      className="form-radio"
                    />
                    <label htmlFor={`screening-track-${track}`}>{t(`screening.tracks.${track}`)}</label>
                  </li>
                ))}
              </ul>
            </FormFieldset>
            <FormGroup
              id="screening-summaryForCitizen"
              label={t('screening.summary')}
              hint={t('screening.summaryHint')}
              error={errors.summaryForCitizen}
            >
              <textarea name="summaryForCitizen" className="form-input input-width-xl" rows={4} maxLength={2000} />
            </FormGroup>
            <FormGroup id="screening-nextScreeningDate" label={t('screening.next')} error={errors.nextScreeningDate}>
              <input name="nextScreeningDate" type="date" className="form-input" />
            </FormGroup>
            <button type="submit" className="button button-primary" disabled={record.isPending}>
              {t('screening.save')}
            </button>
          </form>
        </>
      )}
      <h3>{t('screening.history')}</h3>
      {history.data && history.data.length === 0 && <p>{t('screening.noHistory')}</p>}
      {history.data && history.data.length > 0 && (
        <ol className="timeline">
          {history.data.map((s) => (
            <li key={s.id}>
              <time dateTime={s.createdAt}>{date.format(new Date(s.createdAt))}</time>
              <p>
                <strong>{t(`screening.tracks.${s.track}`)}</strong> – {s.caseworkerName}
              </p>
              <p>{s.assessment}</p>
              {s.citizenComment && (
                <p className="citizen-comment">{t('screening.citizenComment', { comment: s.citizenComment })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
