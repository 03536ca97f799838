import { ErrorAlert, formatTime, Pagination } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccessLogLine, useAccessLog } from '../api/use-access-log';

type Seen = AccessLogLine['seen'][number];
type Reason = Exclude<AccessLogLine['reasons'][number], 'stated'>;

/** "din plan, dine samtaler og dit navn på en liste" — a list in words, the Danish or English way. */
function useListFormat() {
  const { i18n } = useTranslation('citizen');
  const format = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    style: 'long',
    type: 'conjunction',
  });
  return (items: string[]) => format.format(items);
}

function Line({ line }: { line: AccessLogLine }) {
  const { t, i18n } = useTranslation('citizen');
  const list = useListFormat();
  // A person at the jobcentre or a company by name ("Østjysk Byg A/S så din profil (anonym)"), a system as such.
  const who = line.actorKind === 'client' ? t('accessLog.system', { name: line.actorName }) : line.actorName;
  const seen = list(line.seen.map((s: Seen) => t(`accessLog.seen.${s}`)));
  const reasons = [
    ...line.reasons.filter((r): r is Reason => r !== 'stated').map((r) => t(`accessLog.reasons.${r}`)),
    ...line.statedPurposes.map((p) => t('accessLog.reasons.stated', { purpose: p })),
  ];
  const from = formatTime(line.firstAt, i18n.language);
  const to = formatTime(line.lastAt, i18n.language);
  return (
    <li className="access-log-entry">
      <p className="access-log-when">
        {from === to ? t('accessLog.at', { time: from }) : t('accessLog.between', { from, to })}
      </p>
      <p>
        <strong>{who}</strong> {t(line.changed ? 'accessLog.sawAndChanged' : 'accessLog.saw', { what: seen })}
      </p>
      {reasons.length > 0 && <p className="small-text">{t('accessLog.why', { why: list(reasons) })}</p>}
    </li>
  );
}

/** Who looked at my data, when and why — one line per day and person, in plain words, Danish time. */
export function AccessLogList() {
  const { t, i18n } = useTranslation('citizen');
  const [page, setPage] = useState(1);
  const log = useAccessLog(page, true);
  const day = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'full',
    timeZone: 'UTC',
  });
  if (log.isError) return <ErrorAlert onRetry={() => void log.refetch()} />;
  if (log.isPending) return <p>{t('loading', { ns: 'common' })}</p>;
  if (log.data.items.length === 0) return <p className="alert alert-info alert-text">{t('accessLog.empty')}</p>;
  const days = [...new Set(log.data.items.map((l) => l.date))];
  return (
    <>
      {days.map((date) => (
        <section key={date} aria-labelledby={`access-day-${date}`}>
          <h3 id={`access-day-${date}`} className="h5">
            {day.format(new Date(`${date}T12:00:00Z`))}
          </h3>
          <ul className="nobullet-list access-log">
            {log.data.items
              .filter((l) => l.date === date)
              .map((line) => (
                <Line key={`${line.date}-${line.actorKind}-${line.actorName}-${line.firstAt}`} line={line} />
              ))}
          </ul>
        </section>
      ))}
      <Pagination page={log.data.page} totalPages={log.data.totalPages} total={log.data.total} onPage={setPage} />
    </>
  );
}
