import { ErrorAlert, FormGroup, Pagination, ScrollTable, useUrlFilters } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { citizenPath } from '../../../routes';
import { type CaseloadFilter, useCaseload } from '../api/use-citizens';

/** Borgere: my caseload (or the municipality's), search by name or CPR; filters live in the URL. */
export function CaseloadTable() {
  const { t } = useTranslation('staff');
  const [params, update] = useUrlFilters();
  const filter: CaseloadFilter = {
    assignedTo: params.get('vis') === 'alle' ? 'all' : 'me',
    q: params.get('q') ?? undefined,
    page: Math.max(1, Number(params.get('side')) || 1),
  };
  const caseload = useCaseload(filter);
  return (
    <>
      <div className="filters">
        <FormGroup id="citizen-search" label={t('citizens.search')} hint={t('citizens.searchHint')}>
          <input
            type="search"
            className="form-input input-width-l"
            value={filter.q ?? ''}
            onChange={(e) => update({ q: e.target.value || undefined, side: undefined })}
          />
        </FormGroup>
        <div className="form-group">
          <label className="form-label" htmlFor="citizen-scope">
            {t('citizens.show')}
          </label>
          <select
            id="citizen-scope"
            className="form-select"
            value={filter.assignedTo === 'all' ? 'alle' : ''}
            onChange={(e) => update({ vis: e.target.value || undefined, side: undefined })}
          >
            <option value="">{t('citizens.mine')}</option>
            <option value="alle">{t('citizens.everyone')}</option>
          </select>
        </div>
      </div>
      {caseload.isError && <ErrorAlert onRetry={() => void caseload.refetch()} />}
      {caseload.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {caseload.data && caseload.data.total === 0 && (
        <p className="alert alert-info alert-text">{t('citizens.empty')}</p>
      )}
      {caseload.data && caseload.data.total > 0 && (
        <>
          <ScrollTable label={t('citizens.title')}>
            <table className="table table--zebra">
              <caption>{t('citizens.caption', { total: caseload.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('citizens.name')}</th>
                  <th scope="col">{t('citizens.cpr')}</th>
                  <th scope="col">{t('citizens.benefit')}</th>
                  <th scope="col">{t('citizens.weeks')}</th>
                  <th scope="col">{t('citizens.caseworker')}</th>
                  <th scope="col">{t('citizens.track')}</th>
                  <th scope="col">{t('citizens.openItems')}</th>
                </tr>
              </thead>
              <tbody>
                {caseload.data.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={citizenPath(c.id)}>{c.name}</Link>
                    </td>
                    <td>{c.cprMasked}</td>
                    <td>{t(`citizens.benefits.${c.benefitType}`)}</td>
                    <td>{c.weeksUnemployed}</td>
                    <td>{c.assignedCaseworkerName ?? '–'}</td>
                    <td>{t(`citizens.tracks.${c.track as 'undecided' | 'self_service' | 'personal'}`)}</td>
                    <td>{c.openQueueItems}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pagination
            page={caseload.data.page}
            totalPages={caseload.data.totalPages}
            total={caseload.data.total}
            onPage={(page) => update({ side: String(page) })}
          />
        </>
      )}
    </>
  );
}
