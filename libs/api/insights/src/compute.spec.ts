import { average, computeKpis, monthsBetween, share } from './compute';
import { KPI_DEFINITIONS, KPI_KEYS } from './kpi-definitions';

describe('KPI computation', () => {
  it('lists the months of a period, across a year end', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });

  it('shares and averages: none when there is nothing to count', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(0, 0)).toBeNull();
    expect(average([0, 0, 1, 1, 1])).toBe(4);
    expect(average([0, 0, 0, 0, 0])).toBeNull();
  });

  it('sums months for ratios (not averages of monthly shares) and leaves empty months empty', () => {
    const kpis = computeKpis({
      months: ['2026-09', '2026-10', '2026-11'],
      outcomes: [
        { month: '2026-09', closed: 1, within13: 1, within26: 1 },
        { month: '2026-10', closed: 3, within13: 0, within26: 1 },
      ],
      visitations: [],
      visitationsTotal: undefined,
      meetings: [],
      offerRatings: [],
      responses: [],
      responsesTotal: undefined,
      now: { active: 0, selfService: 0, digitallyActive: 0, overdue: 0 },
      contactCoverage: [
        { month: '2026-10', targetGroup: 'unemployment_benefit', covered: 3, total: 4 },
        { month: '2026-11', targetGroup: 'job_ready_cash_benefit', covered: 1, total: 4 },
        { month: '2026-05', targetGroup: 'unemployment_benefit', covered: 9, total: 9 },
      ],
      exempt: [{ month: '2026-11', targetGroup: 'unemployment_benefit', exempt: 1, started: 4 }],
    });
    expect(kpis.map((k) => k.key)).toEqual([...KPI_KEYS]);
    // Contact coverage: months outside the period are left out; per group and against the 75 % line.
    const coverage = kpis.find((k) => k.key === 'contact_coverage')!;
    expect(coverage).toMatchObject({ target: 0.75, value: 0.5, numerator: 4, denominator: 8 });
    expect(coverage.groups).toEqual([
      { targetGroup: 'job_ready_cash_benefit', value: 0.25, numerator: 1, denominator: 4 },
      { targetGroup: 'unemployment_benefit', value: 0.75, numerator: 3, denominator: 4 },
    ]);
    expect(coverage.series.map((p) => p.value)).toEqual([null, 0.75, 0.25]);
    expect(kpis.find((k) => k.key === 'exempt_share')).toMatchObject({
      target: 0.25,
      value: 0.25,
      groups: [{ targetGroup: 'unemployment_benefit', value: 0.25, numerator: 1, denominator: 4 }],
    });
    expect(kpis.find((k) => k.key === 'no_show_rate')!.target).toBeUndefined();
    const thirteen = kpis.find((k) => k.key === 'job_or_education_13_weeks')!;
    expect(thirteen).toMatchObject({ value: 0.25, numerator: 1, denominator: 4 });
    expect(thirteen.series.map((p) => p.value)).toEqual([1, 0, null]);
    expect(kpis.find((k) => k.key === 'overdue_citizens')).toMatchObject({ value: 0, snapshot: true, goal: 'zero' });
    expect(kpis.find((k) => k.key === 'self_service_share')!.value).toBeNull();
  });

  it('has a title and a definition in Danish and English for every KPI', () => {
    for (const key of KPI_KEYS) {
      expect(
        KPI_DEFINITIONS[key].title.da &&
          KPI_DEFINITIONS[key].title.en &&
          KPI_DEFINITIONS[key].definition.da &&
          KPI_DEFINITIONS[key].definition.en,
      ).toBeTruthy();
    }
  });
});
