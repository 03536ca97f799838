import { ErrorAlert, formatDateTime } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { staffMeetingPath } from '../../../routes';
import { useCitizenMeetings } from '../api/use-meetings';
import { InviteForm } from './invite-form';

/** The citizen page's meetings: the list (latest first) and an invitation form. */
export function CitizenMeetings({
  citizenId,
  purpose,
  active,
}: {
  citizenId: string;
  purpose?: string;
  active: boolean;
}) {
  const { t, i18n } = useTranslation('staff');
  const meetings = useCitizenMeetings(citizenId, purpose, true);
  return (
    <section aria-labelledby="citizen-meetings">
      <h2 id="citizen-meetings">{t('meetings.title')}</h2>
      {meetings.isError && <ErrorAlert onRetry={() => void meetings.refetch()} />}
      {meetings.data?.length === 0 && <p>{t('meetings.none')}</p>}
      {meetings.data && meetings.data.length > 0 && (
        <ul className="nobullet-list" data-testid="citizen-meetings">
          {meetings.data.map((m) => (
            <li key={m.id}>
              <Link to={staffMeetingPath(m.id)} state={{ purpose }}>
                {formatDateTime(m.start, i18n.language)}
              </Link>{' '}
              · {t(`meetings.kinds.${m.kind}`)} · {t(`meetings.forms.${m.form}`)} · {m.caseworkerName} ·{' '}
              <strong>{t(`meetings.status.${m.status}`)}</strong>
            </li>
          ))}
        </ul>
      )}
      {active && <InviteForm citizenId={citizenId} purpose={purpose} />}
    </section>
  );
}
