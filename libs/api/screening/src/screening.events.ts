import type { NoPayload } from '@jobunivers/api/citizens';

/** The screening module's case events (see `CaseEvents` in the citizens module). */
export interface ScreeningCaseEvents {
  /** The visitation meeting must be held by `deadline` (YYYY-MM-DD). */
  visitation_due: { deadline: string };
  self_assessment: NoPayload;
  help_requested: NoPayload;
  /** `track`: self_service or personal. */
  screened: { track: string };
  screening_commented: NoPayload;
  screening_change_requested: NoPayload;
  /** Exempted from the contact rules' meetings, within the quota of `targetGroup` and `cohort` (e.g. 2026-H2). */
  contact_exempted: { targetGroup: string; cohort: string };
  contact_exemption_lifted: { targetGroup: string; cohort: string };
}

declare module '@jobunivers/api/citizens' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- its members come by extension
  interface CaseEvents extends ScreeningCaseEvents {}
}
