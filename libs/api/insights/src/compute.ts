import type { MeetingMonth } from '@jobunivers/api/meetings';
import { KPI_DEFINITIONS, KPI_KEYS, type KpiKey, type KpiUnit } from './kpi-definitions';

export interface KpiInputs {
  months: string[];
  outcomes: Array<{ month: string; closed: number; within13: number; within26: number }>;
  visitations: Array<{ month: string; held: number; medianDays: number | null; withinDeadline: number }>;
  /** The same over the whole period (a median cannot be summed from months). */
  visitationsTotal: { held: number; medianDays: number | null; withinDeadline: number } | undefined;
  meetings: MeetingMonth[];
  offerRatings: Array<{ month: string; ratings: number[] }>;
  responses: Array<{
    month: string;
    answered: number;
    medianFirstResponseMinutes: number | null;
    questions: number;
    rated: number;
    resolved: number;
  }>;
  responsesTotal:
    | {
        answered: number;
        medianFirstResponseMinutes: number | null;
        questions: number;
        rated: number;
        resolved: number;
      }
    | undefined;
  now: { active: number; selfService: number; digitallyActive: number; overdue: number };
  /** Contact rules: per month and target group (screening's contactStats). */
  contactCoverage: Array<{ month: string; targetGroup: string; covered: number; total: number }>;
  exempt: Array<{ month: string; targetGroup: string; exempt: number; started: number }>;
}

