import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, FormGroup } from '@jobunivers/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Profile, type ProfileInput, useSaveProfile } from '../api/use-profile';
import { OccupationPicker } from './occupation-picker';
import { SkillPicker } from './skill-picker';

const LANGUAGES = ['da', 'en', 'de', 'sv', 'no', 'pl', 'uk', 'ro', 'ar', 'so', 'tr', 'fa', 'ur', 'es', 'fr'] as const;
const LEVELS = ['basic', 'good', 'fluent', 'native'] as const;
const LICENCES = ['B', 'BE', 'C', 'CE', 'D', 'A', 'AM'] as const;
const FORMS = ['in_person', 'video', 'phone'] as const;
const CHANNELS = ['in_app', 'push', 'email'] as const;
type Section = 'contact' | 'wishedOccupations' | 'skills' | 'education' | 'experience' | 'workArea' | 'hours' | 'languages' | 'drivingLicences' | 'preferredMeetingForms' | 'notificationChannels';

const toInput = (p: Profile): ProfileInput => ({
  contact: p.contact,
  wishedOccupations: p.wishedOccupations,
  skills: p.skills,
  education: p.education,
  experience: p.experience,
  workArea: p.workArea,
  hours: p.hours,
  languages: p.languages,
  drivingLicences: p.drivingLicences,
  preferredMeetingForms: p.preferredMeetingForms,
  notificationChannels: p.notificationChannels,
});

