import { addDays, copenhagenDate, copenhagenInstant, formatDateTime, FormGroup } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMS, type MeetingForm, useInvite } from '../api/use-meetings';
import { ProblemAlert } from './problem-alert';

/** Invite the citizen to a meeting with me: date, time, form, topic. */
export function InviteForm({ citizenId, purpose }: { citizenId: string; purpose?: string }) {
  const { t, i18n } = useTranslation('staff');
  const invite = useInvite(citizenId, purpose);
  const [errors, setErrors] = useState<string[]>([]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const date = String(data.get('date') ?? '');
    const time = String(data.get('time') ?? '');
    const form = String(data.get('form') ?? '') as MeetingForm;
    const topic = String(data.get('topic') ?? '').trim();
    const formal = data.get('formal') === 'on';
    const missing = [!date && 'date', !time && 'time'].filter((f): f is string => !!f);
    setErrors(missing);
    if (missing.length) return;
    invite.mutate(
      { start: copenhagenInstant(date, time), form, formal, ...(topic ? { topic } : {}) },
      { onSuccess: () => event.currentTarget?.reset() },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite-title" className="invite-form">
      <h3 id="invite-title">{t('meetings.invite')}</h3>
      {invite.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('meetings.invited', { when: formatDateTime(invite.data.start, i18n.language) })}
        </p>
      )}
      <div className="form-row">
        <FormGroup
          id="invite-date"
          label={t('meetings.date')}
          error={errors.includes('date') && t('meetings.required')}
        >
          <input
            name="date"
            type="date"
            className="form-input"
            min={copenhagenDate(new Date())}
            defaultValue={addDays(copenhagenDate(new Date()), 2)}
          />
        </FormGroup>
        <FormGroup
          id="invite-time"
          label={t('meetings.time')}
          error={errors.includes('time') && t('meetings.required')}
        >
          <input name="time" type="time" className="form-input" step={900} defaultValue="10:00" />
        </FormGroup>
        <div className="form-group">
          <label className="form-label" htmlFor="invite-form">
            {t('meetings.form')}
          </label>
          <select id="invite-form" name="form" className="form-select">
            {MEETING_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`meetings.forms.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="invite-topic">
          {t('meetings.topic')}
        </label>
        <input id="invite-topic" name="topic" className="form-input input-width-xl" maxLength={300} />
      </div>
      <div className="form-group form-group-checkbox">
        <input
          id="invite-formal"
          name="formal"
          type="checkbox"
          className="form-checkbox"
          aria-describedby="invite-formal-hint"
        />
        <label htmlFor="invite-formal">{t('meetings.formal')}</label>
        <p id="invite-formal-hint" className="form-hint">
          {t('meetings.formalHint')}
        </p>
      </div>
      <ProblemAlert error={invite.error} />
      <button type="submit" className="button button-primary" disabled={invite.isPending}>
        {t('meetings.sendInvite')}
      </button>
    </form>
  );
}
