/** What identity needs to know about citizens; the citizens module provides it (`CITIZEN_DIRECTORY`). */
export interface CitizenSummary {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface CitizenDirectory {
  /** The citizen with an active case for this CPR number (NemLog-in sign-in), if any. */
  findActiveByCpr(cpr: string): Promise<CitizenSummary | undefined>;
  findById(id: string): Promise<CitizenSummary | undefined>;
  /** Demo citizens for the dev sign-in page. */
  listDemoCitizens(): Promise<CitizenSummary[]>;
}

export const CITIZEN_DIRECTORY = 'jobunivers:citizen-directory';
