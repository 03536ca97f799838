/** The job-matching module's case events (see `CaseEvents` in the citizens module). */
export interface JobMatchingCaseEvents {
  joblog_added: { title: string; employer: string };
  /** `by`: the caseworker's name. */
  job_suggested: { by: string; title: string; employer: string };
  /** `answer`: applied or not_relevant. */
  job_suggestion_answered: { title: string; answer: string };
}

declare module '@jobunivers/api/citizens' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- its members come by extension
  interface CaseEvents extends JobMatchingCaseEvents {}
}
