import {
  ErrorAlert,
  ErrorSummary,
  FormGroup,
  STAFF_TEXT_LANGUAGE,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCommentOnScreening, useMyScreening } from '../modules/case/api/use-case';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

/** Min screening: my track, what my caseworker wrote for me, and my own comment or wish for a change. */
export function MyScreeningPage() {
  const { t, i18n } = useTranslation('citizen');
  const me = useMe();
  const screening = useMyScreening(me.data?.kind === 'citizen');
  const comment = useCommentOnScreening();
  const { errors, report, summary } = useErrorSummary<'comment'>(() => 'screening-comment');
  usePageTitle(t('screening.title'), t('appName'));
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('comment') ?? '').trim();
    if (report({ comment: !text && t('screening.commentRequired') })) return;
    comment.mutate({ comment: text, requestChange: form.get('requestChange') === 'on' });
  };

  const s = screening.data;
  return (
    <>
      <h1>{t('screening.title')}</h1>
      <SignedInOnly returnTo={ROUTES.screening}>
        {screening.isError && <ErrorAlert onRetry={() => void screening.refetch()} />}
        {screening.isPending && <p>{t('loading', { ns: 'common' })}</p>}
        {s && (
          <>
            <div className="card track-card" data-testid="track">
              <div className="card-content">
                <h2 className="header-title">{t(`screening.tracks.${s.track}.title`)}</h2>
                <p>{t(`screening.tracks.${s.track}.body`)}</p>
              </div>
            </div>
            {s.summary && (
              <>
                <h2>{t('screening.summaryTitle', { name: s.caseworkerName })}</h2>
                <blockquote className="screening-summary" data-testid="summary" lang={STAFF_TEXT_LANGUAGE}>
                  {s.summary}
                </blockquote>
                {s.nextScreeningDate && (
                  <p>{t('screening.next', { date: date.format(new Date(`${s.nextScreeningDate}T12:00:00Z`)) })}</p>
                )}
              </>
            )}
            <p>
              <Link to={ROUTES.selfAssessment}>{t('screening.selfAssessmentLink')}</Link>
            </p>
            {s.track !== 'undecided' && (
              <>
                <h2>{t('screening.commentTitle')}</h2>
                <p>{t('screening.commentIntro')}</p>
                {s.comment && (
                  <p className="alert alert-info alert-text" role="status">
                    {t('screening.yourComment', { comment: s.comment })}{' '}
                    {s.changeRequested && t('screening.changeRequested')}
                  </p>
                )}
                <form onSubmit={onSubmit} noValidate>
                  <ErrorSummary {...summary} />
                  {comment.isError && <ErrorAlert />}
                  <FormGroup id="screening-comment" label={t('screening.comment')} error={errors.comment}>
                    <textarea name="comment" className="form-input input-width-xl" rows={4} maxLength={2000} />
                  </FormGroup>
                  <div className="form-group">
                    <input id="screening-change" type="checkbox" name="requestChange" className="form-checkbox" />
                    <label htmlFor="screening-change">{t('screening.requestChange')}</label>
                  </div>
                  <button type="submit" className="button button-primary" disabled={comment.isPending}>
                    {t('screening.send')}
                  </button>
                </form>
              </>
            )}
          </>
        )}
      </SignedInOnly>
    </>
  );
}
