import { DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { DEMO_EMPLOYER_USERS } from '@jobunivers/api/employers';

export interface TestPerson {
  id: string;
  /** Private MitID identities; empty for MitID Erhverv (their assertion carries the company, not a CPR number). */
  cpr: string;
  firstName: string;
  lastName: string;
  note: string;
  /** MitID Erhverv: the company the employee acts for (OIOSAML 3 professional profile). */
  professional?: { cvr: string; orgName: string };
}

/**
 * The dev IdP's test persons, like NemLog-in's MitID simulator: the demo citizens, one person
 * who is registered in no municipality (to show that page), and two newcomers to register.
 */
export const TEST_PERSONS: TestPerson[] = [
  ...DEMO_CITIZENS.map((c) => ({
    id: c.id,
    cpr: c.cpr,
    firstName: c.firstName,
    lastName: c.lastName,
    note: `Ledig i kommune ${c.municipalityCode}`,
  })),
  {
    id: 'unregistered',
    cpr: '1206881122',
    firstName: 'Jakob',
    lastName: 'Ukendt',
    note: 'Ikke tilmeldt i nogen kommune',
  },
  // Not registered at first: a caseworker registers them (demo of registration, and the e2e journey).
  {
    id: 'newcomer-1',
    cpr: '0504931357',
    firstName: 'Ida',
    lastName: 'Lauridsen',
    note: 'Ny ledig – tilmeldes af en jobkonsulent',
  },
  {
    id: 'newcomer-2',
    cpr: '1710872468',
    firstName: 'Emil',
    lastName: 'Skov',
    note: 'Ny ledig – tilmeldes af en jobkonsulent',
  },

  // MitID Erhverv test identities: employees of the demo companies (the employer section of the public app).
  ...DEMO_EMPLOYER_USERS.map((u) => ({
    id: u.id,
    cpr: '',
    firstName: u.firstName,
    lastName: u.lastName,
    note: `MitID Erhverv – ${u.companyName} (CVR ${u.cvr})`,
    professional: { cvr: u.cvr, orgName: u.companyName },
  })),
];
