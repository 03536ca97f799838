import { ApiProblemError } from '@jobunivers/api-client';
import {
  ErrorAlert,
  ErrorSummary,
  formatDateTime,
  FormGroup,
  Pagination,
  problemFieldErrors,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useConversations, useStartConversation } from '../modules/messages/api/use-messages';
import { AskBox } from '../modules/messages/components/ask-box';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { conversationPath, ROUTES } from '../routes';

/** Beskeder: my conversations with the jobcentre, "Spørg os", and writing to a person. */
export function MessagesPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('messages.title'), t('appName'));
  return (
    <>
      <h1>{t('messages.title')}</h1>
      <SignedInOnly returnTo={ROUTES.messages}>
        <AskBox />
        <Conversations />
        <NewConversation />
      </SignedInOnly>
    </>
  );
}

function Conversations() {
  const { t, i18n } = useTranslation('citizen');
  const [page, setPage] = useState(1);
  const list = useConversations(page);
  return (
    <section aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">{t('messages.conversations')}</h2>
      {list.isError && <ErrorAlert onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p>{t('messages.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="conversation-list" data-testid="conversations">
          {list.data.items.map((c) => (
            <li key={c.id} className={c.unread ? 'unread' : ''}>
              <Link to={conversationPath(c.id)}>{c.subject}</Link>
              {c.unread > 0 && <span className="conversation-unread">{t('messages.unread', { count: c.unread })}</span>}
              <p className="small-text">
                {c.preview} · <time dateTime={c.lastMessageAt}>{formatDateTime(c.lastMessageAt, i18n.language)}</time>
                {c.status === 'closed' && ` · ${t('messages.closed')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {list.data && (
        <Pagination page={list.data.page} totalPages={list.data.totalPages} total={list.data.total} onPage={setPage} />
      )}
    </section>
  );
}

function NewConversation() {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const start = useStartConversation();
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const { errors, report, summary } = useErrorSummary<'subject' | 'message'>((f) => `new-${f}`);
  const fieldErrors = problemFieldErrors(start.error);
  return (
    <section aria-labelledby="write-heading">
      <h2 id="write-heading">{t('messages.write')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (
            report({
              subject: !subject.trim() && t('messages.error.subject'),
              message: !message.trim() && t('messages.error.message'),
            })
          )
            return;
          start.mutate(
            { subject, message },
            {
              onSuccess: (c) => navigate(conversationPath(c.id)),
              onError: (error) =>
                report(
                  Object.fromEntries(
                    problemFieldErrors(error).map((e) => [
                      e.field,
                      t(`messages.error.${e.field as 'subject' | 'message'}`),
                    ]),
                  ),
                ),
            },
          );
        }}
      >
        <ErrorSummary {...summary} />
        {start.isError && fieldErrors.length === 0 && (
          <ErrorAlert message={start.error instanceof ApiProblemError ? start.error.problem.title : undefined} />
        )}
        {(['subject', 'message'] as const).map((field) => (
          <FormGroup key={field} id={`new-${field}`} label={t(`messages.field.${field}`)} error={errors[field]}>
            {field === 'subject' ? (
              <input
                className="form-input input-width-xl"
                maxLength={200}
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
              />
            ) : (
              <textarea
                className="form-input input-width-xl"
                rows={4}
                maxLength={4000}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
              />
            )}
          </FormGroup>
        ))}
        <button type="submit" className="button button-primary" disabled={start.isPending}>
          {t('messages.send')}
        </button>
      </form>
    </section>
  );
}
