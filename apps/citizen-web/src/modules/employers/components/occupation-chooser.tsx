import { FormFieldset } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOccupation, useOccupationSearch } from '../../profile/api/use-profile';

/** The occupation's title in the reader's language (the catalogue has both); the code until it has loaded. */
export function useOccupationTitle(code: string): string {
  const { i18n } = useTranslation('citizen');
  const occupation = useOccupation(code);
  if (!occupation.data) return code;
  return i18n.language === 'en' ? occupation.data.titleEn : occupation.data.titleDa;
}

function Chosen({ code }: { code: string }) {
  const { t } = useTranslation('citizen');
  return (
    <p className="chosen-item" data-testid="chosen-occupation">
      {t('employer.form.chosen', { title: useOccupationTitle(code) })}
    </p>
  );
}

/**
 * The job of a request: search the occupation catalogue (ISCO-08) by words, as the profile page does, and choose one.
 * Choosing another replaces it.
 */
export function OccupationChooser({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string | undefined;
  onChange: (code: string) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation('citizen');
  const [q, setQ] = useState('');
  const results = useOccupationSearch(q);
  return (
    <FormFieldset id={id} legend={t('employer.form.occupation')} hint={t('employer.form.occupationHint')} error={error}>
      {value && <Chosen code={value} />}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-search`}>
          {t('employer.form.searchOccupation')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="form-input input-width-l"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div aria-live="polite">
        {q.trim().length >= 2 && results.data && (
          <ul className="nobullet-list search-results" aria-label={t('employer.form.results')}>
            {results.data.length === 0 && <li>{t('employer.form.noResults')}</li>}
            {results.data.map((o) => {
              const title = i18n.language === 'en' ? o.titleEn : o.titleDa;
              return (
                <li key={o.code}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={value === o.code}
                    onClick={() => {
                      onChange(o.code);
                      setQ('');
                    }}
                    aria-label={t('employer.form.chooseItem', { name: title })}
                  >
                    {t('employer.form.choose')}
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