/** A share KPI split by target group. */
export interface KpiGroup {
  targetGroup: string;
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface KpiPoint {
  month: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface Kpi {
  key: KpiKey;
  unit: KpiUnit;
  goal: 'up' | 'down' | 'zero' | 'none';
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Measured now rather than per month (no series). */
  snapshot: boolean;
  series: KpiPoint[];
  /** Ratings 1…5 over the period (satisfaction KPIs). */
  distribution?: number[];
  /** The line the law draws (contact coverage at least 0.75, exempt share at most 0.25). */
  target?: number;
  /** The KPI per target group over the period (contact KPIs). */
  groups?: KpiGroup[];
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
export const share = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? round(numerator / denominator, 4) : null;
const sumRatings = (lists: number[][]): number[] =>
  [0, 1, 2, 3, 4].map((i) => lists.reduce((s, l) => s + (l[i] ?? 0), 0));
export const average = (ratings: number[]): number | null => {
  const n = ratings.reduce((s, c) => s + c, 0);
  return n > 0 ? round(ratings.reduce((s, c, i) => s + c * (i + 1), 0) / n, 2) : null;
};

/** Turns the modules' monthly counts into the KPIs, each with a value for the period and one per month. */
export function computeKpis(input: KpiInputs): Kpi[] {
  const byMonth = <T extends { month: string }>(rows: T[]) => new Map(rows.map((r) => [r.month, r]));
  const outcomes = byMonth(input.outcomes);
  const visitations = byMonth(input.visitations);
  const meetings = byMonth(input.meetings);
  const offers = byMonth(input.offerRatings);
  const responses = byMonth(input.responses);

  const ratio = <T extends { month: string }>(rows: Map<string, T>, num: (r: T) => number, den: (r: T) => number) => {
    const series = input.months.map((month) => {
      const r = rows.get(month);
      const [n, d] = r ? [num(r), den(r)] : [0, 0];
      return { month, value: share(n, d), numerator: n, denominator: d };
    });
    const n = series.reduce((s, p) => s + p.numerator, 0);
    const d = series.reduce((s, p) => s + p.denominator, 0);
    return { value: share(n, d), numerator: n, denominator: d, series, snapshot: false };
  };
  const median = <T extends { month: string }>(
    rows: Map<string, T>,
    value: (r: T) => number | null,
    count: (r: T) => number,
    total: number | null,
    totalCount: number,
  ) => ({
    value: total,
    numerator: null,
    denominator: totalCount,
    snapshot: false,
    series: input.months.map((month) => {
      const r = rows.get(month);
      return { month, value: r ? value(r) : null, numerator: null, denominator: r ? count(r) : 0 };
    }),
  });
  const satisfaction = (rows: Map<string, { month: string; ratings: number[] }>) => {
    const series = input.months.map((month) => {
      const ratings = rows.get(month)?.ratings ?? [0, 0, 0, 0, 0];
      return { month, value: average(ratings), numerator: null, denominator: ratings.reduce((s, c) => s + c, 0) };
    });
    const distribution = sumRatings(input.months.map((m) => rows.get(m)?.ratings ?? []));
    return {
      value: average(distribution),
      numerator: null,
      denominator: distribution.reduce((s, c) => s + c, 0),
      snapshot: false,
      series,
      distribution,
    };
  };
  /** A share summed over target groups per month, with the split by group over the whole period. */
  const byGroup = <T extends { month: string; targetGroup: string }>(
    rows: T[],
    num: (r: T) => number,
    den: (r: T) => number,
  ) => {
    const sum = (list: T[], f: (r: T) => number) => list.reduce((s, r) => s + f(r), 0);
    const inPeriod = rows.filter((r) => input.months.includes(r.month));
    const series = input.months.map((month) => {
      const list = inPeriod.filter((r) => r.month === month);
      return {
        month,
        value: share(sum(list, num), sum(list, den)),
        numerator: sum(list, num),
        denominator: sum(list, den),
      };
    });
    const groups = [...new Set(inPeriod.map((r) => r.targetGroup))].sort().map((targetGroup) => {
      const list = inPeriod.filter((r) => r.targetGroup === targetGroup);
      return {
        targetGroup,
        value: share(sum(list, num), sum(list, den)),
        numerator: sum(list, num),
        denominator: sum(list, den),
      };
    });
    return {
      value: share(sum(inPeriod, num), sum(inPeriod, den)),
      numerator: sum(inPeriod, num),
      denominator: sum(inPeriod, den),
      snapshot: false,
      series,
      groups,
    };
  };
  const now = (numerator: number, denominator: number | null) => ({
    value: denominator === null ? numerator : share(numerator, denominator),
    numerator,
    denominator,
    snapshot: true,
    series: [],
  });
  const meetingsTotal = (r: KpiInputs['meetings'][number]) => r.inPerson + r.video + r.phone;

  const values: Record<KpiKey, Omit<Kpi, 'key' | 'unit' | 'goal'>> = {
    job_or_education_13_weeks: ratio(
      outcomes,
      (r) => r.within13,
      (r) => r.closed,
    ),
    job_or_education_26_weeks: ratio(
      outcomes,
      (r) => r.within26,
      (r) => r.closed,
    ),
    visitation_median_days: median(
      visitations,
      (r) => r.medianDays,
      (r) => r.held,
      input.visitationsTotal?.medianDays ?? null,
      input.visitationsTotal?.held ?? 0,
    ),
    visitation_within_deadline: ratio(
      visitations,
      (r) => r.withinDeadline,
      (r) => r.held,
    ),
    overdue_citizens: now(input.now.overdue, null),
    meeting_form_in_person: ratio(meetings, (r) => r.inPerson, meetingsTotal),
    meeting_form_video: ratio(meetings, (r) => r.video, meetingsTotal),
    meeting_form_phone: ratio(meetings, (r) => r.phone, meetingsTotal),
    no_show_rate: ratio(
      meetings,
      (r) => r.noShow,
      (r) => r.held + r.noShow,
    ),
    self_service_share: now(input.now.selfService, input.now.active),
    digitally_active_14_days: now(input.now.digitallyActive, input.now.active),
    meeting_satisfaction: satisfaction(
      new Map(input.meetings.map((m) => [m.month, { month: m.month, ratings: m.ratings }])),
    ),
    offer_satisfaction: satisfaction(offers),
    first_response_median_minutes: median(
      responses,
      (r) => r.medianFirstResponseMinutes,
      (r) => r.answered,
      input.responsesTotal?.medianFirstResponseMinutes ?? null,
      input.responsesTotal?.answered ?? 0,
    ),
    knowledge_base_answered: ratio(
      responses,
      (r) => r.resolved,
      (r) => r.rated,
    ),
    contact_coverage: byGroup(
      input.contactCoverage,
      (r) => r.covered,
      (r) => r.total,
    ),
    exempt_share: byGroup(
      input.exempt,
      (r) => r.exempt,
      (r) => r.started,
    ),
  };
  return KPI_KEYS.map((key) => {
    const { unit, goal, target } = KPI_DEFINITIONS[key];
    return { key, unit, goal, ...(target === undefined ? {} : { target }), ...values[key] };
  });
}

/** Months (YYYY-MM) from the month of `from` to the month of `to`, both ISO dates. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
