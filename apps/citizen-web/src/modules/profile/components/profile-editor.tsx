import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, ErrorSummary, FormGroup, problemFieldErrors, useErrorSummary } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Profile, type ProfileInput, useSaveProfile } from '../api/use-profile';
import { OccupationPicker } from './occupation-picker';
import { SkillPicker } from './skill-picker';

const LANGUAGES = ['da', 'en', 'de', 'sv', 'no', 'pl', 'uk', 'ro', 'ar', 'so', 'tr', 'fa', 'ur', 'es', 'fr'] as const;
const LEVELS = ['basic', 'good', 'fluent', 'native'] as const;
const LICENCES = ['B', 'BE', 'C', 'CE', 'D', 'A', 'AM'] as const;
const FORMS = ['in_person', 'video', 'phone'] as const;
const CHANNELS = ['in_app', 'push', 'email'] as const;
const CONTACT = ['email', 'phone', 'postalCode'] as const;
type ContactField = (typeof CONTACT)[number];
type Section =
  | 'wishedOccupations'
  | 'skills'
  | 'education'
  | 'experience'
  | 'workArea'
  | 'hours'
  | 'languages'
  | 'drivingLicences'
  | 'preferredMeetingForms'
  | 'notificationChannels';
/** A problem is shown on the contact field it concerns, or on the section (fieldset) for everything else. */
type Field = ContactField | Section;
const fieldId = (field: Field) =>
  (CONTACT as readonly string[]).includes(field) ? `contact-${field}` : `profile-${field}`;
