/** An offer's title in both languages (an own activity's is the citizen's own words, `title` only). */
export type PlanItemTitle = { title: string; titleEn?: string };

/** The offers module's case events: the plan's items (see `CaseEvents` in the citizens module). */
export interface OffersCaseEvents {
  plan_activity_added: PlanItemTitle;
  plan_enrolled: PlanItemTitle;
  plan_waitlisted: PlanItemTitle;
  plan_promoted: PlanItemTitle;
  plan_applied: PlanItemTitle;
  plan_approved: PlanItemTitle;
  plan_rejected: PlanItemTitle;
  plan_suggested: PlanItemTitle;
  plan_completed: PlanItemTitle;
  plan_dropped: PlanItemTitle;
  plan_declined: PlanItemTitle;
  plan_accepted: PlanItemTitle;
}

declare module '@jobunivers/api/citizens' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- its members come by extension
  interface CaseEvents extends OffersCaseEvents {}
}
