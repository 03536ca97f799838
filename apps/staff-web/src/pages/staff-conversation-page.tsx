import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, formatDateTime, MessageList, usePageTitle } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useCitizenTimeline } from '../modules/citizens/api/use-citizens';
import { useClaim, useReply, useSetStatus, useStaffConversation } from '../modules/inbox/api/use-inbox';
import { useCitizenMeetings } from '../modules/meetings/api/use-meetings';
import { useCitizenPlan } from '../modules/offers/api/use-offers';
import { useScreenings } from '../modules/screening/api/use-screening';
import { citizenPath, ROUTES } from '../routes';

/** One conversation: the thread (notes included) beside the citizen's case; reply, note, take, close. */
export function StaffConversationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('staff');
  const me = useMe();
  const thread = useStaffConversation(id);
  const reply = useReply(id);
  const claim = useClaim(id);
  const setStatus = useSetStatus(id);
  const [message, setMessage] = useState('');
  const [internal, setInternal] = useState(false);
  usePageTitle(thread.data?.subject ?? t('inbox.title'), t('appName'));
  if (thread.isError)
    return (
      <ErrorAlert
        message={
          thread.error instanceof ApiProblemError && thread.error.status === 404 ? t('inbox.notFound') : undefined
        }
      />
    );
  if (!thread.data) return <p>{t('loading', { ns: 'common' })}</p>;
  const c = thread.data;
  return (
    <>
      <p>
        <Link to={ROUTES.inbox}>{t('inbox.back')}</Link>
      </p>
      <h1>{c.subject}</h1>
      <div className="conversation-layout">
        <div className="conversation-main">
          <p>
            {t('inbox.from', { name: c.citizenName })} ·{' '}
            {c.assignedName ? t('inbox.assignedTo', { name: c.assignedName }) : t('inbox.nobody')} ·{' '}
            {t(`inbox.status.${c.status}`)}
          </p>
          <p className="conversation-actions">
            {c.assignedTo !== me.data?.id && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => claim.mutate(undefined)}
                disabled={claim.isPending}
              >
                {t('inbox.claim')}
              </button>
            )}{' '}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setStatus.mutate(c.status === 'open' ? 'closed' : 'open')}
              disabled={setStatus.isPending}
            >
              {c.status === 'open' ? t('inbox.close') : t('inbox.reopen')}
            </button>
          </p>
          <MessageList messages={c.messages} mine="staff" otherReadAt={c.otherReadAt} />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (message.trim()) reply.mutate({ message, internal }, { onSuccess: () => setMessage('') });
            }}
          >
            {reply.isError && (
              <ErrorAlert message={reply.error instanceof ApiProblemError ? reply.error.problem.title : undefined} />
            )}
            <div className="form-group">
              <label className="form-label" htmlFor="staff-reply">
                {internal ? t('inbox.note') : t('inbox.reply')}
              </label>
              <textarea
                id="staff-reply"
                className="form-input input-width-xl"
                rows={4}
                maxLength={4000}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
              />
            </div>
            <div className="form-group">
              <input
                id="internal"
                type="checkbox"
                className="form-checkbox"
                checked={internal}
                onChange={(e) => setInternal(e.target.checked)}
              />
              <label htmlFor="internal">{t('inbox.internal')}</label>
            </div>
            <button
              type="submit"
              className="button button-primary"
              disabled={reply.isPending || (c.status === 'closed' && !internal)}
            >
              {internal ? t('inbox.saveNote') : t('inbox.send')}
            </button>
          </form>
        </div>
        <CaseSidePanel citizenId={c.citizenId} name={c.citizenName} language={i18n.language} />
      </div>
    </>
  );
}

/** The case beside the conversation: track, plan, next meeting, latest timeline (each an audited read with the inbox purpose). */
function CaseSidePanel({ citizenId, name, language }: { citizenId: string; name: string; language: string }) {
  const { t, i18n } = useTranslation('staff');
  const purpose = t('inbox.purpose');
  const screenings = useScreenings(citizenId, purpose, true);
  const plan = useCitizenPlan(citizenId, purpose, true);
  const meetings = useCitizenMeetings(citizenId, purpose, true);
  const timeline = useCitizenTimeline(citizenId, purpose, true, language);
  const track = screenings.data?.[0]?.track;
  const next = meetings.data
    ?.filter((m) => (m.status === 'booked' || m.status === 'invited') && m.start > new Date().toISOString())
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  const active =
    plan.data?.items.filter((i) => ['enrolled', 'pending_approval', 'planned', 'waitlisted'].includes(i.status))
      .length ?? 0;
  return (
    <aside className="conversation-case" aria-labelledby="case-heading" data-testid="case-panel">
      <h2 id="case-heading">{t('inbox.case')}</h2>
      <p>
        <Link to={citizenPath(citizenId)}>{name}</Link>
      </p>
      <dl>
        <dt>{t('inbox.track')}</dt>
        <dd>{track ? t(`inbox.tracks.${track}`) : t('inbox.noTrack')}</dd>
        <dt>{t('inbox.nextMeeting')}</dt>
        <dd>{next ? formatDateTime(next.start, i18n.language) : t('inbox.noMeeting')}</dd>
        <dt>{t('inbox.plan')}</dt>
        <dd>{plan.data ? t('inbox.planItems', { count: active }) : '…'}</dd>
      </dl>
      <h3>{t('inbox.latest')}</h3>
      {timeline.data && (
        <ol className="timeline">
          {timeline.data.items.slice(0, 5).map((e) => (
            <li key={e.id}>
              <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, i18n.language)}</time>
              <p>{e.text}</p>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
