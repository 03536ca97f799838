import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../api/use-kpis';

/** A KPI value in its unit, the Danish or English way. */
export function useFormatKpi() {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language === 'en' ? 'en-GB' : 'da-DK';
  return (unit: string, value: number | null | undefined): string => {
    if (value === null || value === undefined) return t('kpis.noData');
    switch (unit) {
      case 'share':
        return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
      case 'score':
        return t('kpis.unit.score', {
          value: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value),
        });
      case 'days':
        return t('kpis.unit.days', {
          value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
        });
      case 'minutes':
        return t('kpis.unit.minutes', {
          value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
        });
      default:
        return new Intl.NumberFormat(locale).format(value);
    }
  };
}

/** The law's line in a KPI's chart: a share to reach (contact coverage, at least 75 %) or not to pass (exempt share, at most 25 %). */
export function referenceLine(kpi: Kpi): { kind: 'target' | 'maximum'; value: number } | null {
  if (kpi.target === undefined) return null;
  return { kind: kpi.goal === 'up' ? 'target' : 'maximum', value: kpi.target };
}

/** Whether a value keeps the law's line: at least the target, or at most the maximum. */
const keepsLine = (line: { kind: 'target' | 'maximum'; value: number }, value: number) =>
  line.kind === 'target' ? value >= line.value - 1e-9 : value <= line.value + 1e-9;

/** The KPI per target group, each with whether it keeps the law's line, in words. */
function KpiGroups({ kpi, line }: { kpi: Kpi; line: { kind: 'target' | 'maximum'; value: number } | null }) {
  const { t } = useTranslation('staff');
  const format = useFormatKpi();
  if (!kpi.groups?.length) return null;
  return (
    <table className="table table--compact kpi-groups" data-testid={`kpi-groups-${kpi.key}`}>
      <caption className="small-text">{t('kpis.byGroup')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kpis.col.targetGroup')}</th>
          <th scope="col">{t('kpis.csv.value')}</th>
          {line && <th scope="col">{t(`kpis.line.${line.kind}Column`, { value: format(kpi.unit, line.value) })}</th>}
        </tr>
      </thead>
      <tbody>
        {kpi.groups.map((g) => (
          <tr key={g.targetGroup}>
            <th scope="row">{t(`contactPlan.targetGroups.${g.targetGroup}`, { defaultValue: g.targetGroup })}</th>
            <td>
              {t('kpis.ofCount', {
                value: format(kpi.unit, g.value),
                numerator: g.numerator,
                denominator: g.denominator,
              })}
            </td>
            {line && (
              <td>
                {g.value === null ? (
                  '–'
                ) : keepsLine(line, g.value) ? (
                  t(`kpis.line.${line.kind}Kept`)
                ) : (
                  <strong className="overdue-badge">{t(`kpis.line.${line.kind}Missed`)}</strong>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
const LINE_COLOUR = { target: '#00794e', maximum: '#b51d09' } as const;

/** One KPI: value, definition beside it, the trend over the months (or the rating distribution), the numbers as a table. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation('staff');
  const format = useFormatKpi();
  const headingId = `kpi-${kpi.key}`;
  const data = kpi.series.map((p) => ({ month: p.month, value: p.value }));
  const line = referenceLine(kpi);
  const alarm = kpi.goal === 'zero' && (kpi.value ?? 0) > 0;
  const trend = kpi.series.filter((p) => p.value !== null);
  const first = trend[0]?.value;
  const last = trend.at(-1)?.value;
  const direction =
    first === undefined || last === undefined || first === null || last === null || trend.length < 2
      ? null
      : last > first
        ? 'up'
        : last < first
          ? 'down'
          : 'flat';
  return (
    <section className={`kpi-card${alarm ? ' kpi-card--alarm' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="h5">
        {kpi.title}
      </h3>
      <p className="kpi-value" data-testid={`kpi-value-${kpi.key}`}>
        {format(kpi.unit, kpi.value)}
        {kpi.snapshot && <span className="kpi-now"> {t('kpis.now')}</span>}
      </p>
      {direction && (
        <p className="small-text">
          {t(`kpis.trend.${direction}`, { from: format(kpi.unit, first), to: format(kpi.unit, last) })}
        </p>
      )}
      {line && (
        <p className="small-text kpi-reference" data-testid={`kpi-line-${kpi.key}`}>
          <span aria-hidden="true" className={`kpi-reference-swatch kpi-reference-swatch--${line.kind}`} />{' '}
          {t(`kpis.line.${line.kind}`, { value: format(kpi.unit, line.value) })}
        </p>
      )}
      <KpiGroups kpi={kpi} line={line} />
      <p className="small-text kpi-definition">{kpi.definition}</p>
      {!kpi.snapshot && (
        <div role="img" aria-label={t('kpis.chartLabel', { title: kpi.title })} className="kpi-chart">
          {kpi.distribution ? (
            <BarChart
              width={260}
              height={90}
              data={kpi.distribution.map((n, i) => ({ score: String(i + 1), n }))}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="score" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} width={28} tick={{ fontSize: 11 }} />
              <Bar dataKey="n" fill="#0059b3" isAnimationActive={false} />
            </BarChart>
          ) : (
            <LineChart width={260} height={90} data={data} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" tick={{ fontSize: 11 }} />
              <YAxis
                width={36}
                tick={{ fontSize: 11 }}
                domain={kpi.unit === 'share' ? [0, 1] : ['auto', 'auto']}
                tickFormatter={(v: number) => (kpi.unit === 'share' ? `${Math.round(v * 100)}%` : String(v))}
              />
              {line && (
                <ReferenceLine
                  y={line.value}
                  stroke={LINE_COLOUR[line.kind]}
                  strokeDasharray="6 3"
                  strokeWidth={2}
                  ifOverflow="extendDomain"
                />
              )}
              <Line
                type="monotone"
                dataKey="value"
                stroke="#0059b3"
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          )}
        </div>
      )}
      {!kpi.snapshot && (
        <details>
          <summary>{t('kpis.showNumbers')}</summary>
          <table className="table table--compact">
            <caption className="sr-only">{kpi.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kpis.csv.period')}</th>
                <th scope="col">{t('kpis.csv.value')}</th>
                <th scope="col">{t('kpis.csv.denominator')}</th>
              </tr>
            </thead>
            <tbody>
              {kpi.series.map((p) => (
                <tr key={p.month}>
                  <td>{p.month}</td>
                  <td>{format(kpi.unit, p.value)}</td>
                  <td>{p.denominator ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