/** Profil og CV: one form, saved as a whole; errors are listed at the top and link to their section. */
export function ProfileEditor({ profile }: { profile: Profile }) {
  const { t } = useTranslation('citizen');
  const save = useSaveProfile();
  const [draft, setDraft] = useState<ProfileInput>(() => toInput(profile));
  const [errors, setErrors] = useState<Section[]>([]);
  const [education, setEducation] = useState({ title: '', institution: '', completedYear: '' });
  const [job, setJob] = useState({ title: '', employer: '', from: '', to: '' });
  const [language, setLanguage] = useState<{ language: string; level: (typeof LEVELS)[number] }>({ language: 'da', level: 'good' });
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <K extends 'drivingLicences' | 'preferredMeetingForms' | 'notificationChannels'>(key: K, item: string, on: boolean) =>
    set(key, (on ? [...draft[key], item] : draft[key].filter((x) => x !== item)) as ProfileInput[K]);

  const onSave = () => {
    setErrors([]);
    save.mutate(draft, {
      onError: (error) => {
        if (error instanceof ApiProblemError && error.status === 400) {
          const fields = ((error.problem as { errors?: Array<{ field: string }> }).errors ?? []).map((e) => e.field.split('.')[0] as Section);
          setErrors([...new Set(fields)]);
          setTimeout(() => summaryRef.current?.focus());
        }
      },
    });
  };
  const completeness = save.data?.completeness ?? profile.completeness;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <p>
        <label htmlFor="profile-completeness">{t('profile.completeness', { percent: completeness })}</label>
        <br />
        <progress id="profile-completeness" max={100} value={completeness} className="profile-progress" />
      </p>
      {errors.length > 0 && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summaryRef}>
          <div className="alert-body">
            <p className="alert-heading">{t('profile.errorSummary')}</p>
            <ul className="alert-text nobullet-list">
              {errors.map((section) => (
                <li key={section}>
                  <a href={`#profile-${section}`}>{t(`profile.errors.${section}`)}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {save.isError && !(save.error instanceof ApiProblemError && save.error.status === 400) && <ErrorAlert />}
      {save.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('profile.saved')}</p>
          </div>
        </div>
      )}

      <fieldset id="profile-contact">
        <legend className="form-label">{t('profile.sections.contact')}</legend>
        {(['email', 'phone', 'postalCode'] as const).map((field) => (
          <div className="form-group" key={field}>
            <label className="form-label" htmlFor={`contact-${field}`}>
              {t(`profile.contact.${field}`)}
            </label>
            <input
              id={`contact-${field}`}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              inputMode={field === 'postalCode' ? 'numeric' : undefined}
              autoComplete={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'postal-code'}
              className={`form-input ${field === 'postalCode' ? 'input-width-xs' : 'input-width-l'}`}
              value={draft.contact[field]}
              onChange={(e) => set('contact', { ...draft.contact, [field]: e.target.value })}
            />
          </div>
        ))}
      </fieldset>

      <OccupationPicker value={draft.wishedOccupations} onChange={(codes) => set('wishedOccupations', codes)} />
      <SkillPicker value={draft.skills} onChange={(skills) => set('skills', skills)} />

      <fieldset id="profile-education">
        <legend className="form-label">{t('profile.sections.education')}</legend>
        <ul className="nobullet-list chosen-list">
          {draft.education.map((e, i) => (
            <li key={`${e.title}-${i}`} className="chosen-item">
              <span>
                {e.title}
                {e.institution && `, ${e.institution}`}
                {e.completedYear && ` (${e.completedYear})`}
              </span>{' '}
              <button type="button" className="button button-unstyled" onClick={() => set('education', draft.education.filter((_, j) => j !== i))} aria-label={t('profile.removeItem', { name: e.title })}>
                {t('profile.remove')}
              </button>
            </li>
          ))}
        </ul>
        {(['title', 'institution', 'completedYear'] as const).map((field) => (
          <div className="form-group" key={field}>
            <label className="form-label" htmlFor={`education-${field}`}>
              {t(`profile.education.${field}`)}
            </label>
            <input id={`education-${field}`} className={`form-input ${field === 'completedYear' ? 'input-width-xs' : 'input-width-l'}`} inputMode={field === 'completedYear' ? 'numeric' : undefined} value={education[field]} onChange={(e) => setEducation({ ...education, [field]: e.target.value })} />
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          disabled={!education.title.trim()}
          onClick={() => {
            set('education', [...draft.education, { title: education.title.trim(), ...(education.institution.trim() ? { institution: education.institution.trim() } : {}), ...(education.completedYear ? { completedYear: Number(education.completedYear) } : {}) }]);
            setEducation({ title: '', institution: '', completedYear: '' });
          }}
        >
          {t('profile.addEducation')}
        </button>
      </fieldset>

      <fieldset id="profile-experience">
        <legend className="form-label">{t('profile.sections.experience')}</legend>
        <ul className="nobullet-list chosen-list">
          {draft.experience.map((e, i) => (
            <li key={`${e.title}-${i}`} className="chosen-item">
              <span>
                {e.title}, {e.employer} ({e.from} – {e.to ?? t('profile.now')})
              </span>{' '}
              <button type="button" className="button button-unstyled" onClick={() => set('experience', draft.experience.filter((_, j) => j !== i))} aria-label={t('profile.removeItem', { name: e.title })}>
                {t('profile.remove')}
              </button>
            </li>
          ))}
        </ul>
        {(['title', 'employer', 'from', 'to'] as const).map((field) => (
          <FormGroup key={field} id={`experience-${field}`} label={t(`profile.experience.${field}`)} hint={(field === 'from' || field === 'to') && t('profile.monthHint')}>
            <input
              className={`form-input ${field === 'from' || field === 'to' ? 'input-width-s' : 'input-width-l'}`}
              placeholder={field === 'from' || field === 'to' ? 'ÅÅÅÅ-MM' : undefined}
              value={job[field]}
              onChange={(e) => setJob({ ...job, [field]: e.target.value })}
            />
          </FormGroup>
        ))}
        <button
          type="button"
          className="button button-secondary"
          disabled={!job.title.trim() || !job.employer.trim() || !job.from.trim()}
          onClick={() => {
            set('experience', [...draft.experience, { title: job.title.trim(), employer: job.employer.trim(), from: job.from.trim(), ...(job.to.trim() ? { to: job.to.trim() } : {}) }]);
            setJob({ title: '', employer: '', from: '', to: '' });
          }}
        >
          {t('profile.addExperience')}
        </button>
      </fieldset>

      <fieldset id="profile-workArea">
        <legend className="form-label">{t('profile.sections.workArea')}</legend>
        <div className="form-group">
          <label className="form-label" htmlFor="work-radius">
            {t('profile.radius')}
          </label>
          <input id="work-radius" type="number" min={1} max={300} className="form-input input-width-xs" value={draft.workArea.radiusKm ?? ''} onChange={(e) => set('workArea', { ...draft.workArea, radiusKm: e.target.value ? Number(e.target.value) : undefined })} />
        </div>
      </fieldset>

      <fieldset id="profile-hours">
        <legend className="form-label">{t('profile.sections.hours')}</legend>
        <ul className="nobullet-list">
          {(['full_time', 'part_time', 'both'] as const).map((h) => (
            <li key={h}>
              <input id={`hours-${h}`} type="radio" name="hours" className="form-radio" checked={draft.hours === h} onChange={() => set('hours', h)} />
              <label htmlFor={`hours-${h}`}>{t(`profile.hours.${h}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset id="profile-languages">
        <legend className="form-label">{t('profile.sections.languages')}</legend>
        <ul className="nobullet-list chosen-list">
          {draft.languages.map((l, i) => (
            <li key={l.language} className="chosen-item">
              <span>
                {t(`profile.languageNames.${l.language as (typeof LANGUAGES)[number]}`, { defaultValue: l.language })} – {t(`profile.levels.${l.level}`)}
              </span>{' '}
              <button type="button" className="button button-unstyled" onClick={() => set('languages', draft.languages.filter((_, j) => j !== i))} aria-label={t('profile.removeItem', { name: l.language })}>
                {t('profile.remove')}
              </button>
            </li>
          ))}
        </ul>
        <div className="form-group">
          <label className="form-label" htmlFor="language-name">
            {t('profile.language')}
          </label>
          <select id="language-name" className="form-select" value={language.language} onChange={(e) => setLanguage({ ...language, language: e.target.value })}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`profile.languageNames.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="language-level">
            {t('profile.level')}
          </label>
          <select id="language-level" className="form-select" value={language.level} onChange={(e) => setLanguage({ ...language, level: e.target.value as (typeof LEVELS)[number] })}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`profile.levels.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-secondary" disabled={draft.languages.some((l) => l.language === language.language)} onClick={() => set('languages', [...draft.languages, language])}>
          {t('profile.addLanguage')}
        </button>
      </fieldset>

      {(
        [
          ['drivingLicences', LICENCES],
          ['preferredMeetingForms', FORMS],
          ['notificationChannels', CHANNELS],
        ] as const
      ).map(([key, options]) => (
        <fieldset key={key} id={`profile-${key}`}>
          <legend className="form-label">{t(`profile.sections.${key}`)}</legend>
          <ul className="nobullet-list">
            {options.map((option) => (
              <li key={option}>
                <input id={`${key}-${option}`} type="checkbox" className="form-checkbox" checked={(draft[key] as string[]).includes(option)} onChange={(e) => toggle(key, option, e.target.checked)} />
                <label htmlFor={`${key}-${option}`}>{key === 'drivingLicences' ? t('profile.licence', { category: option }) : t(`profile.options.${option as Exclude<typeof option, (typeof LICENCES)[number]>}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}

      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('profile.save')}
      </button>
    </form>
  );
}
