import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useSaveJob, useSavedJobs } from '../modules/jobs/api/use-jobs';
import { JobAdCard } from '../modules/jobs/components/job-ad-card';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';
import { JobsNav } from './jobs-page';

/** The jobs I saved to look at again. */
export function SavedJobsPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('jobs.savedTitle'), t('appName'));
  return (
    <>
      <h1>{t('jobs.savedTitle')}</h1>
      <JobsNav />
      <SignedInOnly returnTo={ROUTES.savedJobs}>
        <Saved />
      </SignedInOnly>
    </>
  );
}

function Saved() {
  const { t } = useTranslation('citizen');
  const saved = useSavedJobs();
  const save = useSaveJob();
  if (saved.isError) return <ErrorAlert onRetry={() => void saved.refetch()} />;
  if (!saved.data) return <p>{t('loading', { ns: 'common' })}</p>;
  if (saved.data.items.length === 0) return <p>{t('jobs.noSaved')}</p>;
  return (
    <ul className="nobullet-list" data-testid="saved-jobs">
      {saved.data.items.map((ad) => (
        <JobAdCard key={ad.id} ad={ad}>
          {!ad.open && <p className="job-closed">{t('jobs.closed')}</p>}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => save.mutate({ id: ad.id, saved: false })}
          >
            {t('jobs.unsave')}
            <span className="sr-only"> {ad.title}</span>
          </button>
        </JobAdCard>
      ))}
    </ul>
  );
}
