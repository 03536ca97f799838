/** OIOSAML 3.0 attribute names (Danish public sector SAML profile used by NemLog-in). */
export const OIOSAML = {
  specVersion: 'https://data.gov.dk/model/core/specVersion',
  loa: 'https://data.gov.dk/concept/core/nsis/loa',
  cprNumber: 'https://data.gov.dk/model/core/eid/cprNumber',
  firstName: 'https://data.gov.dk/model/core/eid/firstName',
  lastName: 'https://data.gov.dk/model/core/eid/lastName',
  fullName: 'https://data.gov.dk/model/core/eid/fullName',
  /** MitID Erhverv (professional profile): the company's CVR number, its name, the employee's persistent UUID. */
  cvr: 'https://data.gov.dk/model/core/eid/professional/cvr',
  orgName: 'https://data.gov.dk/model/core/eid/professional/orgName',
  professionalUuid: 'https://data.gov.dk/model/core/eid/professional/uuid/persistent',
} as const;

export const OIOSAML_SPEC_VERSION = 'OIO-SAML-3.0';

/** NSIS assurance levels, lowest first. Jobunivers needs at least Substantial (MitID). */
export const NSIS_LEVELS = ['Low', 'Substantial', 'High'] as const;
export type NsisLevel = (typeof NSIS_LEVELS)[number];
export const REQUIRED_LEVEL: NsisLevel = 'Substantial';

export const meetsRequiredLevel = (level: unknown): boolean =>
  typeof level === 'string' && NSIS_LEVELS.indexOf(level as NsisLevel) >= NSIS_LEVELS.indexOf(REQUIRED_LEVEL);
