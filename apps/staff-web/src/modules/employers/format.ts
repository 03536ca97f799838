import { ApiProblemError } from '@jobunivers/api-client';

/** "4. januar 2027" / "4 January 2027": a calendar date (YYYY-MM-DD) or the Copenhagen date of an instant. */
export function formatDate(value: string, language: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: dateOnly ? 'UTC' : 'Europe/Copenhagen',
  }).format(new Date(dateOnly ? `${value}T00:00:00Z` : value));
}

/** How long a request has waited: under an hour, whole hours (the first day), then whole days. */
export function ageOf(createdAt: string, now = Date.now()): { unit: 'lessThanHour' | 'hours' | 'days'; count: number } {
  const hours = Math.max(0, Math.floor((now - Date.parse(createdAt)) / 3_600_000));
  if (hours < 1) return { unit: 'lessThanHour', count: 0 };
  if (hours < 24) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}

/** API problems the employer pages explain in their own words (the key under `employers.problems`). */
const KNOWN_PROBLEMS = [
  'employer_request_not_found',
  'employer_request_closed',
  'not_an_employer_consultant',
  'not_a_candidate',
  'job_ad_exists',
  'placement_exists',
  'placement_ended',
  'too_many_messages',
] as const;
export type KnownProblem = (typeof KNOWN_PROBLEMS)[number];

/** The code of an API problem the pages have words for, or undefined (the generic error text is shown). */
export function knownProblem(error: unknown): KnownProblem | undefined {
  if (!(error instanceof ApiProblemError)) return undefined;
  return KNOWN_PROBLEMS.find((code) => code === error.problem.code);
}
