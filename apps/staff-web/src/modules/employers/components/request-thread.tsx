import { ErrorSummary, FormGroup, MessageList, useErrorSummary } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerRequestDetail, useAnswerCompany } from '../api/use-employer-requests';
import { ProblemAlert } from './problem-alert';

const MESSAGE_MAX = 4000;
const REPLY_ID = 'company-reply';

/** The thread with the company (plain text, oldest first) and the consultant's answer; updated live. */
export function RequestThread({ request: r }: { request: EmployerRequestDetail }) {
  const { t } = useTranslation('staff');
  const answer = useAnswerCompany(r.id);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, report, clear, summary } = useErrorSummary<'message'>(() => REPLY_ID);
  const closed = r.status === 'closed';
  // The shared message list shows "the other side" as the citizen's kind: here that is the company.
  const messages = r.messages.map((m) => ({
    ...m,
    authorKind: m.authorKind === 'staff' ? ('staff' as const) : ('citizen' as const),
    internal: false,
  }));
  return (
    <section aria-labelledby="request-thread">
      <h2 id="request-thread">{t('employers.thread.title')}</h2>
      {messages.length === 0 ? (
        <p>{t('employers.thread.empty')}</p>
      ) : (
        <MessageList messages={messages} mine="staff" otherReadAt={null} />
      )}
      {closed ? (
        <p className="small-text">{t('employers.thread.closed')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSent(false);
            if (report({ message: !message.trim() && t('employers.thread.required') })) return;
            clear();
            answer.mutate(message.trim(), {
              onSuccess: () => {
                setMessage('');
                setSent(true);
              },
            });
          }}
        >
          <ErrorSummary {...summary} />
          {answer.isError && <ProblemAlert error={answer.error} />}
          <FormGroup
            id={REPLY_ID}
            label={t('employers.thread.reply')}
            hint={r.messages.some((m) => m.authorKind === 'staff') ? undefined : t('employers.thread.firstHint')}
            error={errors.message}
          >
            <textarea
              className="form-input input-width-xl"
              rows={4}
              maxLength={MESSAGE_MAX}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </FormGroup>
          <button type="submit" className="button button-primary" disabled={answer.isPending}>
            {t('employers.thread.send')}
          </button>
          <p role="status" className="small-text">
            {sent ? t('employers.thread.sent') : ''}
          </p>
        </form>
      )}
    </section>
  );
}
