import { ErrorAlert, formatDateTime, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ContactPlanSummary } from '../modules/contact-plan/components/contact-plan-summary';
import { type Meeting, UPCOMING, useMyMeetings } from '../modules/meetings/api/use-meetings';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { meetingPath, ROUTES } from '../routes';

/** Samtaler: book a meeting any time; what the law requires and by when; upcoming and past meetings. */
export function MeetingsPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('meetings.title'), t('appName'));
  return (
    <>
      <h1>{t('meetings.title')}</h1>
      <p className="font-lead">{t('meetings.intro')}</p>
      <SignedInOnly returnTo={ROUTES.meetings}>
        <p>
          <Link className="button button-primary" to={ROUTES.bookMeeting}>
            {t('meetings.book')}
          </Link>
        </p>
        <ContactPlanSummary />
        <MeetingLists />
      </SignedInOnly>
    </>
  );
}

function MeetingLists() {
  const { t } = useTranslation('citizen');
  const meetings = useMyMeetings();
  if (meetings.isError) return <ErrorAlert onRetry={() => void meetings.refetch()} />;
  if (!meetings.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const upcoming = meetings.data.filter((m) => UPCOMING.includes(m.status) && Date.parse(m.end) > Date.now());
  const past = meetings.data.filter((m) => !upcoming.includes(m));
  return (
    <>
      <h2>{t('meetings.upcoming')}</h2>
      {upcoming.length === 0 ? <p>{t('meetings.noUpcoming')}</p> : <MeetingList meetings={upcoming} />}
      <h2>{t('meetings.past')}</h2>
      {past.length === 0 ? <p>{t('meetings.noPast')}</p> : <MeetingList meetings={past} />}
    </>
  );
}

export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const { t, i18n } = useTranslation('citizen');
  return (
    <ul className="nobullet-list meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="card">
          <div className="card-content">
            <p className="h4">
              <Link to={meetingPath(m.id)}>{formatDateTime(m.start, i18n.language)}</Link>
            </p>
            <p>
              {t(`meetings.kinds.${m.kind}`)} · {t(`meetings.forms.${m.form}`)} · {m.caseworkerName} ·{' '}
              <strong>{t(`meetings.status.${m.status}`)}</strong>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
