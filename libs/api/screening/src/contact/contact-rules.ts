import type { BenefitType } from '@jobunivers/api/citizens';

/**
 * The contact rules (samtalekrav) as dated data: which meetings the municipality must hold with a
 * citizen, by target group, and since when. A change in the law is a new entry here with its
 * validity dates — never a code branch. README "Contact rules (the law in force)" gives the source
 * of every number.
 */
export const TARGET_GROUPS = [
  'unemployment_benefit',
  'cash_benefit',
  'job_ready_cash_benefit',
  'unemployment_allowance',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const REQUIREMENT_KINDS = ['first_meeting', 'job_meetings', 'month_16_meeting'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export type RequirementForm = 'any' | 'in_person_first';

export interface ContactRequirement {
  kind: RequirementKind;
  /** How many held meetings the requirement asks for. */
  count: number;
  /** Held within this many days of the unemployment's start (null: at a point in time, see `atDay`). */
  withinDays: number | null;
  /** Held around this day of the unemployment (due by then); null: within a period. */
  atDay: number | null;
  /** A meeting counts from this day of the unemployment (0: from the start). */
  fromDay: number;
  /** `in_person_first`: offered in person unless the citizen asks for phone or video. */
  form: RequirementForm;
  /** Whether an exemption (the municipality's up-to-25 % share) lifts it. */
  exemptable: boolean;
}

export interface ContactRuleGroup {
  targetGroup: TargetGroup;
  /** Close to the labour market: counted in the 75 % coverage and the exemption quota. */
  closeToLabourMarket: boolean;
  requirements: ContactRequirement[];
}

export interface ContactRuleSet {
  id: string;
  /** First day of unemployment the set applies to (inclusive). */
  validFrom: string;
  /** Last day of unemployment it applies to (inclusive); null: until further notice. */
  validTo: string | null;
  source: string;
  /** The share of a target group's 6-month cohort the municipality may exempt (0: no exemptions). */
  maxExemptShare: number;
  /** The share of the cohort that must have had its meetings within 6 months (null: no such target). */
  coverageTarget: number | null;
  groups: ContactRuleGroup[];
}

/** The first 6 months of unemployment, in days (the 75 % rule's period and the cohort length). */
export const SIX_MONTHS = 183;
/** "Around month 16": due by day 487 (16 × 30.4), counted from month 14. */
const MONTH_16 = 487;
const MONTH_14 = 426;

const req = (
  kind: RequirementKind,
  count: number,
  days: { withinDays?: number; atDay?: number; fromDay?: number },
  form: RequirementForm,
  exemptable: boolean,
): ContactRequirement => ({
  kind,
  count,
  withinDays: days.withinDays ?? null,
  atDay: days.atDay ?? null,
  fromDay: days.fromDay ?? 0,
  form,
  exemptable,
});

const first = (withinDays: number) => req('first_meeting', 1, { withinDays }, 'in_person_first', false);
const month16 = req('month_16_meeting', 1, { atDay: MONTH_16, fromDay: MONTH_14 }, 'any', false);

export const CONTACT_RULE_SETS: readonly ContactRuleSet[] = [
  {
    id: 'lab-2024',
    validFrom: '2024-01-01',
    validTo: '2026-06-30',
    source:
      'LAB kap. 7 as amended by lov nr. 727 af 13/6 2023 (Et forenklet kontaktforløb, in force 1 January 2024; STAR "Kontaktforløbet"): dagpenge 6 meetings in the first 6 months, the a-kasse holds the first 3 (months 1–3), the municipality the last 3 (months 4–6); the joint meeting by month 16 (STAR "Fælles jobsamtaler"). Kontanthjælp: first meeting within 1 week, job-ready 4 in the first 6 months, others 4 a year. First-meeting deadlines 1/2 weeks as the product encodes them (VISITATION_DAYS). Ledighedsydelse: not verified against the law text, modelled like job-ready kontanthjælp. No exemption share.',
    maxExemptShare: 0,
    coverageTarget: null,
    groups: [
      {
        targetGroup: 'unemployment_benefit',
        closeToLabourMarket: true,
        requirements: [
          first(14),
          req('job_meetings', 3, { withinDays: SIX_MONTHS, fromDay: 92 }, 'any', false),
          month16,
        ],
      },
      {
        targetGroup: 'job_ready_cash_benefit',
        closeToLabourMarket: true,
        requirements: [first(7), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', false)],
      },
      {
        targetGroup: 'unemployment_allowance',
        closeToLabourMarket: true,
        requirements: [first(14), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', false)],
      },
      {
        targetGroup: 'cash_benefit',
        closeToLabourMarket: false,
        requirements: [first(7), req('job_meetings', 3, { withinDays: 365 }, 'any', false)],
      },
    ],
  },
  {
    id: 'lov-1750-2026',
    validFrom: '2026-07-01',
    validTo: '2026-12-31',
    source:
      "Lov nr. 1750 af 29/12/2025 (Reform af beskæftigelsesindsatsen, mere fleksible kontaktforløb; contact rules in force 1 July 2026) and the reform agreement of 9 April 2025: job meetings must reach at least 75 % of the citizens close to the labour market in their first 6 months, up to 25 % may be exempted; dagpenge at least 2 job meetings in the municipality, job-ready kontanthjælp and ledighedsydelse at least 4 in all; the first meeting stays mandatory; the meeting around month 16 stays. Meetings after the first by phone or video when the citizen wishes (lov nr. 295 af 20/3 2023, since 1 March 2023). Counts as in the issue and DESIGN.md; the bill's remarks (L 66 2025/1, section 2.1) are the text to check them against.",
    maxExemptShare: 0.25,
    coverageTarget: 0.75,
    groups: [
      {
        targetGroup: 'unemployment_benefit',
        closeToLabourMarket: true,
        requirements: [first(14), req('job_meetings', 1, { withinDays: SIX_MONTHS }, 'any', true), month16],
      },
      {
        targetGroup: 'job_ready_cash_benefit',
        closeToLabourMarket: true,
        requirements: [first(7), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', true)],
      },
      {
        targetGroup: 'unemployment_allowance',
        closeToLabourMarket: true,
        requirements: [first(14), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', true)],
      },
      { targetGroup: 'cash_benefit', closeToLabourMarket: false, requirements: [first(7)] },
    ],
  },
  {
    id: 'beskaeftigelseslov-2027',
    validFrom: '2027-01-01',
    validTo: null,
    source:
      'Provisional: phase 2 of the reform (a new main act replacing LAB, planned for 1 January 2027: target groups 13 → 5, every kontanthjælp recipient job-ready by default). The bill is not concrete enough on the number of meetings, so the 1 July 2026 requirements are carried over; the one change encoded is that kontanthjælp counts as job-ready. Replace this entry when the act is adopted.',
    maxExemptShare: 0.25,
    coverageTarget: 0.75,
    groups: [
      {
        targetGroup: 'unemployment_benefit',
        closeToLabourMarket: true,
        requirements: [first(14), req('job_meetings', 1, { withinDays: SIX_MONTHS }, 'any', true), month16],
      },
      {
        targetGroup: 'job_ready_cash_benefit',
        closeToLabourMarket: true,
        requirements: [first(7), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', true)],
      },
      {
        targetGroup: 'unemployment_allowance',
        closeToLabourMarket: true,
        requirements: [first(14), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', true)],
      },
      {
        targetGroup: 'cash_benefit',
        closeToLabourMarket: true,
        requirements: [first(7), req('job_meetings', 3, { withinDays: SIX_MONTHS }, 'any', true)],
      },
    ],
  },
];

/**
 * The rule set for an unemployment that started on `unemployedSince` (YYYY-MM-DD): the set in force
 * on that day. Transition: a citizen keeps the set of the day their unemployment started for the
 * whole course (a course that started before 1 July 2026 finishes under the old rules); a start
 * before the earliest set uses the earliest.
 */
export function ruleSetFor(
  unemployedSince: string,
  sets: readonly ContactRuleSet[] = CONTACT_RULE_SETS,
): ContactRuleSet {
  return (
    sets.find((s) => s.validFrom <= unemployedSince && (s.validTo === null || unemployedSince <= s.validTo)) ?? sets[0]!
  );
}

/** The citizen's target group under a rule set: the benefit, the group its rules define. */
export function groupOf(ruleSet: ContactRuleSet, benefitType: BenefitType): ContactRuleGroup {
  return ruleSet.groups.find((g) => g.targetGroup === benefitType) ?? ruleSet.groups[0]!;
}

/** The 6-month cohort (half-year of the unemployment's start) a citizen belongs to: `YYYY-H1|H2`, and its first and last day. */
export function cohortOf(unemployedSince: string): { cohort: string; from: string; to: string } {
  const year = unemployedSince.slice(0, 4);
  const h1 = unemployedSince.slice(5, 7) <= '06';
  return h1
    ? { cohort: `${year}-H1`, from: `${year}-01-01`, to: `${year}-06-30` }
    : { cohort: `${year}-H2`, from: `${year}-07-01`, to: `${year}-12-31` };
}

/** How many of a cohort may be exempt (rounded down: the share is a maximum). */
export const allowedExemptions = (cohortSize: number, maxShare: number): number =>
  Math.floor(cohortSize * maxShare + 1e-9);
