import { ApiProblemError } from '@jobunivers/api-client';
import { useServerText } from '@jobunivers/web/i18n/app';
import { ErrorAlert, formatDateTime, FormGroup, usePageTitle } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenings } from '../../screening/api/use-screening';
import { UPCOMING, useCitizenMeetings } from '../../meetings/api/use-meetings';
import { CitizenMeetings } from '../../meetings/components/citizen-meetings';
import { CitizenJobs } from '../../jobs/components/citizen-jobs';
import { ContactPlanPanel } from '../../contact-plan/components/contact-plan-panel';
import { CitizenPlan } from '../../offers/components/citizen-plan';
import { ScreeningPanel } from '../../screening/components/screening-panel';
import { useCitizen, useCitizenTimeline, useRevealCpr } from '../api/use-citizens';
import { CaseActions } from './case-actions';
import { ProfileSummary } from './profile-summary';
import { useMe } from '@jobunivers/web/session';

/** The citizen page: header with masked CPR (audited reveal), case facts and the timeline. Outside the caseload it asks why first. */
/** The page's sections, in the order of the local navigation (anchors in Danish, like the console's routes). */
const SECTIONS = ['overblik', 'sagsgang', 'samtaler', 'plan', 'job', 'screening'] as const;

export function CitizenDetail({ id, initialPurpose }: { id: string; initialPurpose?: string }) {
  const { t, i18n } = useTranslation('staff');
  const me = useMe();
  const [purpose, setPurpose] = useState<string | undefined>(initialPurpose);
  const citizen = useCitizen(id, purpose);
  const timeline = useCitizenTimeline(id, purpose, citizen.isSuccess, i18n.language);
  // Entries worded about the citizen ("Borgeren bookede…"), not to them; an unknown kind shows the server's text.
  const serverText = useServerText();
  const reveal = useRevealCpr(id, purpose);
  const screenings = useScreenings(id, purpose, citizen.isSuccess);
  const meetings = useCitizenMeetings(id, purpose, citizen.isSuccess);
  const nextMeeting = meetings.data
    ?.filter((m) => UPCOMING.includes(m.status) && Date.parse(m.end) > Date.now())
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  const [purposeError, setPurposeError] = useState(false);
  const name = citizen.data ? `${citizen.data.firstName} ${citizen.data.lastName}` : t('citizen.title');
  usePageTitle(name, t('appName'));
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  });

  const error = citizen.error instanceof ApiProblemError ? citizen.error : undefined;
  if (error?.status === 403 && error.problem.code === 'access_purpose_required') {
    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const given = String(new FormData(event.currentTarget).get('purpose') ?? '').trim();
      setPurposeError(!given);
      if (given) setPurpose(given);
    };
    return (
      <>
        <h1>{t('citizen.purposeTitle')}</h1>
        <p>{t('citizen.purposeIntro')}</p>
        <form onSubmit={onSubmit} noValidate>
          <FormGroup
            id="access-purpose"
            label={t('citizen.purpose')}
            hint={t('citizen.purposeHint')}
            error={purposeError && t('citizen.purposeRequired')}
          >
            <input name="purpose" className="form-input input-width-xl" maxLength={500} />
          </FormGroup>
          <button type="submit" className="button button-primary">
            {t('citizen.open')}
          </button>
        </form>
      </>
    );
  }
  if (error?.status === 404) return <h1>{t('citizen.notFound')}</h1>;
  if (citizen.isError) return <ErrorAlert onRetry={() => void citizen.refetch()} />;
  if (!citizen.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const c = citizen.data;
  const active = c.status === 'active';
  return (
    <div className="citizen-detail">
      <nav aria-label={t('citizen.sections.label')} className="citizen-local-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`citizen.sections.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section id="overblik" aria-label={t('citizen.sections.overblik')} className="citizen-section">
        <div className="citizen-header">
          <h1>{name}</h1>
          <p>
            {t('citizens.cpr')}: <span data-testid="cpr">{reveal.data?.cpr ?? c.cprMasked}</span>{' '}
            {!reveal.data && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => reveal.mutate()}
                disabled={reveal.isPending}
              >
                {t('citizen.revealCpr')}
              </button>
            )}
          </p>
          {reveal.isError && <ErrorAlert />}
          <dl className="citizen-facts">
            <dt>{t('citizens.benefit')}</dt>
            <dd>{t(`citizens.benefits.${c.benefitType}`)}</dd>
            <dt>{t('citizen.unemployedSince')}</dt>
            <dd>
              {time.format(new Date(`${c.unemployedSince}T12:00:00Z`))} (
              {t('citizen.weeks', { count: c.weeksUnemployed })})
            </dd>
            <dt>{t('citizens.caseworker')}</dt>
            <dd data-testid="caseworker">{c.assignedCaseworkerName ?? '–'}</dd>
            <dt>{t('citizens.track')}</dt>
            <dd>
              <span className="track-badge" data-testid="track">
                {t(`citizens.tracks.${screenings.data?.[0]?.track ?? 'undecided'}`)}
              </span>
            </dd>
            <dt>{t('citizen.nextMeeting')}</dt>
            <dd data-testid="next-meeting">
              {nextMeeting
                ? `${formatDateTime(nextMeeting.start, i18n.language)} (${t(`meetings.forms.${nextMeeting.form}`)})`
                : t('citizen.noMeeting')}
            </dd>
            <dt>{t('citizen.status')}</dt>
            <dd>{c.status === 'active' ? t('citizen.active') : t('citizen.closed')}</dd>
            <dt>{t('citizen.contact')}</dt>
            <dd>
              {c.email ?? '–'}, {c.phone ?? '–'}
            </dd>
          </dl>
        </div>
        <ProfileSummary citizenId={c.id} purpose={purpose} />
        <CaseActions citizen={c} purpose={purpose} isTeamLead={!!me.data?.roles.includes('team_lead')} />
      </section>
      <section id="sagsgang" aria-labelledby="sagsgang-title" className="citizen-section">
        <h2 id="sagsgang-title">{t('citizen.timeline')}</h2>
        {timeline.isError && <ErrorAlert onRetry={() => void timeline.refetch()} />}
        {timeline.data && (
          <ol className="timeline">
            {timeline.data.items.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.occurredAt}>{time.format(new Date(entry.occurredAt))}</time>
                <p>{serverText('staffTimeline', { code: entry.kind, params: entry.params, fallback: entry.text })}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <div id="samtaler" className="citizen-section">
        <CitizenMeetings citizenId={c.id} purpose={purpose} active={active} />
        <ContactPlanPanel citizenId={c.id} purpose={purpose} active={active} />
      </div>
      <div id="plan" className="citizen-section">
        <CitizenPlan citizenId={c.id} purpose={purpose} active={active} />
      </div>
      <div id="job" className="citizen-section">
        <CitizenJobs citizenId={c.id} purpose={purpose} active={active} />
      </div>
      <div id="screening" className="citizen-section">
        <ScreeningPanel citizenId={c.id} purpose={purpose} active={active} />
      </div>
    </div>
  );
}
