import { addTimelineTexts } from '@jobunivers/api/citizens';
import type { JobMatchingCaseEvents } from './job-matching.events';

/** The job-matching module's timeline sentences. */
addTimelineTexts<JobMatchingCaseEvents>(
  {
    joblog_added: {
      da: 'Du skrev en ansøgning i din joblog: {{title}} hos {{employer}}.',
      en: 'You logged an application: {{title}} at {{employer}}.',
    },
    job_suggested: {
      da: '{{by}} sendte dig et jobforslag: {{title}} hos {{employer}}.',
      en: '{{by}} suggested a job to you: {{title}} at {{employer}}.',
    },
    job_suggestion_answered: {
      da: 'Du svarede på jobforslaget {{title}}: {{answerText}}.',
      en: 'You answered the job suggestion {{title}}: {{answerText}}.',
    },
  },
  { answerText: { applied: { da: 'søgt', en: 'applied' }, not_relevant: { da: 'ikke relevant', en: 'not relevant' } } },
);

type Texts = Record<string, { da: string; en: string }>;

/** The reasons a match gives, in plain Danish and English. */
export const REASONS = {
  exact: { da: 'Matcher dit jobønske: {title}', en: 'Matches your job wish: {title}' },
  related: { da: 'Beslægtet med dit jobønske: {title}', en: 'Related to your job wish: {title}' },
  skills: { da: '{matched} af {total} kompetencer', en: '{matched} of {total} skills' },
  km: { da: '{km} km fra dig', en: '{km} km from you' },
  area: { da: 'I dit arbejdsområde ({municipality})', en: 'In your work area ({municipality})' },
  full_time: { da: 'Fuldtid, som du ønsker', en: 'Full time, as you want' },
  part_time: { da: 'Deltid, som du ønsker', en: 'Part time, as you want' },
  language: { da: 'Opslaget er på {language}, som du taler', en: 'The ad is in {language}, which you speak' },
  employer: {
    da: 'Længere nede: du har fravalgt et job hos {employer}',
    en: 'Lower down: you marked a job at {employer} not relevant',
  },
  occupation: {
    da: 'Længere nede: du har fravalgt lignende job',
    en: 'Lower down: you marked similar jobs not relevant',
  },
} satisfies Texts;

export const LANGUAGE_NAMES: Texts = {
  en: { da: 'engelsk', en: 'English' },
  de: { da: 'tysk', en: 'German' },
  sv: { da: 'svensk', en: 'Swedish' },
  no: { da: 'norsk', en: 'Norwegian' },
  da: { da: 'dansk', en: 'Danish' },
};

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

/** A reason as its code and parameters (a language as its ISO 639-1 code), for apps that word it themselves. */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string>;
}

/** The reason worded on the server, in the reader's language (the `reasons` field). */
export function reasonText({ code, params }: Reason, language: 'da' | 'en'): string {
  const values =
    code === 'language'
      ? { ...params, language: LANGUAGE_NAMES[params['language']]?.[language] ?? params['language'] }
      : params;
  return fill(REASONS[code][language], values);
}
