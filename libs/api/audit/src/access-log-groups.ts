/**
 * The citizen's access log in plain words: each audit row's resource becomes what was seen, its purpose why.
 * Codes only; the apps turn them into Danish or English (no raw resource names reach the citizen).
 */
export const SEEN = [
  'details',
  'profile',
  'cpr',
  'timeline',
  'meetings',
  'messages',
  'plan',
  'screening',
  'jobs',
  'lists',
  'employer_anonymous',
  'employer_named',
  'other',
] as const;
export type Seen = (typeof SEEN)[number];
export const REASONS = [
  'caseload',
  'management',
  'registration',
  'municipal_system',
  'lists',
  'kpi',
  'employer_request',
  'stated',
] as const;
export type Reason = (typeof REASONS)[number];

/** Reads of a list that shows the citizen among others (their name on a caseload, queue, inbox, calendar). */
const LIST_RESOURCES = new Set([
  'citizen.list',
  'screening.queue',
  'conversations',
  'plan.applications',
  'meetings.calendar',
  'insights.overdue',
  'employers.candidates',
]);

export function seenOf(resource: string): Seen {
  if (LIST_RESOURCES.has(resource)) return 'lists';
  if (resource === 'citizen.cpr') return 'cpr';
  // A company saw the candidate profile the citizen accepted to show (the company is the actor).
  if (resource === 'employer.candidate.anonymous') return 'employer_anonymous';
  if (resource === 'employer.candidate.named') return 'employer_named';
  if (resource === 'citizen.profile') return 'profile';
  if (resource === 'citizen.timeline') return 'timeline';
  if (resource === 'citizen' || resource.startsWith('citizen.')) return 'details';
  if (resource.startsWith('meeting')) return 'meetings';
  if (resource.startsWith('conversation')) return 'messages';
  if (resource.startsWith('plan')) return 'plan';
  if (resource.startsWith('screening')) return 'screening';
  if (resource.startsWith('job')) return 'jobs';
  return 'other';
}

const LIST_PURPOSES = new Set(['screening queue', 'inbox', 'approvals', 'caseload overview', 'calendar']);

/** Why: a known purpose code, or the caseworker's own words (`stated`). */
export function reasonOf(purpose: string | null): Reason | null {
  if (!purpose || purpose === 'own data') return null;
  if (purpose === 'caseload' || purpose === 'management' || purpose === 'registration') return purpose;
  if (purpose.startsWith('api:')) return 'municipal_system';
  if (purpose.startsWith('KPI')) return 'kpi';
  if (LIST_PURPOSES.has(purpose)) return 'lists';
  // The employers module's purposes ('employer request', 'employer request <id>'): a company looking for staff.
  if (purpose === 'employer request' || purpose.startsWith('employer request ')) return 'employer_request';
  return 'stated';
}
