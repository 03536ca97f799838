import { useTranslation } from 'react-i18next';
import { formatDateTime } from './date-time';

/** The language staff write free text in (messages, notes, reasons): shown as written, marked with `lang`. */
export const STAFF_TEXT_LANGUAGE = 'da';

export interface ThreadMessage {
  id: string;
  authorKind: 'citizen' | 'staff';
  authorName: string;
  body: string;
  internal: boolean;
  createdAt: string;
}

/** A conversation's messages as plain text (never HTML), oldest first, with who, when and the read receipt on my last one. */
export function MessageList({
  messages,
  mine,
  otherReadAt,
}: {
  messages: ThreadMessage[];
  mine: 'citizen' | 'staff';
  otherReadAt: string | null;
}) {
  const { t, i18n } = useTranslation('common');
  const lastMine = [...messages].reverse().find((m) => m.authorKind === mine && !m.internal);
  return (
    <ol className="message-list" aria-label={t('messages.thread')} data-testid="message-list">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`message message-${m.authorKind === mine ? 'mine' : 'theirs'}${m.internal ? ' message-internal' : ''}`}
        >
          <p className="message-meta small-text">
            <strong>{m.internal ? t('messages.internalBy', { name: m.authorName }) : m.authorName}</strong> ·{' '}
            <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
          </p>
          {/* Written by a person and shown as written: staff write in Danish, marked so a reader and screen reader know. */}
          <p className="message-body" lang={m.authorKind === 'staff' ? STAFF_TEXT_LANGUAGE : undefined}>
            {m.body}
          </p>
          {m.id === lastMine?.id && otherReadAt && otherReadAt >= m.createdAt && (
            <p className="message-read small-text">{t('messages.read')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
