import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOccupation, useOccupationSearch } from '../api/use-profile';
import { FormFieldset } from '@jobunivers/web/ui';

function ChosenOccupation({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t, i18n } = useTranslation('citizen');
  const occupation = useOccupation(code);
  const title = occupation.data ? (i18n.language === 'en' ? occupation.data.titleEn : occupation.data.titleDa) : code;
  return (
    <li className="chosen-item">
      <span>{title}</span>{' '}
      <button
        type="button"
        className="button button-unstyled"
        onClick={onRemove}
        aria-label={t('profile.removeItem', { name: title })}
      >
        {t('profile.remove')}
      </button>
    </li>
  );
}

/** Wished occupations: search the catalogue by words (Danish or English), add up to 10. */
export function OccupationPicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation('citizen');
  const [q, setQ] = useState('');
  const results = useOccupationSearch(q);
  return (
    <FormFieldset
      id="profile-wishedOccupations"
      legend={t('profile.sections.wishedOccupations')}
      hint={t('profile.hints.wishedOccupations')}
      error={error}
    >
      {value.length > 0 && (
        <ul className="nobullet-list chosen-list">
          {value.map((code) => (
            <ChosenOccupation key={code} code={code} onRemove={() => onChange(value.filter((c) => c !== code))} />
          ))}
        </ul>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor="occupation-search">
          {t('profile.searchOccupation')}
        </label>
        <input
          id="occupation-search"
          type="search"
          className="form-input input-width-l"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div aria-live="polite">
        {q.trim().length >= 2 && results.data && (
          <ul className="nobullet-list search-results" aria-label={t('profile.results')}>
            {results.data.length === 0 && <li>{t('profile.noResults')}</li>}
            {results.data.map((o) => {
              const title = i18n.language === 'en' ? o.titleEn : o.titleDa;
              return (
                <li key={o.code}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={value.includes(o.code) || value.length >= 10}
                    onClick={() => onChange([...value, o.code])}
                    aria-label={t('profile.addItem', { name: title })}
                  >
                    {t('profile.add')}
                  </button>{' '}
                  {title}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </FormFieldset>
  );
}
