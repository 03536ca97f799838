import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';
import { formatDateTime } from '@jobunivers/web/ui';
import { meetingPath } from '../../../routes';
import { UPCOMING, useMyMeetings } from '../../meetings/api/use-meetings';
import { useJobMatches, useJobSuggestions } from '../../jobs/api/use-jobs';
import { useJoblog } from '../../joblog/api/use-joblog';
import { JobAdCard } from '../../jobs/components/job-ad-card';
import { usePlan } from '../../offers/api/use-offers';
import { useProfile } from '../../profile/api/use-profile';
import { useMyScreening, useSelfAssessment, useTimeline } from '../api/use-case';
import { useEmployerInvitations } from '../../employer-visibility/api/use-employer-visibility';
import { InvitationsCard } from '../../employer-visibility/components/invitations-card';
import { TimelineList } from './timeline-list';

/** The signed-in hub: what to do next, my track, and the latest in my case — each with one obvious action. */
export function CaseOverview() {
  const { t, i18n } = useTranslation('citizen');
  const screening = useMyScreening(true);
  const selfAssessment = useSelfAssessment(true);
  const timeline = useTimeline(1, i18n.language, true, 3);
  const profile = useProfile(true);
  const meetings = useMyMeetings();
  const plan = usePlan();
  const matches = useJobMatches(i18n.language);
  const suggestions = useJobSuggestions();
  const openSuggestions = suggestions.data?.items.filter((s) => !s.answer).length ?? 0;
  const joblog = useJoblog();
  // Companies waiting for an answer have their own card below; "nothing to do now" is then not true.
  const invitations = useEmployerInvitations(i18n.language);
  const openInvitations = invitations.data?.filter((i) => i.status === 'invited' && i.open).length ?? 0;
  // The weekly joblog reminder: nothing logged in the last seven days.
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  const joblogDue = joblog.isSuccess && (!joblog.data.lastAppliedOn || joblog.data.lastAppliedOn < weekAgo);
  const planItems = plan.data?.items.filter((i) => !['dropped', 'rejected', 'declined'].includes(i.status)) ?? [];
  const planDone = planItems.filter((i) => i.status === 'completed').length;
  const next = meetings.data?.find((m) => UPCOMING.includes(m.status) && Date.parse(m.end) > Date.now());
  const invitation = meetings.data?.find((m) => m.status === 'invited' && Date.parse(m.end) > Date.now());
  const steps: Array<{ key: string; text: string; to: string; action: string }> = [];
  if (invitation)
    steps.push({
      key: 'invitation',
      text: t('overview.invitation', {
        kind: t(`meetings.kinds.${invitation.kind}`).toLowerCase(),
        when: formatDateTime(invitation.start, i18n.language),
      }),
      to: meetingPath(invitation.id),
      action: t('overview.answerInvitation'),
    });
  else if (screening.data?.track === 'undecided')
    steps.push({
      key: 'visitation',
      text: t('overview.visitation'),
      to: ROUTES.timeline,
      action: t('overview.seeTimeline'),
    });
  if (profile.data && profile.data.completeness < 100)
    steps.push({
      key: 'profile',
      text: t('overview.profile', { percent: profile.data.completeness }),
      to: ROUTES.profile,
      action: t('overview.completeProfile'),
    });
  if (openSuggestions > 0)
    steps.push({
      key: 'job-suggestion',
      text: t('overview.jobSuggestion', { count: openSuggestions }),
      to: ROUTES.jobs,
      action: t('overview.answerSuggestion'),
    });
  if (joblogDue)
    steps.push({
      key: 'joblog',
      text: t('overview.joblogDue'),
      to: ROUTES.joblog,
      action: t('overview.logApplications'),
    });
  if (selfAssessment.isSuccess && !selfAssessment.data)
    steps.push({
      key: 'self-assessment',
      text: t('overview.selfAssessment'),
      to: ROUTES.selfAssessment,
      action: t('overview.fillIn'),
    });
  return (
    <>
      <section aria-labelledby="next-steps">
        <h2 id="next-steps">{t('overview.nextSteps')}</h2>
        {(screening.isError || selfAssessment.isError) && <ErrorAlert />}
        {steps.length === 0 && openInvitations === 0 && screening.isSuccess && selfAssessment.isSuccess && (
          <p>{t('overview.nothingNow')}</p>
        )}
        <ul className="nobullet-list next-steps">
          {steps.map((step) => (
            <li key={step.key} className="card">
              <div className="card-content">
                <p>{step.text}</p>
                <Link className="button button-primary" to={step.to}>
                  {step.action}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <InvitationsCard />
      <section aria-labelledby="next-meeting" className="card">
        <div className="card-content">
          <h2 id="next-meeting" className="header-title">
            {t('overview.nextMeeting')}
          </h2>
          {meetings.isError && <ErrorAlert onRetry={() => void meetings.refetch()} />}
          {next ? (
            <p data-testid="next-meeting">
              <Link to={meetingPath(next.id)}>{formatDateTime(next.start, i18n.language)}</Link> ·{' '}
              {t(`meetings.forms.${next.form}`)} · {next.caseworkerName}
            </p>
          ) : (
            meetings.isSuccess && <p>{t('overview.noMeeting')}</p>
          )}
          <Link className="button button-secondary" to={ROUTES.bookMeeting}>
            {t('meetings.book')}
          </Link>
        </div>
      </section>
      <section aria-labelledby="my-plan" className="card">
        <div className="card-content">
          <h2 id="my-plan" className="header-title">
            {t('overview.plan')}
          </h2>
          {plan.isError && <ErrorAlert onRetry={() => void plan.refetch()} />}
          {plan.data &&
            (planItems.length ? (
              <>
                <p>{t('overview.planProgress', { completed: planDone, total: planItems.length })}</p>
                <progress
                  className="plan-progress"
                  max={planItems.length}
                  value={planDone}
                  aria-label={t('overview.plan')}
                />
              </>
            ) : (
              <p>{t('overview.planEmpty')}</p>
            ))}
          <Link to={ROUTES.plan}>{t('overview.seePlan')}</Link>
        </div>
      </section>
      <section aria-labelledby="best-jobs">
        <h2 id="best-jobs">{t('overview.bestJobs')}</h2>
        {matches.isError && <ErrorAlert onRetry={() => void matches.refetch()} />}
        {matches.data && !matches.data.profileReady && <p>{t('jobs.profileNeeded')}</p>}
        {matches.data && matches.data.profileReady && matches.data.items.length === 0 && <p>{t('jobs.noMatches')}</p>}
        {matches.data && matches.data.items.length > 0 && (
          <ul className="nobullet-list" data-testid="best-jobs">
            {matches.data.items.slice(0, 3).map((m) => (
              <JobAdCard key={m.jobAd.id} ad={m.jobAd} match={m} />
            ))}
          </ul>
        )}
        <Link to={ROUTES.jobs}>{t('overview.seeJobs')}</Link>
      </section>
      {screening.data && (
        <section aria-labelledby="my-track" className="card">
          <div className="card-content">
            <h2 id="my-track" className="header-title">
              {t('overview.track')}: {t(`screening.tracks.${screening.data.track}.title`)}
            </h2>
            <p>{t(`screening.tracks.${screening.data.track}.short`)}</p>
            <Link to={ROUTES.screening}>{t('overview.seeScreening')}</Link>
          </div>
        </section>
      )}
      <section aria-labelledby="latest">
        <h2 id="latest">{t('overview.latest')}</h2>
        {timeline.isError && <ErrorAlert onRetry={() => void timeline.refetch()} />}
        {timeline.data && <TimelineList items={timeline.data.items} />}
        <p>
          <Link to={ROUTES.timeline}>{t('overview.seeTimeline')}</Link>
        </p>
      </section>
    </>
  );
}
