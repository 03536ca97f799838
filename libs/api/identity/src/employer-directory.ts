/** What identity needs to know about employer users; the employers module provides it (`EMPLOYER_DIRECTORY`). */
export interface EmployerUserSummary {
  /** The employer user's id (uuid). */
  id: string;
  name: string;
  cvr: string;
  companyName: string;
}

/** The professional identity NemLog-in asserts for a MitID Erhverv sign-in (OIOSAML 3 professional profile). */
export interface ProfessionalIdentity {
  /** The persistent professional UUID (`…/professional/uuid/persistent`). */
  professionalUuid: string;
  cvr: string;
  orgName: string;
  name: string;
}

export interface EmployerDirectory {
  findUser(id: string): Promise<EmployerUserSummary | undefined>;
  /** The employer user behind a MitID Erhverv sign-in: known by their professional UUID, or added to the company on the first. */
  signIn(identity: ProfessionalIdentity): Promise<EmployerUserSummary>;
  /** Demo employer users for the dev sign-in page. */
  listDemoUsers(): Promise<EmployerUserSummary[]>;
}

export const EMPLOYER_DIRECTORY = 'jobunivers:employer-directory';
