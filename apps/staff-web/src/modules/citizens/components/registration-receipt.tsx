import { formatDateTime, formatDay } from '@jobunivers/web/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { citizenPath, ROUTES } from '../../../routes';
import type { RegisteredCitizen } from '../api/use-citizens';

/** After a registration: who has the case and what happens next (the visitation call: when it went out, how, for when). */
export function RegistrationReceipt({
  registered,
  ownId,
  onAnother,
}: {
  registered: RegisteredCitizen;
  ownId?: string;
  onAnother: () => void;
}) {
  const { t, i18n } = useTranslation('staff');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { visitationDeadline: deadline, visitationInvitation: invitation } = registered.nextSteps;
  const own = registered.assignedCaseworkerId === ownId;
  return (
    <div className="alert alert-success" data-testid="registration-receipt">
      <div className="alert-body">
        <h2 className="alert-heading" tabIndex={-1} ref={heading}>
          {t('register.receipt.title')}
        </h2>
        <p className="alert-text">
          {own
            ? t('register.receipt.assignedToYou')
            : registered.assignedCaseworkerName
              ? t('register.receipt.assignedTo', { name: registered.assignedCaseworkerName })
              : t('register.receipt.unassigned')}
        </p>
        <h3>{t('register.receipt.nextSteps')}</h3>
        <ul>
          {invitation ? (
            <li>
              {t('register.receipt.invited', {
                sentAt: formatDateTime(invitation.sentAt, i18n.language),
                channels: invitation.channels
                  .map((c) => t(`register.receipt.channels.${c}`))
                  .join(t('register.receipt.and')),
                startsAt: formatDateTime(invitation.startsAt, i18n.language),
                form: t(`meetings.forms.${invitation.form}`).toLowerCase(),
              })}
            </li>
          ) : (
            <li>{t('register.receipt.notInvited')}</li>
          )}
          {deadline && (
            <li>{t('register.receipt.deadline', { date: formatDay(`${deadline}T12:00:00Z`, i18n.language) })}</li>
          )}
        </ul>
        <p className="alert-text">
          <Link to={citizenPath(registered.id)} state={own ? undefined : { purpose: t('register.followUpPurpose') }}>
            {t('register.receipt.open')}
          </Link>
          {' · '}
          <Link to={ROUTES.registerCitizen} onClick={onAnother}>
            {t('register.receipt.another')}
          </Link>
        </p>
      </div>
    </div>
  );
}
