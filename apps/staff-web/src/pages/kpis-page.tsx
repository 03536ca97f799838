import {
  downloadFile,
  ErrorAlert,
  FieldErrorsAlert,
  ScrollTable,
  usePageTitle,
  useUrlFilters,
} from '@jobunivers/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiProblemError } from '@jobunivers/api-client';
import { useMe } from '@jobunivers/web/session';
import { type Kpi, useKpis } from '../modules/insights/api/use-kpis';
import { KpiCard } from '../modules/insights/components/kpi-card';
import { kpisToCsv } from '../modules/insights/kpi-csv';
import { citizenPath } from '../routes';

const GROUPS: Array<{
  id: 'results' | 'nobodyFallsThrough' | 'contactRules' | 'meetings' | 'selfService' | 'satisfaction';
  keys: string[];
}> = [
  { id: 'results', keys: ['job_or_education_13_weeks', 'job_or_education_26_weeks'] },
  { id: 'nobodyFallsThrough', keys: ['overdue_citizens', 'visitation_median_days', 'visitation_within_deadline'] },
  { id: 'contactRules', keys: ['contact_coverage', 'exempt_share'] },
  { id: 'meetings', keys: ['meeting_form_in_person', 'meeting_form_video', 'meeting_form_phone', 'no_show_rate'] },
  {
    id: 'selfService',
    keys: [
      'self_service_share',
      'digitally_active_14_days',
      'knowledge_base_answered',
      'first_response_median_minutes',
    ],
  },
  { id: 'satisfaction', keys: ['meeting_satisfaction', 'offer_satisfaction'] },
];

/** Roles the API lets read the KPIs (`GET /insights/kpis`); others get a clear "no access", never an endless "Indlæser …". */
export const KPI_ROLES = ['team_lead', 'municipality_admin'];

/** Nøgletal: the few result-oriented KPIs for team leads — filters in the URL, trends, the overdue list, CSV export. */
export function KpisPage() {
  const { t } = useTranslation('staff');
  const me = useMe();
  usePageTitle(t('kpis.title'), t('appName'));
  if (me.isPending) return <p aria-busy="true">{t('loading', { ns: 'common' })}</p>;
  if (!me.data?.roles.some((r) => KPI_ROLES.includes(r))) return <KpisForbidden />;
  return <KpisReport />;
}

function KpisForbidden() {
  const { t } = useTranslation('staff');
  return (
    <>
      <h1>{t('kpis.title')}</h1>
      <p className="alert alert-warning alert-text" data-testid="kpis-forbidden">
        {t('kpis.forbidden')}
      </p>
    </>
  );
}

function KpisReport() {
  const { t, i18n } = useTranslation('staff');
  const [params, update] = useUrlFilters();
  const filters = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    team: params.get('team') ?? undefined,
  };
  const report = useKpis(filters, i18n.language);
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const data = report.data;
  const byKey = new Map<string, Kpi>((data?.kpis ?? []).map((k) => [k.key, k]));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    update({ from: from || undefined, to: to || undefined });
  };
  const exportCsv = () => {
    if (!data) return;
    const csv = kpisToCsv(data, {
      kpi: t('kpis.csv.kpi'),
      title: t('kpis.csv.title'),
      unit: t('kpis.csv.unit'),
      period: t('kpis.csv.period'),
      value: t('kpis.csv.value'),
      numerator: t('kpis.csv.numerator'),
      denominator: t('kpis.csv.denominator'),
      total: t('kpis.csv.total'),
      now: t('kpis.now'),
    });
    downloadFile(
      `noegletal-${data.municipalityCode}-${data.from}-${data.to}${data.team ? `-${data.team.replace(/\W+/g, '-')}` : ''}.csv`,
      csv,
      'text/csv;charset=utf-8',
    );
  };
  const problem = report.error as { problem?: { errors?: Array<{ field: string; message: string }> } } | null;
  if (report.error instanceof ApiProblemError && report.error.status === 403) return <KpisForbidden />;

  return (
    <>
      <h1>{t('kpis.title')}</h1>
      <p className="font-lead">{t('kpis.intro')}</p>
      <form className="kpi-filters" onSubmit={apply} noValidate>
        <div className="form-group">
          <label className="form-label" htmlFor="kpi-from">
            {t('kpis.from')}
          </label>
          <input
            id="kpi-from"
            type="date"
            className="form-input"
            value={from || data?.from || ''}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="kpi-to">
            {t('kpis.to')}
          </label>
          <input
            id="kpi-to"
            type="date"
            className="form-input"
            value={to || data?.to || ''}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="kpi-team">
            {t('kpis.team')}
          </label>
          <select
            id="kpi-team"
            className="form-select"
            value={filters.team ?? ''}
            onChange={(e) => update({ team: e.target.value || undefined })}
          >
            <option value="">{t('kpis.allTeams')}</option>
            {(data?.teams ?? []).map((team) => (
              <option key={team.name} value={team.name}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group kpi-filter-actions">
          <button type="submit" className="button button-secondary">
            {t('kpis.apply')}
          </button>
          <button type="button" className="button button-primary" onClick={exportCsv} disabled={!data}>
            {t('kpis.exportCsv')}
          </button>
        </div>
      </form>
      {report.isError &&
        (problem?.problem?.errors?.length ? (
          <FieldErrorsAlert errors={problem.problem.errors} />
        ) : (
          <ErrorAlert onRetry={() => void report.refetch()} />
        ))}
      {report.isPending && <p aria-busy="true">{t('loading', { ns: 'common' })}</p>}
      {data && (
        <>
          <p className="small-text" aria-live="polite">
            {t('kpis.showing', { from: data.from, to: data.to, scope: data.team ?? t('kpis.allTeams') })}
          </p>
          {GROUPS.filter((group) => group.keys.some((key) => byKey.has(key))).map((group) => (
            <section key={group.id} aria-labelledby={`kpi-group-${group.id}`}>
              <h2 id={`kpi-group-${group.id}`}>{t(`kpis.group.${group.id}`)}</h2>
              <div className="kpi-grid">
                {group.keys.map((key) => byKey.get(key)).map((kpi) => kpi && <KpiCard key={kpi.key} kpi={kpi} />)}
              </div>
              {group.id === 'nobodyFallsThrough' && (
                <>
                  <h3>{t('kpis.overdueTitle', { count: data.overdue.total })}</h3>
                  {data.overdue.items.length === 0 ? (
                    <p>{t('kpis.overdueNone')}</p>
                  ) : (
                    <ScrollTable label={t('kpis.overdueTitle', { count: data.overdue.total })}>
                      <table className="table table--compact">
                        <thead>
                          <tr>
                            <th scope="col">{t('kpis.col.citizen')}</th>
                            <th scope="col">{t('kpis.col.reason')}</th>
                            <th scope="col">{t('kpis.col.due')}</th>
                            <th scope="col">{t('kpis.col.overdue')}</th>
                            <th scope="col">{t('kpis.col.caseworker')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {data.overdue.items.map((item) => (
                            <tr key={`${item.citizenId}-${item.reason}-${item.dueDate}`}>
                              <td>
                                <Link to={citizenPath(item.citizenId)}>{item.name}</Link>
                              </td>
                              <td>{t(`queue.reasons.${item.reason}`, { defaultValue: item.reason })}</td>
                              <td>{item.dueDate}</td>
                              <td className="kpi-overdue-days">{t('kpis.daysOverdue', { count: item.daysOverdue })}</td>
                              <td>{item.caseworkerName ?? '–'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </ScrollTable>
                  )}
                </>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
