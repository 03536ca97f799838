import { ApiProblemError } from '@jobunivers/api-client';
import { copenhagenDate, ErrorAlert, formatDay, usePageTitle } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useJobMatch, useLogFromAd, useMatchReasons, useNotRelevant, useSaveJob } from '../modules/jobs/api/use-jobs';
import { useAddToPlan } from '../modules/offers/api/use-offers';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { offerPath, ROUTES } from '../routes';

/** One job: the ad, why it fits me, the skills I lack and offers that give them, and what I can do. */
export function JobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('citizen');
  usePageTitle(t('jobs.title'), t('appName'));
  return (
    <SignedInOnly returnTo={ROUTES.jobs}>
      <JobDetail key={id} id={id} />
    </SignedInOnly>
  );
}

function JobDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation('citizen');
  const match = useJobMatch(id, i18n.language);
  const save = useSaveJob();
  const notRelevant = useNotRelevant();
  const log = useLogFromAd();
  const addToPlan = useAddToPlan();
  const [declining, setDeclining] = useState(false);
  const reasonsOf = useMatchReasons();
  if (match.error instanceof ApiProblemError && [400, 404].includes(match.error.status))
    return <h1>{t('jobs.notFound')}</h1>;
  if (match.isError) return <ErrorAlert onRetry={() => void match.refetch()} />;
  if (!match.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const { jobAd: ad, missingSkills, score, saved } = match.data;
  const reasons = reasonsOf(match.data);
  const salary = ad.salary;
  const money = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK');
  const decline = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    notRelevant.mutate(
      { id: ad.id, notRelevant: true, ...(reason ? { reason } : {}) },
      { onSuccess: () => setDeclining(false) },
    );
  };
  return (
    <>
      <h1 lang={ad.language}>{ad.title}</h1>
      <p className="font-lead">
        {ad.employer} · {ad.locality}
      </p>
      {!ad.open && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{t('jobs.closed')}</p>
          </div>
        </div>
      )}
      <section aria-labelledby="fit" className="card">
        <div className="card-content">
          <h2 id="fit" className="header-title">
            {t('jobs.fit', { score })}
          </h2>
          {reasons.length > 0 ? (
            <ul className="job-reasons" data-testid="reasons">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : (
            <p>{t('jobs.noReasons')}</p>
          )}
          {missingSkills.length > 0 && (
            <>
              <h3 className="h4">{t('jobs.missingSkills')}</h3>
              <ul className="nobullet-list" data-testid="missing-skills">
                {missingSkills.map((s) => (
                  <li key={s.id}>
                    <strong>{s.name}</strong>
                    {s.offers.length === 0 ? (
                      <span> – {t('jobs.noOffers')}</span>
                    ) : (
                      <ul>
                        {s.offers.map((o) => (
                          <li key={o.id}>
                            <Link to={offerPath(o.id)}>{o.title}</Link> ({o.provider}){' '}
                            <button
                              type="button"
                              className="button button-tertiary"
                              disabled={addToPlan.isPending}
                              onClick={() => addToPlan.mutate({ offerId: o.id })}
                            >
                              {t('jobs.addToPlan')}
                              <span className="sr-only"> {o.title}</span>
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
              {addToPlan.isSuccess && (
                <p role="status" className="alert alert-success">
                  {t('jobs.addedToPlan')} <Link to={ROUTES.plan}>{t('plan.goToPlan')}</Link>
                </p>
              )}
              {addToPlan.error instanceof ApiProblemError && <ErrorAlert message={addToPlan.error.problem.title} />}
            </>
          )}
        </div>
      </section>
      <dl className="meeting-facts">
        <dt>{t('jobs.occupation')}</dt>
        <dd>{ad.occupation.title}</dd>
        <dt>{t('jobs.where')}</dt>
        <dd>
          {[ad.streetAddress, `${ad.postalCode} ${ad.locality}`].filter(Boolean).join(', ')} ({ad.municipalityName})
        </dd>
        <dt>{t('jobs.hoursLabel')}</dt>
        <dd>
          {[ad.hours ? t(`jobs.hours.${ad.hours}`) : null, ad.workHours].filter(Boolean).join(' · ') ||
            t('jobs.notStated')}
        </dd>
        {salary && (
          <>
            <dt>{t('jobs.salary')}</dt>
            <dd>
              {salary.minValue !== undefined && salary.maxValue !== undefined
                ? `${money.format(salary.minValue)}–${money.format(salary.maxValue)}`
                : money.format(salary.value ?? salary.minValue ?? salary.maxValue ?? 0)}{' '}
              {salary.currency}
              {salary.unitText ? ` ${t(`jobs.per.${salary.unitText}`, { defaultValue: '' })}` : ''}
            </dd>
          </>
        )}
        <dt>{t('jobs.posted')}</dt>
        <dd>{formatDay(`${ad.datePosted}T12:00:00Z`, i18n.language)}</dd>
        {ad.validThrough && (
          <>
            <dt>{t('jobs.deadline')}</dt>
            <dd>{formatDay(ad.validThrough, i18n.language)}</dd>
          </>
        )}
      </dl>
      <h2>{t('jobs.aboutJob')}</h2>
      <p className="preserve-lines" lang={ad.language}>
        {ad.description}
      </p>
      <div className="job-actions">
        {ad.url && (
          <a className="button button-primary" href={ad.url} target="_blank" rel="noopener noreferrer">
            {t('jobs.apply')}
            <span className="sr-only"> ({t('jobs.opensNewWindow')})</span>
          </a>
        )}{' '}
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={saved}
          disabled={save.isPending}
          onClick={() => save.mutate({ id: ad.id, saved: !saved })}
        >
          {saved ? t('jobs.saved') : t('jobs.save')}
        </button>{' '}
        <button
          type="button"
          className="button button-secondary"
          disabled={log.isPending || log.isSuccess}
          onClick={() => log.mutate({ jobAdId: ad.id, appliedOn: copenhagenDate(new Date()), status: 'applied' })}
        >
          {t('jobs.logApplication')}
        </button>{' '}
        {match.data.notRelevant ? (
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => notRelevant.mutate({ id: ad.id, notRelevant: false })}
          >
            {t('jobs.undoNotRelevant')}
          </button>
        ) : (
          <button type="button" className="button button-tertiary" onClick={() => setDeclining(true)}>
            {t('jobs.notRelevant')}
          </button>
        )}
      </div>
      {log.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('jobs.logged')} <Link to={ROUTES.joblog}>{t('nav.joblog')}</Link>
        </p>
      )}
      {match.data.notRelevant && <p role="status">{t('jobs.markedNotRelevant')}</p>}
      {declining && !match.data.notRelevant && (
        <form onSubmit={decline}>
          <label className="form-label" htmlFor="not-relevant-reason">
            {t('jobs.whyNotRelevant')}
          </label>
          <input id="not-relevant-reason" name="reason" className="form-input input-width-xl" maxLength={500} />
          <button type="submit" className="button button-secondary" disabled={notRelevant.isPending}>
            {t('jobs.sendAnswer')}
          </button>
        </form>
      )}
      {(save.isError || log.isError || notRelevant.isError) && <ErrorAlert />}
    </>
  );
}
