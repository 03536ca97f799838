import { formatDateTime } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../api/use-meetings';

/** When, how, with whom and where: the facts of a meeting as a description list. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('citizen');
  return (
    <dl className="meeting-facts">
      <dt>{t('meetings.when')}</dt>
      <dd data-testid="meeting-when">{formatDateTime(meeting.start, i18n.language)}</dd>
      <dt>{t('meetings.form')}</dt>
      <dd data-testid="meeting-form">{t(`meetings.forms.${meeting.form}`)}</dd>
      <dt>{t('meetings.with')}</dt>
      <dd>{meeting.caseworkerName}</dd>
      {meeting.form === 'in_person' && meeting.address && (
        <>
          <dt>{t('meetings.where')}</dt>
          <dd>{meeting.address}</dd>
        </>
      )}
      {meeting.form === 'phone' && (
        <>
          <dt>{t('meetings.phone')}</dt>
          <dd>{t('meetings.weCall', { number: meeting.phoneNumber ?? '–' })}</dd>
        </>
      )}
      {meeting.topic && (
        <>
          <dt>{t('meetings.topic')}</dt>
          <dd>{meeting.topic}</dd>
        </>
      )}
      <dt>{t('meetings.statusLabel')}</dt>
      <dd data-testid="meeting-status">{t(`meetings.status.${meeting.status}`)}</dd>
    </dl>
  );
}
