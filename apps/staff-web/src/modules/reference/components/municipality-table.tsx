import { ErrorAlert, Pagination, ScrollTable, useUrlFilters } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { type MunicipalityFilters, useMunicipalities } from '../api/use-municipalities';

const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;
type Sort = NonNullable<MunicipalityFilters['sort']>;
type Column = 'code' | 'name';

/** The municipality table: filters, sorting and page live in the URL, so views can be shared and survive reloads. */
export function MunicipalityTable() {
  const { t } = useTranslation('staff');
  const [params, update] = useUrlFilters();
  const region = params.get('region') ?? '';
  const q = params.get('q') ?? '';
  const sort = (params.get('sort') as Sort | null) ?? 'code';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters: MunicipalityFilters = {
    page,
    limit: 25,
    sort,
    ...(region ? { region: region as MunicipalityFilters['region'] } : {}),
    ...(q ? { q } : {}),
  };
  const query = useMunicipalities(filters);

  const sortHeader = (column: Column, label: string) => {
    const active = sort.replace('-', '') === column;
    const descending = sort === `-${column}`;
    return (
      <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="button button-unstyled"
          onClick={() => update({ sort: active && !descending ? `-${column}` : column, page: undefined })}
        >
          {label}
          <span className="sr-only"> – {t('municipalities.sortBy', { column: label })}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <div className="filters">
        <div className="form-group">
          <label className="form-label" htmlFor="municipality-search">
            {t('municipalities.search')}
          </label>
          <input
            id="municipality-search"
            className="form-input input-width-l"
            type="search"
            value={q}
            onChange={(e) => update({ q: e.target.value || undefined, page: undefined })}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="region-filter">
            {t('municipalities.filterRegion')}
          </label>
          <select
            id="region-filter"
            className="form-select"
            value={region}
            onChange={(e) => update({ region: e.target.value || undefined, page: undefined })}
          >
            <option value="">{t('municipalities.allRegions')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.isError && <ErrorAlert onRetry={() => void query.refetch()} />}
      {query.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {query.data && query.data.items.length === 0 && (
        <p className="alert alert-info alert-text">{t('municipalities.empty')}</p>
      )}
      {query.data && query.data.items.length > 0 && (
        <ScrollTable label={t('municipalities.title')}>
          <table className="table table--zebra">
            <caption>{t('municipalities.caption', { total: query.data.total })}</caption>
            <thead>
              <tr>
                {sortHeader('code', t('municipalities.code'))}
                {sortHeader('name', t('municipalities.name'))}
                <th scope="col">{t('municipalities.region')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((m) => (
                <tr key={m.code}>
                  <td>{m.code}</td>
                  <td>{m.name}</td>
                  <td>{m.region}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {query.data && (
        <Pagination
          page={query.data.page}
          totalPages={query.data.totalPages}
          total={query.data.total}
          onPage={(p) => update({ page: String(p) })}
        />
      )}
    </>
  );
}
