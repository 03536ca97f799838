import { ErrorAlert } from '@jobunivers/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';
import {
  type EmployerInvitation,
  useAnswerInvitation,
  useEmployerInvitations,
  useWithdrawConsent,
} from '../api/use-employer-visibility';

/**
 * On Overblik: companies that would like to see my profile (open invitations, with "Ja" and "Nej tak") and those I
 * said yes to (with "Træk mit ja tilbage"), what each will see (my level now) and the way to change that.
 * Shown only when there is something to answer or take back.
 */
export function InvitationsCard() {
  const { t, i18n } = useTranslation('citizen');
  const invitations = useEmployerInvitations(i18n.language);
  const answer = useAnswerInvitation();
  const withdraw = useWithdrawConsent();
  const [done, setDone] = useState<string | null>(null);
  const shown = invitations.data?.filter((i) => (i.status === 'invited' && i.open) || i.status === 'accepted') ?? [];
  if (invitations.isError)
    return (
      <section aria-labelledby="employer-invitations" className="card">
        <div className="card-content">
          <h2 id="employer-invitations" className="header-title">
            {t('invitations.title')}
          </h2>
          <ErrorAlert onRetry={() => void invitations.refetch()} retrying={invitations.isFetching} />
        </div>
      </section>
    );
  if (shown.length === 0 && !done) return null;
  return (
    <section aria-labelledby="employer-invitations" className="card" data-testid="employer-invitations">
      <div className="card-content">
        <h2 id="employer-invitations" className="header-title">
          {t('invitations.title')}
        </h2>
        <div role="status">
          {done && (
            <div className="alert alert-success">
              <div className="alert-body">
                <p className="alert-text">{done}</p>
              </div>
            </div>
          )}
        </div>
        {(answer.isError || withdraw.isError) && <ErrorAlert />}
        <ul className="nobullet-list invitation-list">
          {shown.map((invitation) => (
            <Invitation
              key={invitation.id}
              invitation={invitation}
              busy={answer.isPending || withdraw.isPending}
              onAnswer={(accept) =>
                answer.mutate(
                  { id: invitation.id, accept },
                  {
                    onSuccess: () =>
                      setDone(
                        t(accept ? 'invitations.answeredYes' : 'invitations.answeredNo', {
                          company: invitation.companyName,
                        }),
                      ),
                  },
                )
              }
              onWithdraw={() =>
                withdraw.mutate(invitation.id, {
                  onSuccess: () => setDone(t('invitations.withdrawnNote', { company: invitation.companyName })),
                })
              }
            />
          ))}
        </ul>
        <p>
          <Link to={ROUTES.employerVisibility}>{t('invitations.changeVisibility')}</Link>
        </p>
      </div>
    </section>
  );
}

function Invitation({
  invitation: i,
  busy,
  onAnswer,
  onWithdraw,
}: {
  invitation: EmployerInvitation;
  busy: boolean;
  onAnswer: (accept: boolean) => void;
  onWithdraw: () => void;
}) {
  const { t } = useTranslation('citizen');
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const headingId = `invitation-${i.id}`;
  return (
    <li className="invitation" data-testid="employer-invitation">
      <h3 className="h4" id={headingId}>
        {t('invitations.wantsToSee', { company: i.companyName, title: i.title })}
      </h3>
      <p className="small-text">
        {t('invitations.meta', { kind: t(`employer.kinds.${i.kind}`), occupation: i.occupationTitle, place: i.place })}
        {i.hoursPerWeek !== null && <> · {t('invitations.hours', { hours: i.hoursPerWeek })}</>}
      </p>
      <p className="preserve-lines">{i.description}</p>
      {i.status === 'invited' ? (
        <>
          <p>{t(`invitations.whatTheySee.${i.visibility}`)}</p>
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              aria-describedby={headingId}
              onClick={() => onAnswer(true)}
            >
              {t('invitations.accept')}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              aria-describedby={headingId}
              onClick={() => onAnswer(false)}
            >
              {t('invitations.decline')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{t('invitations.acceptedNote', { company: i.companyName })}</p>
          <p>{t(`visibility.levels.${i.visibility}.text`)}</p>
          {!i.open && <p>{t('invitations.closed')}</p>}
          {asking ? (
            <>
              <p tabIndex={-1} ref={question}>
                {t('invitations.withdrawConfirm', { company: i.companyName })}
              </p>
              <p>
                <button type="button" className="button button-primary" disabled={busy} onClick={onWithdraw}>
                  {t('invitations.withdrawYes')}
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
                  {t('invitations.withdrawNo')}
                </button>
              </p>
            </>
          ) : (
            <p>
              <button
                type="button"
                className="button button-secondary"
                aria-describedby={headingId}
                onClick={() => setAsking(true)}
              >
                {t('invitations.withdraw')}
              </button>
            </p>
          )}
        </>
      )}
    </li>
  );
}
