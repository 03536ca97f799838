import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileInput } from '../api/use-profile';
import { useSkillSearch } from '../api/use-profile';
import { FormFieldset } from '@jobunivers/web/ui';

type Skill = ProfileInput['skills'][number];

/** Skills from the catalogue, or in the citizen's own words. */
export function SkillPicker({
  value,
  onChange,
  error,
}: {
  value: Skill[];
  onChange: (skills: Skill[]) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation('citizen');
  const [q, setQ] = useState('');
  const [own, setOwn] = useState('');
  const results = useSkillSearch(q);
  const has = (name: string) => value.some((s) => s.name.toLowerCase() === name.toLowerCase());
  return (
    <FormFieldset id="profile-skills" legend={t('profile.sections.skills')} error={error}>
      {value.length > 0 && (
        <ul className="nobullet-list chosen-list">
          {value.map((skill) => (
            <li key={skill.name} className="chosen-item">
              <span>{skill.name}</span>{' '}
              <button
                type="button"
                className="button button-unstyled"
                onClick={() => onChange(value.filter((s) => s !== skill))}
                aria-label={t('profile.removeItem', { name: skill.name })}
              >
                {t('profile.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor="skill-search">
          {t('profile.searchSkill')}
        </label>
        <input
          id="skill-search"
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
            {results.data.map((s) => {
              const name = i18n.language === 'en' ? s.en : s.da;
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={has(name)}
                    onClick={() => onChange([...value, { id: s.id, name }])}
                    aria-label={t('profile.addItem', { name })}
                  >
                    {t('profile.add')}
                  </button>{' '}
                  {name}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="own-skill">
          {t('profile.ownSkill')}
        </label>
        <input
          id="own-skill"
          className="form-input input-width-l"
          value={own}
          maxLength={100}
          onChange={(e) => setOwn(e.target.value)}
        />{' '}
        <button
          type="button"
          className="button button-secondary"
          disabled={!own.trim() || has(own.trim())}
          onClick={() => {
            onChange([...value, { name: own.trim() }]);
            setOwn('');
          }}
        >
          {t('profile.addOwnSkill')}
        </button>
      </div>
    </FormFieldset>
  );
}
