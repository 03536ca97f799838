import { useTranslation } from 'react-i18next';
import type { EmployerCandidate } from '../api/use-employer';

/**
 * One candidate as they chose to be seen: an anonymous profile (a label, wished jobs, skills, experience in years,
 * area and why they fit — never a name) or, with their name, also the contact details they chose to share.
 */
export function CandidateCard({ candidate }: { candidate: EmployerCandidate }) {
  const { t } = useTranslation('citizen');
  const c = candidate;
  const headingId = `candidate-${c.id}`;
  const list = (items: string[]) => (items.length ? items.join(', ') : t('employer.candidates.notStated'));
  return (
    <li className="card candidate-card" data-testid="candidate">
      <div className="card-content">
        <h3 className="h4" id={headingId}>
          {c.label}{' '}
          <span className="status-badge">
            {c.visibility === 'named' ? t('employer.candidates.named') : t('employer.candidates.anonymous')}
          </span>
        </h3>
        <dl className="meeting-facts">
          <dt>{t('employer.candidates.occupations')}</dt>
          <dd>{list(c.occupations)}</dd>
          <dt>{t('employer.candidates.skills')}</dt>
          <dd>{list(c.skills)}</dd>
          <dt>{t('employer.candidates.experience')}</dt>
          <dd>
            {c.experience.length === 0 ? (
              t('employer.candidates.notStated')
            ) : (
              <ul className="nobullet-list">
                {c.experience.map((e, i) => (
                  <li key={`${e.title}-${e.fromYear}-${i}`}>
                    {t('employer.candidates.experienceLine', {
                      title: e.title,
                      from: e.fromYear,
                      to: e.toYear ?? t('employer.candidates.now'),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('employer.candidates.area')}</dt>
          <dd>{c.area}</dd>
          {c.visibility === 'named' && (
            <>
              <dt>{t('employer.candidates.contact')}</dt>
              <dd>
                {c.contact?.email || c.contact?.phone ? (
                  <ul className="nobullet-list">
                    {c.contact.email && (
                      <li>
                        {t('employer.candidates.email')}: <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a>
                      </li>
                    )}
                    {c.contact.phone && (
                      <li>
                        {t('employer.candidates.phone')}: <a href={`tel:${c.contact.phone}`}>{c.contact.phone}</a>
                      </li>
                    )}
                  </ul>
                ) : (
                  t('employer.candidates.noContact')
                )}
              </dd>
            </>
          )}
        </dl>
        {c.reasons.length > 0 && (
          <>
            <h4 className="h5">{t('employer.candidates.why')}</h4>
            <ul>
              {c.reasons.map((r) => (
                <li key={r.code}>{r.text}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
