import type { Schemas } from '@jobunivers/api-client';
import { formatDateTime } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';

/** A thread's messages as plain text (never HTML), oldest first, each with who and when. */
export function MessageList({ messages, mine, otherReadAt }: { messages: Array<Schemas['MessageDto']>; mine: 'citizen' | 'staff'; otherReadAt: string | null }) {
  const { t, i18n } = useTranslation('common');
  const lastMine = [...messages].reverse().find((m) => m.authorKind === mine && !m.internal);
  return (
    <ol className="message-list" aria-label={t('messages.thread')} data-testid="message-list">
      {messages.map((m) => (
        <li key={m.id} className={`message message-${m.authorKind === mine ? 'mine' : 'theirs'}${m.internal ? ' message-internal' : ''}`}>
          <p className="message-meta small-text">
            <strong>{m.internal ? t('messages.internalBy', { name: m.authorName }) : m.authorName}</strong> · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
          </p>
          <p className="message-body">{m.body}</p>
          {m.id === lastMine?.id && otherReadAt && otherReadAt >= m.createdAt && <p className="message-read small-text">{t('messages.read')}</p>}
        </li>
      ))}
    </ol>
  );
}
