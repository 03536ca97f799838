import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, ErrorSummary, FormGroup, MessageList, useErrorSummary } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerRequestThread, useSendRequestMessage } from '../api/use-employer';

/**
 * The request's conversation with the employer consultants (updated live through the event stream), with a write box
 * while the request is open. The company's own messages are "mine".
 */
export function RequestThread({ request }: { request: EmployerRequestThread }) {
  const { t } = useTranslation('citizen');
  const send = useSendRequestMessage(request.id);
  const [message, setMessage] = useState('');
  const { errors, report, summary } = useErrorSummary<'message'>(() => 'request-message');
  const tooFast = send.error instanceof ApiProblemError && send.error.status === 429;
  // The shared list knows a citizen's and a consultant's side; the company takes the side of "mine".
  const messages = request.messages.map((m) => ({
    ...m,
    authorKind: m.authorKind === 'employer' ? ('citizen' as const) : ('staff' as const),
    internal: false,
  }));
  return (
    <section aria-labelledby="request-thread">
      <h2 id="request-thread">{t('employer.request.thread')}</h2>
      {messages.length === 0 ? (
        <p>{t('employer.request.noMessages')}</p>
      ) : (
        <MessageList messages={messages} mine="citizen" otherReadAt={null} />
      )}
      {request.status === 'closed' ? (
        <p>{t('employer.request.closedNote')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!report({ message: !message.trim() && t('employer.request.messageRequired') }))
              send.mutate(message.trim(), { onSuccess: () => setMessage('') });
          }}
        >
          <ErrorSummary {...summary} />
          {send.isError && <ErrorAlert message={tooFast ? t('employer.request.tooFast') : undefined} />}
          <FormGroup id="request-message" label={t('employer.request.write')} error={errors.message}>
            <textarea
              className="form-input input-width-xl"
              rows={3}
              maxLength={4000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </FormGroup>
          <button type="submit" className="button button-primary" disabled={send.isPending}>
            {t('employer.request.send')}
          </button>
        </form>
      )}
    </section>
  );
}
