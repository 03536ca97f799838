import { ErrorAlert, FormFieldset } from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../../routes';
import {
  type EmployerVisibility,
  useEmployerVisibility,
  useSaveEmployerVisibility,
  VISIBILITY_LEVELS,
} from '../api/use-employer-visibility';

/** Loads my choice, then the form. */
export function VisibilitySettings() {
  const { t } = useTranslation('citizen');
  const visibility = useEmployerVisibility();
  if (visibility.isError)
    return <ErrorAlert onRetry={() => void visibility.refetch()} retrying={visibility.isFetching} />;
  if (!visibility.data) return <p>{t('loading', { ns: 'common' })}</p>;
  return <VisibilityForm current={visibility.data} />;
}

/**
 * Three levels, each said in one plain sentence: none, an anonymous profile, a profile with name — and, with the name
 * only, which contact details go with it. It can be changed at any time.
 */
function VisibilityForm({ current }: { current: EmployerVisibility }) {
  const { t } = useTranslation('citizen');
  const save = useSaveEmployerVisibility();
  const [draft, setDraft] = useState({
    level: current.level,
    shareEmail: current.shareEmail,
    sharePhone: current.sharePhone,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const named = draft.level === 'named';
    save.mutate({
      level: draft.level,
      shareEmail: named && draft.shareEmail,
      sharePhone: named && draft.sharePhone,
    });
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      {save.isError && <ErrorAlert />}
      {save.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('visibility.saved')}</p>
          </div>
        </div>
      )}
      <FormFieldset id="visibility-level" legend={t('visibility.legend')} hint={t('visibility.anyTime')}>
        <ul className="nobullet-list">
          {VISIBILITY_LEVELS.map((level) => (
            <li key={level}>
              <input
                className="form-radio radio-large"
                type="radio"
                name="visibility"
                id={`visibility-${level}`}
                value={level}
                checked={draft.level === level}
                onChange={() => {
                  save.reset();
                  setDraft({ ...draft, level });
                }}
                aria-describedby={`visibility-${level}-hint`}
              />
              <label htmlFor={`visibility-${level}`}>{t(`visibility.levels.${level}.label`)}</label>
              <span className="form-hint" id={`visibility-${level}-hint`}>
                {t(`visibility.levels.${level}.text`)}
              </span>
            </li>
          ))}
        </ul>
      </FormFieldset>
      {draft.level === 'named' && (
        <FormFieldset id="visibility-contact" legend={t('visibility.contactLegend')}>
          <ul className="nobullet-list">
            {(['shareEmail', 'sharePhone'] as const).map((key) => (
              <li key={key}>
                <input
                  className="form-checkbox"
                  type="checkbox"
                  id={`visibility-${key}`}
                  checked={draft[key]}
                  onChange={(e) => {
                    save.reset();
                    setDraft({ ...draft, [key]: e.target.checked });
                  }}
                />
                <label htmlFor={`visibility-${key}`}>{t(`visibility.${key}`)}</label>
              </li>
            ))}
          </ul>
        </FormFieldset>
      )}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('visibility.save')}
      </button>
      <p>
        <Link to={ROUTES.accessLog}>{t('visibility.accessLogLink')}</Link>
      </p>
    </form>
  );
}
