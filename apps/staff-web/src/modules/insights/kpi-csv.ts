import type { KpiReport } from './api/use-kpis';

const cell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The report as CSV for a spreadsheet: one row per KPI and month plus one for the whole period,
 * semicolon-separated (Danish Excel), values as numbers with a dot, with a BOM so Excel reads UTF-8.
 */
export function kpisToCsv(
  report: KpiReport,
  headers: {
    kpi: string;
    title: string;
    unit: string;
    period: string;
    value: string;
    numerator: string;
    denominator: string;
    total: string;
    now: string;
  },
): string {
  const rows: Array<Array<string | number | null>> = [
    [headers.kpi, headers.title, headers.unit, headers.period, headers.value, headers.numerator, headers.denominator],
  ];
  for (const kpi of report.kpis) {
    for (const point of kpi.series)
      rows.push([kpi.key, kpi.title, kpi.unit, point.month, point.value, point.numerator, point.denominator]);
    rows.push([
      kpi.key,
      kpi.title,
      kpi.unit,
      kpi.snapshot ? headers.now : `${headers.total} ${report.from}–${report.to}`,
      kpi.value,
      kpi.numerator,
      kpi.denominator,
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
