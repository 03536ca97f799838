import { ApiProblemError } from '@jobunivers/api-client';
import { type NotificationSettings, useSaveNotificationSettings } from '@jobunivers/web/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@jobunivers/web/ui';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';

const CATEGORIES = ['meetings', 'jobs', 'messages', 'plan', 'screening'] as const;
const CHANNELS = ['push', 'email'] as const;

/** Channels per category, quiet hours and the language of push and e-mail — saved together. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation('citizen');
  const save = useSaveNotificationSettings();
  const [draft, setDraft] = useState({ channels: settings.channels, quietHours: settings.quietHours, language: settings.language });
  const fieldErrors = save.error instanceof ApiProblemError && save.error.status === 400 ? ((save.error.problem as { errors?: Array<{ field: string; message: string }> }).errors ?? []) : [];
  const setChannel = (category: (typeof CATEGORIES)[number], channel: (typeof CHANNELS)[number], on: boolean) =>
    setDraft({ ...draft, channels: { ...draft.channels, [category]: { ...draft.channels[category], [channel]: on } } });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft);
      }}
    >
      {fieldErrors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('settings.errors')}</p>
            <ul className="alert-text">
              {fieldErrors.map((f) => (
                <li key={f.field}>{f.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {save.isError && fieldErrors.length === 0 && <ErrorAlert />}
      {save.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('settings.saved')}</p>
          </div>
        </div>
      )}
      <p>{t('settings.inApp')}</p>
      <p>{settings.email ? t('settings.emailTo', { email: settings.email }) : <>{t('settings.noEmail')} <Link to={ROUTES.profile}>{t('settings.addEmail')}</Link></>}</p>
      {CATEGORIES.map((category) => (
        <fieldset key={category} className="settings-category">
          <legend className="form-label">{t(`settings.category.${category}`)}</legend>
          <ul className="nobullet-list settings-channels">
            {CHANNELS.map((channel) => (
              <li key={channel}>
                <input id={`${category}-${channel}`} type="checkbox" className="form-checkbox" checked={draft.channels[category][channel]} onChange={(e) => setChannel(category, channel, e.target.checked)} />
                <label htmlFor={`${category}-${channel}`}>{t(`settings.channel.${channel}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <fieldset>
        <legend className="form-label">{t('settings.quiet.legend')}</legend>
        <p className="form-hint" id="quiet-hint">
          {t('settings.quiet.hint')}
        </p>
        <div className="form-group">
          <input id="quiet-enabled" type="checkbox" className="form-checkbox" aria-describedby="quiet-hint" checked={draft.quietHours.enabled} onChange={(e) => setDraft({ ...draft, quietHours: { ...draft.quietHours, enabled: e.target.checked } })} />
          <label htmlFor="quiet-enabled">{t('settings.quiet.enabled')}</label>
        </div>
        {draft.quietHours.enabled && (
          <div className="settings-quiet-times">
            {(['from', 'to'] as const).map((end) => (
              <div className="form-group" key={end}>
                <label className="form-label" htmlFor={`quiet-${end}`}>
                  {t(`settings.quiet.${end}`)}
                </label>
                <input id={`quiet-${end}`} type="time" className="form-input input-width-xs" value={draft.quietHours[end]} onChange={(e) => setDraft({ ...draft, quietHours: { ...draft.quietHours, [end]: e.target.value } })} />
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend className="form-label">{t('settings.language.legend')}</legend>
        <ul className="nobullet-list">
          {(['da', 'en'] as const).map((language) => (
            <li key={language}>
              <input id={`language-${language}`} type="radio" name="language" className="form-radio" checked={draft.language === language} onChange={() => setDraft({ ...draft, language })} />
              <label htmlFor={`language-${language}`}>{t(`settings.language.${language}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('settings.save')}
      </button>
    </form>
  );
}
