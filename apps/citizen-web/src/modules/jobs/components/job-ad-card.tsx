import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { jobPath } from '../../../routes';
import { type JobAd, type JobMatch, useMatchReasons } from '../api/use-jobs';

/** One ad in a list: title (to its page), employer, place, hours — and, for a match, why it fits. */
export function JobAdCard({
  ad,
  match,
  score,
  children,
}: {
  ad: JobAd;
  match?: Pick<JobMatch, 'reasons' | 'reasonCodes'>;
  score?: number;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation('citizen');
  const reasons = useMatchReasons()(match ?? { reasons: [], reasonCodes: [] });
  return (
    <li className="card job-card">
      <div className="card-content">
        <h3 className="h4">
          <Link to={jobPath(ad.id)} lang={ad.language}>
            {ad.title}
          </Link>
        </h3>
        <p className="job-meta">
          {ad.employer} · {ad.locality}
          {ad.distanceKm !== undefined && ` (${t('jobs.km', { km: ad.distanceKm })})`}
          {ad.hours && ` · ${t(`jobs.hours.${ad.hours}`)}`}
        </p>
        {score !== undefined && <p className="job-score">{t('jobs.score', { score })}</p>}
        {reasons.length > 0 && (
          <ul className="job-reasons" aria-label={t('jobs.whyFits')}>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {children}
      </div>
    </li>
  );
}
