import { addDays } from '@jobunivers/api/time';

/** Days without a logged application that make a signal for the screening queue. */
export const NO_JOBLOG_DAYS = 14;

/**
 * The day the citizen's quiet spell began (the latest application, or registration when later or
 * none) when it has lasted 14 days by `today`; null while they are active. Dates are YYYY-MM-DD.
 */
export function quietSince(registeredOn: string, lastAppliedOn: string | undefined, today: string): string | null {
  const since = lastAppliedOn && lastAppliedOn > registeredOn ? lastAppliedOn : registeredOn;
  return addDays(since, NO_JOBLOG_DAYS) <= today ? since : null;
}
