/** The few result-oriented KPIs, each with its unit and its definition as shown beside it (Danish and English). */
export const KPI_KEYS = [
  'job_or_education_13_weeks',
  'job_or_education_26_weeks',
  'visitation_median_days',
  'visitation_within_deadline',
  'overdue_citizens',
  'meeting_form_in_person',
  'meeting_form_video',
  'meeting_form_phone',
  'no_show_rate',
  'self_service_share',
  'digitally_active_14_days',
  'meeting_satisfaction',
  'offer_satisfaction',
  'first_response_median_minutes',
  'knowledge_base_answered',
  'contact_coverage',
  'exempt_share',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type KpiUnit = 'share' | 'days' | 'minutes' | 'count' | 'score';
type Text = { da: string; en: string };

export const KPI_DEFINITIONS: Record<
  KpiKey,
  { unit: KpiUnit; goal: 'up' | 'down' | 'zero' | 'none'; title: Text; definition: Text; target?: number }
> = {
  job_or_education_13_weeks: {
    unit: 'share',
    goal: 'up',
    title: { da: 'I job eller uddannelse inden 13 uger', en: 'In job or education within 13 weeks' },
    definition: {
      da: 'Andel af sager afsluttet i måneden, hvor borgeren kom i job eller uddannelse højst 13 uger (91 dage) efter ledighedens start.',
      en: 'Share of cases closed in the month where the citizen started a job or education at most 13 weeks (91 days) after the unemployment began.',
    },
  },
  job_or_education_26_weeks: {
    unit: 'share',
    goal: 'up',
    title: { da: 'I job eller uddannelse inden 26 uger', en: 'In job or education within 26 weeks' },
    definition: {
      da: 'Andel af sager afsluttet i måneden, hvor borgeren kom i job eller uddannelse højst 26 uger (182 dage) efter ledighedens start.',
      en: 'Share of cases closed in the month where the citizen started a job or education at most 26 weeks (182 days) after the unemployment began.',
    },
  },
  visitation_median_days: {
    unit: 'days',
    goal: 'down',
    title: { da: 'Dage fra tilmelding til visitation', en: 'Days from registration to visitation' },
    definition: {
      da: 'Median af dagene fra tilmeldingen til visitationen blev holdt (screeningen registreret), for visitationer holdt i måneden.',
      en: 'Median days from registration until the visitation was held (its screening recorded), for visitations held in the month.',
    },
  },
  visitation_within_deadline: {
    unit: 'share',
    goal: 'up',
    title: { da: 'Visitation inden for fristen', en: 'Visitation within the deadline' },
    definition: {
      da: 'Andel af visitationer holdt i måneden senest på den lovpligtige frist (1 uge for kontanthjælp, 2 uger for dagpenge).',
      en: 'Share of visitations held in the month no later than the legal deadline (1 week for cash benefit, 2 weeks for unemployment benefit).',
    },
  },
  overdue_citizens: {
    unit: 'count',
    goal: 'zero',
    title: {
      da: 'Borgere med overskredet visitation eller screening',
      en: 'Citizens overdue for visitation or screening',
    },
    definition: {
      da: 'Borgere med en åben visitation eller screening, hvis dato er passeret — lige nu. Målet er nul: ingen falder igennem.',
      en: 'Citizens with an open visitation or screening whose date has passed — right now. The goal is zero: nobody falls through.',
    },
  },
  meeting_form_in_person: {
    unit: 'share',
    goal: 'none',
    title: { da: 'Samtaler ved fremmøde', en: 'Meetings in person' },
    definition: {
      da: 'Andel af samtaler i måneden (holdt eller udeblevet) ved fremmøde.',
      en: 'Share of meetings in the month (held or missed) in person.',
    },
  },
  meeting_form_video: {
    unit: 'share',
    goal: 'none',
    title: { da: 'Samtaler på video', en: 'Meetings by video' },
    definition: {
      da: 'Andel af samtaler i måneden (holdt eller udeblevet) på video.',
      en: 'Share of meetings in the month (held or missed) by video.',
    },
  },
  meeting_form_phone: {
    unit: 'share',
    goal: 'none',
    title: { da: 'Samtaler på telefon', en: 'Meetings by phone' },
    definition: {
      da: 'Andel af samtaler i måneden (holdt eller udeblevet) på telefon.',
      en: 'Share of meetings in the month (held or missed) by phone.',
    },
  },
  no_show_rate: {
    unit: 'share',
    goal: 'down',
    title: { da: 'Udeblivelser', en: 'No-shows' },
    definition: {
      da: 'Andel af samtaler i måneden, hvor borgeren udeblev (af holdte og udeblevne).',
      en: 'Share of meetings in the month the citizen missed (of held and missed ones).',
    },
  },
  self_service_share: {
    unit: 'share',
    goal: 'none',
    title: { da: 'På selvbetjeningssporet', en: 'On the self-service track' },
    definition: {
      da: 'Andel af aktive borgere, hvis seneste screening er selvbetjening (Virtuelt Jobunivers) — lige nu.',
      en: 'Share of active citizens whose latest screening is self-service (the virtual job universe) — right now.',
    },
  },
  digitally_active_14_days: {
    unit: 'share',
    goal: 'up',
    title: { da: 'Digitalt aktive (14 dage)', en: 'Digitally active (14 days)' },
    definition: {
      da: 'Andel af aktive borgere, der har logget ind inden for de seneste 14 dage — lige nu.',
      en: 'Share of active citizens who signed in within the last 14 days — right now.',
    },
  },
  meeting_satisfaction: {
    unit: 'score',
    goal: 'up',
    title: { da: 'Tilfredshed med samtaler', en: 'Satisfaction with meetings' },
    definition: {
      da: 'Gennemsnit af borgernes vurdering (1–5) af samtaler holdt i måneden, med fordelingen.',
      en: "Average of the citizens' ratings (1–5) of meetings held in the month, with the distribution.",
    },
  },
  offer_satisfaction: {
    unit: 'score',
    goal: 'up',
    title: { da: 'Tilfredshed med tilbud', en: 'Satisfaction with offers' },
    definition: {
      da: 'Gennemsnit af borgernes vurdering (1–5) af tilbud, givet i måneden, med fordelingen.',
      en: "Average of the citizens' ratings (1–5) of offers, given in the month, with the distribution.",
    },
  },
  first_response_median_minutes: {
    unit: 'minutes',
    goal: 'down',
    title: { da: 'Svartid på beskeder', en: 'Response time to messages' },
    definition: {
      da: 'Median af minutterne fra borgeren skrev, til jobcentret svarede første gang, for samtaler begyndt i måneden.',
      en: "Median minutes from the citizen's message to the jobcentre's first answer, for conversations begun in the month.",
    },
  },
  knowledge_base_answered: {
    unit: 'share',
    goal: 'up',
    title: { da: 'Spørgsmål besvaret af vidensbasen', en: 'Questions answered by the knowledge base' },
    definition: {
      da: 'Andel af spørgsmål stillet i måneden, hvor borgeren svarede "ja, det hjalp" (af dem, borgeren svarede på).',
      en: 'Share of questions asked in the month where the citizen answered "yes, that helped" (of those the citizen answered).',
    },
  },
  contact_coverage: {
    unit: 'share',
    goal: 'up',
    target: 0.75,
    title: { da: 'Samtalekrav opfyldt inden 6 måneder', en: 'Required meetings held within 6 months' },
    definition: {
      da: 'Andel af borgere tæt på arbejdsmarkedet (dagpenge, jobparat kontanthjælp, ledighedsydelse), hvis første 6 måneder sluttede i måneden, og som fik alle de samtaler, reglerne kræver inden for 6 måneder (fritagne tæller ikke som opfyldt). Loven kræver mindst 75 % (lov nr. 1750 af 29/12/2025, fra 1. juli 2026); pr. målgruppe.',
      en: 'Share of citizens close to the labour market (unemployment benefit, job-ready cash benefit, unemployment allowance) whose first 6 months ended in the month and who had every meeting the rules ask for within 6 months (exempt citizens do not count as met). The law requires at least 75 % (law no. 1750 of 29/12/2025, from 1 July 2026); per target group.',
    },
  },
  exempt_share: {
    unit: 'share',
    goal: 'none',
    target: 0.25,
    title: { da: 'Fritaget for samtalekrav', en: 'Exempt from required meetings' },
    definition: {
      da: 'Andel af borgere tæt på arbejdsmarkedet, hvis ledighed begyndte i måneden, som er fritaget for samtalekrav nu; pr. målgruppe. Kommunen må højst fritage 25 % af en målgruppe blandt dem, der begyndte i samme halvår.',
      en: 'Share of citizens close to the labour market whose unemployment began in the month and who are exempt from the required meetings now; per target group. The municipality may exempt at most 25 % of a target group among those who began in the same half-year.',
    },
  },
};