/** The API's dotted path (`contact.email`, `education.0.completedYear`) → the field that shows it. */
const fieldOf = (path: string): Field => {
  const [head, sub] = path.split('.');
  return head === 'contact'
    ? (CONTACT as readonly string[]).includes(sub ?? '')
      ? (sub as ContactField)
      : 'email'
    : (head as Section);
};
/** The same rules as the API's, checked before sending, so a typo is explained at once. */
const CONTACT_RULES: Record<ContactField, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^\+?[\d ]{8,20}$/,
  postalCode: /^\d{4}$/,
};

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
  const { errors, report, summary } = useErrorSummary<Field>(fieldId);
  const [education, setEducation] = useState({ title: '', institution: '', completedYear: '' });
  const [job, setJob] = useState({ title: '', employer: '', from: '', to: '' });
  const [language, setLanguage] = useState<{ language: string; level: (typeof LEVELS)[number] }>({
    language: 'da',
    level: 'good',
  });
  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <K extends 'drivingLicences' | 'preferredMeetingForms' | 'notificationChannels'>(
    key: K,
    item: string,
    on: boolean,
  ) => set(key, (on ? [...draft[key], item] : draft[key].filter((x) => x !== item)) as ProfileInput[K]);

  const onSave = () => {
    const local = Object.fromEntries(
      CONTACT.filter((f) => !CONTACT_RULES[f].test(draft.contact[f].trim())).map((f) => [f, t(`profile.errors.${f}`)]),
    );
    if (report(local)) return;
    save.mutate(draft, {
      onError: (error) =>
        report(
          Object.fromEntries(
            problemFieldErrors(error).map((e) => [fieldOf(e.field), t(`profile.errors.${fieldOf(e.field)}`)]),
          ),
        ),
    });
  };
  const sectionError = (section: Section) =>
    errors[section] && (
      <span className="form-error-message" id={`profile-${section}-error`}>
        {errors[section]}
      </span>
    );
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
      <ErrorSummary {...summary} title={t('profile.errorSummary')} />
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
        {CONTACT.map((field) => (
          <FormGroup key={field} id={`contact-${field}`} label={t(`profile.contact.${field}`)} error={errors[field]}>
            <input
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              inputMode={field === 'postalCode' ? 'numeric' : undefined}
              autoComplete={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'postal-code'}
              className={`form-input ${field === 'postalCode' ? 'input-width-xs' : 'input-width-l'}`}
              value={draft.contact[field]}
              onChange={(e) => set('contact', { ...draft.contact, [field]: e.target.value })}
            />
          </FormGroup>
        ))}
      </fieldset>

      <OccupationPicker
        error={errors.wishedOccupations}
        value={draft.wishedOccupations}
        onChange={(codes) => set('wishedOccupations', codes)}
      />
      <SkillPicker error={errors.skills} value={draft.skills} onChange={(skills) => set('skills', skills)} />

      <fieldset
        id="profile-education"
        className={errors.education ? 'form-error' : undefined}
        aria-describedby={errors.education ? 'profile-education-error' : undefined}
      >
        <legend className="form-label">{t('profile.sections.education')}</legend>
        {sectionError('education')}
        <ul className="nobullet-list chosen-list">
          {draft.education.map((e, i) => (
            <li key={`${e.title}-${i}`} className="chosen-item">
              <span>
                {e.title}
                {e.institution && `, ${e.institution}`}
                {e.completedYear && ` (${e.completedYear})`}
              </span>{' '}
              <button
                type="button"
                className="button button-unstyled"
                onClick={() =>
                  set(
                    'education',
                    draft.education.filter((_, j) => j !== i),
                  )
                }
                aria-label={t('profile.removeItem', { name: e.title })}
              >
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
            <input
              id={`education-${field}`}
              className={`form-input ${field === 'completedYear' ? 'input-width-xs' : 'input-width-l'}`}
              inputMode={field === 'completedYear' ? 'numeric' : undefined}
              value={education[field]}
              onChange={(e) => setEducation({ ...education, [field]: e.target.value })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          disabled={!education.title.trim()}
          onClick={() => {
            set('education', [
              ...draft.education,
              {
                title: education.title.trim(),
                ...(education.institution.trim() ? { institution: education.institution.trim() } : {}),
                ...(education.completedYear ? { completedYear: Number(education.completedYear) } : {}),
              },
            ]);
            setEducation({ title: '', institution: '', completedYear: '' });
          }}
        >
          {t('profile.addEducation')}
        </button>
      </fieldset>

      <fieldset
        id="profile-experience"
        className={errors.experience ? 'form-error' : undefined}
        aria-describedby={errors.experience ? 'profile-experience-error' : undefined}
      >
        <legend className="form-label">{t('profile.sections.experience')}</legend>
        {sectionError('experience')}
        <ul className="nobullet-list chosen-list">
          {draft.experience.map((e, i) => (
            <li key={`${e.title}-${i}`} className="chosen-item">
              <span>
                {e.title}, {e.employer} ({e.from} – {e.to ?? t('profile.now')})
              </span>{' '}
              <button
                type="button"
                className="button button-unstyled"
                onClick={() =>
                  set(
                    'experience',
                    draft.experience.filter((_, j) => j !== i),
                  )
                }
                aria-label={t('profile.removeItem', { name: e.title })}
              >
                {t('profile.remove')}
              </button>
            </li>
          ))}
        </ul>
        {(['title', 'employer', 'from', 'to'] as const).map((field) => (
          <FormGroup
            key={field}
            id={`experience-${field}`}
            label={t(`profile.experience.${field}`)}
            hint={(field === 'from' || field === 'to') && t('profile.monthHint')}
          >
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
            set('experience', [
              ...draft.experience,
              {
                title: job.title.trim(),
                employer: job.employer.trim(),
                from: job.from.trim(),
                ...(job.to.trim() ? { to: job.to.trim() } : {}),
              },
            ]);
            setJob({ title: '', employer: '', from: '', to: '' });
          }}
        >
          {t('profile.addExperience')}
        </button>
      </fieldset>

      <fieldset
        id="profile-workArea"
        className={errors.workArea ? 'form-error' : undefined}
        aria-describedby={errors.workArea ? 'profile-workArea-error' : undefined}
      >
        <legend className="form-label">{t('profile.sections.workArea')}</legend>
        {sectionError('workArea')}
        <div className="form-group">
          <label className="form-label" htmlFor="work-radius">
            {t('profile.radius')}
          </label>
          <input
            id="work-radius"
            type="number"
            min={1}
            max={300}
            className="form-input input-width-xs"
            value={draft.workArea.radiusKm ?? ''}
            onChange={(e) =>
              set('workArea', { ...draft.workArea, radiusKm: e.target.value ? Number(e.target.value) : undefined })
            }
          />
        </div>
      </fieldset>

      <fieldset
        id="profile-hours"
        className={errors.hours ? 'form-error' : undefined}
        aria-describedby={errors.hours ? 'profile-hours-error' : undefined}
      >
        <legend className="form-label">{t('profile.sections.hours')}</legend>
        {sectionError('hours')}
        <ul className="nobullet-list">
          {(['full_time', 'part_time', 'both'] as const).map((h) => (
            <li key={h}>
              <input
                id={`hours-${h}`}
                type="radio"
                name="hours"
                className="form-radio"
                checked={draft.hours === h}
                onChange={() => set('hours', h)}
              />
              <label htmlFor={`hours-${h}`}>{t(`profile.hours.${h}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset
        id="profile-languages"
        className={errors.languages ? 'form-error' : undefined}
        aria-describedby={errors.languages ? 'profile-languages-error' : undefined}
      >
        <legend className="form-label">{t('profile.sections.languages')}</legend>
        {sectionError('languages')}
        <ul className="nobullet-list chosen-list">
          {draft.languages.map((l, i) => (
            <li key={l.language} className="chosen-item">
              <span>
                {t(`profile.languageNames.${l.language as (typeof LANGUAGES)[number]}`, { defaultValue: l.language })} –{' '}
                {t(`profile.levels.${l.level}`)}
              </span>{' '}
              <button
                type="button"
                className="button button-unstyled"
                onClick={() =>
                  set(
                    'languages',
                    draft.languages.filter((_, j) => j !== i),
                  )
                }
                aria-label={t('profile.removeItem', { name: l.language })}
              >
                {t('profile.remove')}
              </button>
            </li>
          ))}
        </ul>
        <div className="form-group">
          <label className="form-label" htmlFor="language-name">
            {t('profile.language')}
          </label>
          <select
            id="language-name"
            className="form-select"
            value={language.language}
            onChange={(e) => setLanguage({ ...language, language: e.target.value })}
          >
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
          <select
            id="language-level"
            className="form-select"
            value={language.level}
            onChange={(e) => setLanguage({ ...language, level: e.target.value as (typeof LEVELS)[number] })}
          >
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`profile.levels.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={draft.languages.some((l) => l.language === language.language)}
          onClick={() => set('languages', [...draft.languages, language])}
        >
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
        <fieldset
          key={key}
          id={`profile-${key}`}
          className={errors[key] ? 'form-error' : undefined}
          aria-describedby={errors[key] ? `profile-${key}-error` : undefined}
        >
          <legend className="form-label">{t(`profile.sections.${key}`)}</legend>
          {sectionError(key)}
          <ul className="nobullet-list">
            {options.map((option) => (
              <li key={option}>
                <input
                  id={`${key}-${option}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={(draft[key] as string[]).includes(option)}
                  onChange={(e) => toggle(key, option, e.target.checked)}
                />
                <label htmlFor={`${key}-${option}`}>
                  {key === 'drivingLicences'
                    ? t('profile.licence', { category: option })
                    : t(`profile.options.${option as Exclude<typeof option, (typeof LICENCES)[number]>}`)}
                </label>
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
