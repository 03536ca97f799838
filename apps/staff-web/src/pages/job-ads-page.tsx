import { ApiProblemError } from '@jobunivers/api-client';
import {
  copenhagenDate,
  ErrorAlert,
  formatDay,
  FormGroup,
  Pagination,
  ScrollTable,
  usePageTitle,
  useUrlFilters,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type JobAd, useJobAds, useJobPosting, usePublishJobAd, useWithdrawJobAd } from '../modules/jobs/api/use-jobs';

/** Jobannoncer: every open ad (search), the ads this jobcentre added, and an editor for them. */
export function JobAdsPage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('jobAds.title'), t('appName'));
  const [params, setFilters] = useUrlFilters();
  const q = params.get('q') ?? '';
  const mine = params.get('egne') === '1';
  const page = Number(params.get('side') ?? 1) || 1;
  const ads = useJobAds({ q: q || undefined, mine: mine ? 'true' : undefined, page }, i18n.language);
  const withdraw = useWithdrawJobAd();
  const [editing, setEditing] = useState<JobAd | 'new'>();
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    setFilters({
      q: String(d.get('q') ?? '').trim() || undefined,
      egne: d.get('mine') ? '1' : undefined,
      side: undefined,
    });
  };
  return (
    <>
      <h1>{t('jobAds.title')}</h1>
      <p>{t('jobAds.intro')}</p>
      <form role="search" onSubmit={onSearch} key={`${q}|${mine}`}>
        <div className="form-group">
          <label className="form-label" htmlFor="ads-q">
            {t('jobAds.search')}
          </label>
          <input id="ads-q" name="q" type="search" className="form-input input-width-xl" defaultValue={q} />
        </div>
        <div className="form-group-checkbox">
          <input id="ads-mine" name="mine" type="checkbox" className="form-checkbox" defaultChecked={mine} />
          <label htmlFor="ads-mine">{t('jobAds.mine')}</label>
        </div>
        <button type="submit" className="button button-secondary">
          {t('jobAds.searchButton')}
        </button>
      </form>
      <p>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('jobAds.new')}
        </button>
      </p>
      {editing && (
        <JobAdEditor
          key={editing === 'new' ? 'new' : editing.id}
          ad={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(undefined)}
        />
      )}
      {ads.isError && <ErrorAlert onRetry={() => void ads.refetch()} />}
      {ads.data && (
        <>
          <p aria-live="polite">{t('jobAds.count', { count: ads.data.total })}</p>
          <ScrollTable label={t('jobAds.title')}>
            <table className="table table--compact" data-testid="job-ads">
              <thead>
                <tr>
                  <th scope="col">{t('jobAds.jobTitle')}</th>
                  <th scope="col">{t('jobAds.employer')}</th>
                  <th scope="col">{t('jobAds.place')}</th>
                  <th scope="col">{t('jobAds.occupation')}</th>
                  <th scope="col">{t('jobAds.posted')}</th>
                  <th scope="col">{t('jobAds.deadline')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('jobAds.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ads.data.items.map((ad) => (
                  <tr key={ad.id}>
                    <td>{ad.title}</td>
                    <td>{ad.employer}</td>
                    <td>
                      {ad.postalCode} {ad.locality}
                    </td>
                    <td>{ad.occupation.title}</td>
                    <td>{formatDay(`${ad.datePosted}T12:00:00Z`, i18n.language)}</td>
                    <td>
                      {ad.open
                        ? ad.validThrough
                          ? formatDay(ad.validThrough, i18n.language)
                          : '–'
                        : t('jobAds.closed')}
                    </td>
                    <td>
                      {ad.ownedByMyMunicipality && (
                        <>
                          <button type="button" className="button button-tertiary" onClick={() => setEditing(ad)}>
                            {t('jobAds.edit')}
                            <span className="sr-only"> {ad.title}</span>
                          </button>{' '}
                          {ad.open && (
                            <button
                              type="button"
                              className="button button-tertiary"
                              disabled={withdraw.isPending}
                              onClick={() => withdraw.mutate(ad.id)}
                            >
                              {t('jobAds.withdraw')}
                              <span className="sr-only"> {ad.title}</span>
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pagination
            page={ads.data.page}
            totalPages={ads.data.totalPages}
            total={ads.data.total}
            onPage={(p) => setFilters({ side: String(p) })}
          />
        </>
      )}
      {withdraw.isError && <ErrorAlert />}
    </>
  );
}

type Field =
  | 'title'
  | 'employer'
  | 'description'
  | 'postalCode'
  | 'streetAddress'
  | 'occupation'
  | 'skills'
  | 'hours'
  | 'workHours'
  | 'validThrough'
  | 'url';
/** Where the API names a field of the JobPosting, and which form field that is. */
const API_FIELD: Record<string, Field> = {
  title: 'title',
  'hiringOrganization.name': 'employer',
  description: 'description',
  'jobLocation.address.postalCode': 'postalCode',
  'jobLocation.address.streetAddress': 'streetAddress',
  occupationalCategory: 'occupation',
  skills: 'skills',
  employmentType: 'hours',
  workHours: 'workHours',
  validThrough: 'validThrough',
  url: 'url',
};

/** Writes (or rewrites) an ad as a schema.org JobPosting; the API checks every field. */
function JobAdEditor({ ad, onDone }: { ad?: JobAd; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const posting = useJobPosting(ad?.id);
  const publish = usePublishJobAd();
  if (ad && !posting.data)
    return posting.isError ? (
      <ErrorAlert onRetry={() => void posting.refetch()} />
    ) : (
      <p>{t('loading', { ns: 'common' })}</p>
    );
  const identifier = (posting.data?.['identifier'] as { value?: string } | undefined)?.value;
  const problem =
    publish.error instanceof ApiProblemError
      ? (publish.error.problem as { errors?: Array<{ field: string; message: string }> })
      : undefined;
  const bad = new Map(
    (problem?.errors ?? []).map((e) => [API_FIELD[e.field.replace(/\.\d+$/, '')] ?? e.field, e.message]),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const get = (k: Field) => String(d.get(k) ?? '').trim();
    const skills = get('skills')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    publish.mutate(
      {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        ...(identifier ? { identifier } : {}),
        title: get('title'),
        description: get('description'),
        datePosted: ad?.datePosted ?? copenhagenDate(new Date()),
        ...(get('validThrough') ? { validThrough: get('validThrough') } : {}),
        employmentType: get('hours') === 'part_time' ? 'PART_TIME' : 'FULL_TIME',
        hiringOrganization: { '@type': 'Organization', name: get('employer') },
        jobLocation: {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            postalCode: get('postalCode'),
            ...(get('streetAddress') ? { streetAddress: get('streetAddress') } : {}),
            addressCountry: 'DK',
          },
        },
        occupationalCategory: { '@type': 'CategoryCode', codeValue: get('occupation'), inCodeSet: 'ISCO-08' },
        ...(skills.length ? { skills } : {}),
        ...(get('workHours') ? { workHours: get('workHours') } : {}),
        ...(get('url') ? { url: get('url') } : {}),
      },
      { onSuccess: onDone },
    );
  };
  const field = (name: Field, input: React.ReactElement<{ id?: string }>, hint?: string) => (
    <FormGroup id={`ad-${name}`} label={t(`jobAds.fields.${name}`)} hint={hint} error={bad.get(name)}>
      {input}
    </FormGroup>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="ad-editor" className="card">
      <div className="card-content">
        <h2 id="ad-editor">{ad ? t('jobAds.editTitle') : t('jobAds.new')}</h2>
        {field(
          'title',
          <input name="title" className="form-input input-width-xl" defaultValue={ad?.title} maxLength={300} />,
        )}
        {field(
          'employer',
          <input name="employer" className="form-input input-width-xl" defaultValue={ad?.employer} maxLength={200} />,
        )}
        {field(
          'description',
          <textarea name="description" className="form-input input-width-xl" rows={5} defaultValue={ad?.description} />,
        )}
        {field(
          'postalCode',
          <input
            name="postalCode"
            className="form-input input-width-xs"
            inputMode="numeric"
            defaultValue={ad?.postalCode}
            maxLength={4}
          />,
        )}
        {field(
          'streetAddress',
          <input
            name="streetAddress"
            className="form-input input-width-xl"
            defaultValue={ad?.streetAddress ?? ''}
            maxLength={200}
          />,
        )}
        {field(
          'occupation',
          <input
            name="occupation"
            className="form-input input-width-xs"
            inputMode="numeric"
            defaultValue={ad?.occupation.code}
            maxLength={4}
          />,
          t('jobAds.occupationHint'),
        )}
        {field(
          'skills',
          <input
            name="skills"
            className="form-input input-width-xl"
            defaultValue={[...(ad?.skills ?? []), ...(ad?.otherSkills ?? [])].join(', ')}
          />,
          t('jobAds.skillsHint'),
        )}
        {field(
          'hours',
          <select name="hours" className="form-select" defaultValue={ad?.hours ?? 'full_time'}>
            <option value="full_time">{t('jobAds.fullTime')}</option>
            <option value="part_time">{t('jobAds.partTime')}</option>
          </select>,
        )}
        {field(
          'workHours',
          <input
            name="workHours"
            className="form-input input-width-l"
            defaultValue={ad?.workHours ?? ''}
            maxLength={200}
          />,
        )}
        {field(
          'validThrough',
          <input
            name="validThrough"
            type="date"
            className="form-input"
            defaultValue={ad?.validThrough ? copenhagenDate(new Date(ad.validThrough)) : ''}
          />,
        )}
        {field(
          'url',
          <input
            name="url"
            type="url"
            className="form-input input-width-xl"
            defaultValue={ad?.url ?? ''}
            maxLength={1000}
          />,
        )}
        {publish.isError && !problem?.errors && <ErrorAlert />}
        <button type="submit" className="button button-primary" disabled={publish.isPending}>
          {t('jobAds.publish')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('jobAds.cancel')}
        </button>
      </div>
    </form>
  );
}
