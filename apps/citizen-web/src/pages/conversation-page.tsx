import { ApiProblemError } from '@jobunivers/api-client';
import {
  ErrorAlert,
  ErrorSummary,
  formatDateTime,
  FormGroup,
  MessageList,
  usePageTitle,
  useErrorSummary,
} from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useConversation, useSendMessage } from '../modules/messages/api/use-messages';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { conversationPath, ROUTES } from '../routes';

/** One conversation: updates live (the jobcentre's answer appears without reload), with a reply box. */
export function ConversationPage() {
  const { id = '' } = useParams();
  return (
    <SignedInOnly returnTo={conversationPath(id)}>
      <Thread id={id} />
    </SignedInOnly>
  );
}

function Thread({ id }: { id: string }) {
  const { t, i18n } = useTranslation('citizen');
  const thread = useConversation(id);
  const send = useSendMessage(id);
  const [message, setMessage] = useState('');
  const { errors, report, summary } = useErrorSummary<'message'>(() => 'reply');
  usePageTitle(thread.data?.subject ?? t('messages.title'), t('appName'));
  if (thread.isError)
    return (
      <ErrorAlert
        message={
          thread.error instanceof ApiProblemError && thread.error.status === 404 ? t('messages.notFound') : undefined
        }
      />
    );
  if (!thread.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const c = thread.data;
  const tooFast = send.error instanceof ApiProblemError && send.error.status === 429;
  // "Closed now" only while the citizen waits for an answer: not once a caseworker has answered.
  const awaitingAnswer = c.messages.at(-1)?.authorKind === 'citizen';
  return (
    <>
      <p>
        <Link to={ROUTES.messages}>{t('messages.back')}</Link>
      </p>
      <h1>{c.subject}</h1>
      <p className="small-text">
        {c.assignedName ? t('messages.assigned', { name: c.assignedName }) : t('messages.notAssigned')}
      </p>
      {!c.opening.openNow && c.status === 'open' && awaitingAnswer && (
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-text">
              {t('messages.closedNow', { when: formatDateTime(c.opening.nextAnswerFrom, i18n.language) })}
            </p>
          </div>
        </div>
      )}
      <MessageList messages={c.messages} mine="citizen" otherReadAt={c.otherReadAt} />
      {c.status === 'closed' ? (
        <p>{t('messages.closedConversation')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!report({ message: !message.trim() && t('messages.error.message') }))
              send.mutate(message, { onSuccess: () => setMessage('') });
          }}
        >
          <ErrorSummary {...summary} />
          {send.isError && <ErrorAlert message={tooFast ? t('messages.tooFast') : undefined} />}
          <FormGroup id="reply" label={t('messages.reply')} error={errors.message}>
            <textarea
              className="form-input input-width-xl"
              rows={3}
              maxLength={4000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </FormGroup>
          <button type="submit" className="button button-primary" disabled={send.isPending}>
            {t('messages.send')}
          </button>
        </form>
      )}
    </>
  );
}
