import type { CitizensCaseEvents } from './case-events';

/** The plain-language sentence of each case event on the timeline, Danish and English ("du" form). */
const CITIZENS_TEXTS: Record<keyof CitizensCaseEvents, { da: string; en: string }> = {
  registered: {
    da: 'Du blev tilmeldt jobcentret som ledig fra {{unemployedSince}}.',
    en: 'You were registered with the jobcentre as unemployed from {{unemployedSince}}.',
  },
  caseworker_assigned: {
    da: '{{caseworkerName}} er nu din jobkonsulent.',
    en: '{{caseworkerName}} is now your caseworker.',
  },
  profile_created: { da: 'Du udfyldte din profil og dit CV.', en: 'You filled in your profile and CV.' },
  case_closed: {
    da: 'Din sag blev afsluttet: {{outcomeText}} fra {{date}}.',
    en: 'Your case was closed: {{outcomeText}} from {{date}}.',
  },
};

type Texts = Record<string, { da: string; en: string }>;
const TIMELINE_TEXTS: Texts = { ...CITIZENS_TEXTS };

/**
 * Other modules bring the sentences of their own case events — one for every kind they declare
 * (`addTimelineTexts<MeetingsCaseEvents>({…})`: a missing one fails the type check) — and words for
 * coded values: a `{{trackText}}` placeholder is the `valueTexts.trackText` entry for the `track` param.
 */
export function addTimelineTexts<Events>(
  texts: Record<keyof Events & string, { da: string; en: string }>,
  valueTexts: Record<string, Texts> = {},
): void {
  Object.assign(TIMELINE_TEXTS, texts);
  Object.assign(VALUE_TEXTS, valueTexts);
}

const OUTCOME_TEXTS: Texts = {
  job: { da: 'du er kommet i job', en: 'you found a job' },
  education: { da: 'du er startet på en uddannelse', en: 'you started an education' },
  other: { da: 'anden afslutning', en: 'other reason' },
  moved: { da: 'du er flyttet til en anden kommune', en: 'you moved to another municipality' },
};

const VALUE_TEXTS: Record<string, Texts> = { outcomeText: OUTCOME_TEXTS };

export type Language = 'da' | 'en';

/** Danish unless the caller asks for English first (Accept-Language). */
export const languageOf = (acceptLanguage?: string): Language => (/^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'da');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const formatters = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The entry as a sentence; dates are written the language's way (1. december 2026 / 1 December 2026). */
export function timelineText(kind: string, params: Record<string, string>, language: Language): string {
  const template = TIMELINE_TEXTS[kind]?.[language] ?? kind;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    // A coded value in its words; a value stored as words before it was coded stays as it is.
    if (name.endsWith('Text')) {
      const value = params[name.slice(0, -4)] ?? '';
      return VALUE_TEXTS[name]?.[value]?.[language] ?? value;
    }
    // A name kept in both languages (an offer's title): `titleEn` beside `title`.
    const value = (language === 'en' ? params[`${name}En`] : undefined) ?? params[name] ?? '';
    return DATE.test(value) ? formatters[language].format(new Date(`${value}T00:00:00Z`)) : value;
  });
}
