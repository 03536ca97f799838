import { FormFieldset } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMS, type MeetingForm } from '../api/use-meetings';

/** Fremmøde / video / telefon, each with one line on what it means. */
export function FormChoice({
  value,
  onChange,
  legend,
  id = 'meeting-form',
  error,
}: {
  value?: MeetingForm;
  onChange: (form: MeetingForm) => void;
  legend: string;
  id?: string;
  error?: string;
}) {
  const { t } = useTranslation('citizen');
  return (
    <FormFieldset id={id} legend={legend} error={error}>
      <ul className="nobullet-list">
        {MEETING_FORMS.map((form) => (
          <li key={form}>
            <input
              className="form-radio radio-large"
              type="radio"
              name="form"
              id={`form-${form}`}
              value={form}
              checked={value === form}
              onChange={() => onChange(form)}
              aria-describedby={`form-${form}-hint`}
            />
            <label htmlFor={`form-${form}`}>{t(`meetings.forms.${form}`)}</label>
            <span className="form-hint" id={`form-${form}-hint`}>
              {t(`meetings.formHints.${form}`)}
            </span>
          </li>
        ))}
      </ul>
    </FormFieldset>
  );
}
