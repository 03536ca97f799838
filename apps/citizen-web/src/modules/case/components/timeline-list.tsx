import { useServerText } from '@jobunivers/web/i18n/app';
import { useTranslation } from 'react-i18next';

export interface TimelineItem {
  id: string;
  occurredAt: string;
  kind: string;
  params: Record<string, string>;
  /** The server's wording: shown when the app has no text for the kind. */
  text: string;
}

/** Sagsgang: a vertical timeline grouped by month, one plain sentence per event. */
export function TimelineList({ items }: { items: TimelineItem[] }) {
  const { i18n } = useTranslation('citizen');
  const text = useServerText();
  const locale = i18n.language === 'en' ? 'en-GB' : 'da-DK';
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Copenhagen',
  });
  const groups: Array<{ label: string; items: TimelineItem[] }> = [];
  for (const item of items) {
    const label = month.format(new Date(item.occurredAt));
    if (groups.at(-1)?.label !== label) groups.push({ label, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return (
    <>
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label}>
          <h2 className="h3 timeline-month">{group.label}</h2>
          <ol className="timeline">
            {group.items.map((item) => (
              <li key={item.id}>
                <time dateTime={item.occurredAt}>{day.format(new Date(item.occurredAt))}</time>
                <p>{text('timeline', { code: item.kind, params: item.params, fallback: item.text })}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
