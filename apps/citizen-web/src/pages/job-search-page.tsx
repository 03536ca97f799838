import { ErrorAlert, Pagination, usePageTitle, useUrlFilters } from '@jobunivers/web/ui';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobSearch } from '../modules/jobs/api/use-jobs';
import { JobAdCard } from '../modules/jobs/components/job-ad-card';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';
import { JobsNav } from './jobs-page';

const RADII = [10, 25, 50, 100];

/** Search all open ads: words, distance from home, hours; filters live in the URL. */
export function JobSearchPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('jobs.searchTitle'), t('appName'));
  return (
    <>
      <h1>{t('jobs.searchTitle')}</h1>
      <JobsNav />
      <SignedInOnly returnTo={ROUTES.jobSearch}>
        <Search />
      </SignedInOnly>
    </>
  );
}

function Search() {
  const { t, i18n } = useTranslation('citizen');
  const [params, setFilters] = useUrlFilters();
  const q = params.get('q') ?? '';
  const radius = params.get('afstand') ?? '';
  const hours = params.get('tid') ?? '';
  const page = Number(params.get('side') ?? 1) || 1;
  const results = useJobSearch(
    {
      q: q || undefined,
      radiusKm: radius ? Number(radius) : undefined,
      hours: (hours || undefined) as 'full_time' | 'part_time' | undefined,
      page,
    },
    i18n.language,
  );
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    setFilters({
      q: String(d.get('q') ?? '').trim() || undefined,
      afstand: String(d.get('radius') ?? '') || undefined,
      tid: String(d.get('hours') ?? '') || undefined,
      side: undefined,
    });
  };
  return (
    <>
      <form role="search" onSubmit={onSearch} className="offer-search" key={`${q}|${radius}|${hours}`}>
        <div className="form-group">
          <label className="form-label" htmlFor="job-q">
            {t('jobs.searchWords')}
          </label>
          <input
            id="job-q"
            name="q"
            type="search"
            className="form-input input-width-xl"
            defaultValue={q}
            maxLength={200}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="job-radius">
            {t('jobs.radius')}
          </label>
          <select id="job-radius" name="radius" className="form-select" defaultValue={radius}>
            <option value="">{t('jobs.anywhere')}</option>
            {RADII.map((r) => (
              <option key={r} value={r}>
                {t('jobs.withinKm', { km: r })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="job-hours">
            {t('jobs.hoursLabel')}
          </label>
          <select id="job-hours" name="hours" className="form-select" defaultValue={hours}>
            <option value="">{t('jobs.anyHours')}</option>
            <option value="full_time">{t('jobs.hours.full_time')}</option>
            <option value="part_time">{t('jobs.hours.part_time')}</option>
          </select>
        </div>
        <button type="submit" className="button button-primary">
          {t('jobs.search')}
        </button>
      </form>
      {results.isError && <ErrorAlert onRetry={() => void results.refetch()} />}
      {results.data && (
        <section aria-labelledby="results">
          <h2 id="results">{t('jobs.results', { count: results.data.total })}</h2>
          {results.data.total === 0 && <p>{t('jobs.noResults')}</p>}
          <ul className="nobullet-list" data-testid="job-results">
            {results.data.items.map((ad) => (
              <JobAdCard key={ad.id} ad={ad} />
            ))}
          </ul>
          <Pagination
            page={results.data.page}
            totalPages={results.data.totalPages}
            total={results.data.total}
            onPage={(p) => setFilters({ side: String(p) })}
          />
        </section>
      )}
    </>
  );
}
