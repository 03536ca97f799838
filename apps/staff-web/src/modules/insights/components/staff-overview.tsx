import { ErrorAlert, formatTime } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES, staffMeetingPath } from '../../../routes';
import { type StaffOverview as Overview, useStaffOverview } from '../api/use-staff-overview';

/** Each count links to its list with the filter that shows exactly those rows. */
const LINKS = {
  due: `${ROUTES.screeningQueue}?vis=mine`,
  overdue: `${ROUTES.screeningQueue}?vis=mine&forsinket=ja`,
  unread: `${ROUTES.inbox}?vis=me`,
  unassigned: `${ROUTES.inbox}?vis=unassigned`,
  approvals: `${ROUTES.approvals}?omfang=me`,
  visitations: `${ROUTES.screeningQueue}?vis=mine`,
} as const;

function counts(o: Overview): Array<{ key: keyof typeof LINKS; count: number; alarm?: boolean }> {
  return [
    { key: 'due', count: o.screening.due },
    { key: 'overdue', count: o.screening.overdue, alarm: o.screening.overdue > 0 },
    { key: 'unread', count: o.unreadConversations },
    { key: 'unassigned', count: o.unassignedConversations },
    { key: 'approvals', count: o.approvalsWaiting },
    { key: 'visitations', count: o.visitationDeadlinesThisWeek },
  ];
}

/** Mit overblik for caseworkers and team leads: today's meetings and the counts of what waits, each a link. */
export function StaffOverview() {
  const { t, i18n } = useTranslation('staff');
  const overview = useStaffOverview(true);
  if (overview.isError) return <ErrorAlert onRetry={() => void overview.refetch()} />;
  if (!overview.data) return <p aria-busy="true">{t('loading', { ns: 'common' })}</p>;
  const o = overview.data;
  return (
    <>
      <section aria-labelledby="overview-meetings" data-testid="overview-meetings">
        <h2 id="overview-meetings">{t('home.meetingsToday', { count: o.meetingsToday.length })}</h2>
        {o.meetingsToday.length === 0 ? (
          <p>{t('home.noMeetings')}</p>
        ) : (
          <ul className="overview-meetings">
            {o.meetingsToday.map((m) => (
              <li key={m.id}>
                <Link to={staffMeetingPath(m.id)}>
                  {t('home.meeting', {
                    time: formatTime(m.start, i18n.language),
                    name: m.citizenName,
                    form: t(`meetings.forms.${m.form}`).toLowerCase(),
                  })}
                </Link>{' '}
                <span className="small-text">
                  ({t(`meetings.status.${m.status as 'booked'}`, { defaultValue: m.status })})
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={ROUTES.calendar}>{t('home.calendar')}</Link>
        </p>
      </section>
      <section aria-labelledby="overview-waiting">
        <h2 id="overview-waiting">{t('home.waiting')}</h2>
        <ul className="overview-grid">
          {counts(o).map(({ key, count, alarm }) => (
            <li
              key={key}
              className={`overview-card${alarm ? ' overview-card--alarm' : ''}`}
              data-testid={`overview-${key}`}
            >
              <Link to={LINKS[key]}>
                <span className="overview-count">{count}</span> <span>{t(`home.counts.${key}`, { count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
