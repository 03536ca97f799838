import type { StaffRole } from '@jobunivers/api/http';
import { unique } from './unique';

/** Where the staff members made here come from: no real identity provider has this issuer. */
const TEST_ISSUER = 'urn:jobunivers:test';

/** What a staff member's identity provider says of them (issuer and subject: who they are there). */
type StaffClaims = Record<'issuer' | 'subject' | 'municipalityCode' | 'name' | 'email', string> & {
  roles: StaffRole[];
  team?: string | null;
};

/**
 * Identity's facade, `app.get(IdentityService)`, passed in (this library cannot import identity, whose own
 * specs use it): its just-in-time provisioning, what a staff sign-in with the municipality's provider does.
 */
export interface StaffProvisioner<T> {
  provisionStaff(claims: StaffClaims): Promise<T | undefined>;
}

/**
 * A staff member of their own, provisioned as a first sign-in with the municipality's identity provider
 * would: by default a caseworker in Aarhus (0751) with no team and no availability; answers the member as
 * identity stored them. Sign in as them with {@link SignedInBrowsers} (the dev sign-in knows every active one).
 */
export async function newCaseworker<T>(
  identity: StaffProvisioner<T>,
  overrides: Partial<Omit<StaffClaims, 'issuer' | 'subject'>> = {},
): Promise<T> {
  const n = unique();
  const email = overrides.email ?? `konsulent${n}@test.example.dk`;
  const member = await identity.provisionStaff({
    municipalityCode: '0751',
    name: `Test Konsulent ${n}`,
    roles: ['caseworker'],
    team: null,
    ...overrides,
    issuer: TEST_ISSUER,
    subject: email,
    email,
  });
  if (!member) throw new Error(`staff member ${email} is deactivated`);
  return member;
}
