/** The employers module's case events (see `CaseEvents` in the citizens module). `company`: the company's name. */
export interface EmployersCaseEvents {
  /** A consultant proposed the citizen for a company's request; the citizen decides. */
  employer_invited: { company: string; title: string };
  employer_invitation_accepted: { company: string; title: string };
  employer_invitation_declined: { company: string; title: string };
  /** The citizen took back an accepted invitation: the company no longer sees them. */
  employer_consent_withdrawn: { company: string; title: string };
  /** `kind`: internship or wage_subsidy; `start`/`end`: dates (YYYY-MM-DD). */
  employer_placement_agreed: { company: string; kind: string; start: string; end: string };
  /** `outcome`: ended or hired. */
  employer_placement_ended: { company: string; kind: string; outcome: string };
}

declare module '@jobunivers/api/citizens' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- its members come by extension
  interface CaseEvents extends EmployersCaseEvents {}
}
