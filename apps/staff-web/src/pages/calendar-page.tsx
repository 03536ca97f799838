import { addDays, copenhagenDate, ErrorAlert, formatDay, formatTime, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useCalendar, useCalendarFeed } from '../modules/meetings/api/use-meetings';
import { ROUTES, staffMeetingPath } from '../routes';

const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));

/** My calendar: a week view (Monday–Sunday) with each day's agenda; the week lives in the URL. */
export function CalendarPage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('calendar.title'), t('appName'));
  const [params, setParams] = useSearchParams();
  const today = copenhagenDate(new Date());
  const week = /^\d{4}-\d{2}-\d{2}$/.test(params.get('uge') ?? '') ? mondayOf(params.get('uge')!) : mondayOf(today);
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i));
  const calendar = useCalendar(week, days[6]);
  const feed = useCalendarFeed();
  const go = (date: string) => setParams({ uge: date });
  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <div className="calendar-toolbar">
        <button type="button" className="button button-secondary" onClick={() => go(addDays(week, -7))}>
          {t('calendar.previous')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => go(mondayOf(today))}>
          {t('calendar.thisWeek')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => go(addDays(week, 7))}>
          {t('calendar.next')}
        </button>
        <Link to={ROUTES.availability}>{t('calendar.availability')}</Link>
      </div>
      <p aria-live="polite" className="h3">
        {t('calendar.week', {
          from: formatDay(`${week}T12:00:00Z`, i18n.language),
          to: formatDay(`${days[6]}T12:00:00Z`, i18n.language),
        })}
      </p>
      {calendar.isError && <ErrorAlert onRetry={() => void calendar.refetch()} />}
      <div className="week-view" data-testid="week-view">
        {days.map((day) => {
          const items = (calendar.data ?? []).filter((m) => copenhagenDate(m.start) === day);
          return (
            <section key={day} className={`week-day${day === today ? ' today' : ''}`} aria-labelledby={`day-${day}`}>
              <h2 id={`day-${day}`} className="h5">
                {formatDay(`${day}T12:00:00Z`, i18n.language)}
              </h2>
              {items.length === 0 ? (
                <p className="empty">{t('calendar.free')}</p>
              ) : (
                <ul className="nobullet-list">
                  {items.map((m) => (
                    <li key={m.id} className={`agenda-item status-${m.status}`}>
                      <Link to={staffMeetingPath(m.id)}>
                        <span className="agenda-time">
                          {formatTime(m.start, i18n.language)}–{formatTime(m.end, i18n.language)}
                        </span>{' '}
                        {m.citizenName}
                      </Link>
                      <span className="agenda-meta">
                        {t(`meetings.forms.${m.form}`)} · {t(`meetings.status.${m.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <h2>{t('calendar.feedTitle')}</h2>
      <p>{t('calendar.feedIntro')}</p>
      {feed.data ? (
        <p>
          <label className="form-label" htmlFor="feed-url">
            {t('calendar.feedUrl')}
          </label>
          <input id="feed-url" className="form-input input-width-xl" readOnly value={feed.data} />
        </p>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => feed.mutate()}
          disabled={feed.isPending}
        >
          {t('calendar.feedCreate')}
        </button>
      )}
      {feed.isError && <ErrorAlert />}
    </>
  );
}
