import { type NotificationSettings, useSaveNotificationSettings } from '@jobunivers/web/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, ErrorSummary, FormGroup, problemFieldErrors, useErrorSummary } from '@jobunivers/web/ui';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';

const CATEGORIES = ['meetings', 'jobs', 'messages', 'plan', 'screening'] as const;
const CHANNELS = ['push', 'email'] as const;

type SettingsField = 'quietFrom' | 'quietTo' | 'language';
const SETTINGS_IDS: Record<SettingsField, string> = {
  quietFrom: 'quiet-from',
  quietTo: 'quiet-to',
  language: 'settings-language',
};
/** The API's field path → the control that shows it (channels are check boxes and cannot be wrong). */
const fieldOfSetting = (path: string): SettingsField =>
  path.startsWith('language') ? 'language' : path.endsWith('to') ? 'quietTo' : 'quietFrom';

/** Channels per category, quiet hours and the language of push and e-mail — saved together. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation('citizen');
  const save = useSaveNotificationSettings();
  const [draft, setDraft] = useState({
    channels: settings.channels,
    quietHours: settings.quietHours,
    language: settings.language,
  });
  const fieldErrors = problemFieldErrors(save.error);
  const { errors, report, summary } = useErrorSummary<SettingsField>((f) => SETTINGS_IDS[f]);
  const setChannel = (category: (typeof CATEGORIES)[number], channel: (typeof CHANNELS)[number], on: boolean) =>
    setDraft({ ...draft, channels: { ...draft.channels, [category]: { ...draft.channels[category], [channel]: on } } });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const quiet = draft.quietHours;
        const bad = (end: 'from' | 'to') =>
          quiet.enabled && !/^\d\d:\d\d$/.test(quiet[end]) && t('settings.quiet.invalid');
        if (report({ quietFrom: bad('from'), quietTo: bad('to') })) return;
        save.mutate(draft, {
          onError: (error) =>
            report(
              Object.fromEntries(
                problemFieldErrors(error).map((e) => [
                  fieldOfSetting(e.field),
                  fieldOfSetting(e.field) === 'language' ? t('settings.language.invalid') : t('settings.quiet.invalid'),
                ]),
              ),
            ),
        });
      }}
    >
      <ErrorSummary {...summary} title={t('settings.errors')} />
      {save.isError && fieldErrors.length === 0 && <ErrorAlert />}
      {save.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('settings.saved')}</p>
          </div>
        </div>
      )}
      <p>{t('settings.inApp')}</p>
      <p>
        {settings.email ? (
          t('settings.emailTo', { email: settings.email })
        ) : (
          <>
            {t('settings.noEmail')} <Link to={ROUTES.profile}>{t('settings.addEmail')}</Link>
          </>
        )}
      </p>
      {CATEGORIES.map((category) => (
        <fieldset key={category} className="settings-category">
          <legend className="form-label">{t(`settings.category.${category}`)}</legend>
          <ul className="nobullet-list settings-channels">
            {CHANNELS.map((channel) => (
              <li key={channel}>
                <input
                  id={`${category}-${channel}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={draft.channels[category][channel]}
                  onChange={(e) => setChannel(category, channel, e.target.checked)}
                />
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
          <input
            id="quiet-enabled"
            type="checkbox"
            className="form-checkbox"
            aria-describedby="quiet-hint"
            checked={draft.quietHours.enabled}
            onChange={(e) => setDraft({ ...draft, quietHours: { ...draft.quietHours, enabled: e.target.checked } })}
          />
          <label htmlFor="quiet-enabled">{t('settings.quiet.enabled')}</label>
        </div>
        {draft.quietHours.enabled && (
          <div className="settings-quiet-times">
            {(['from', 'to'] as const).map((end) => (
              <FormGroup
                key={end}
                id={`quiet-${end}`}
                label={t(`settings.quiet.${end}`)}
                error={errors[end === 'from' ? 'quietFrom' : 'quietTo']}
              >
                <input
                  type="time"
                  className="form-input input-width-xs"
                  value={draft.quietHours[end]}
                  onChange={(e) => setDraft({ ...draft, quietHours: { ...draft.quietHours, [end]: e.target.value } })}
                />
              </FormGroup>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset id="settings-language" className={errors.language ? 'form-error' : undefined}>
        <legend className="form-label">{t('settings.language.legend')}</legend>
        {errors.language && <span className="form-error-message">{errors.language}</span>}
        <ul className="nobullet-list">
          {(['da', 'en'] as const).map((language) => (
            <li key={language}>
              <input
                id={`language-${language}`}
                type="radio"
                name="language"
                className="form-radio"
                checked={draft.language === language}
                onChange={() => setDraft({ ...draft, language })}
              />
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
