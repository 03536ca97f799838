import { loadConfig } from '@jobunivers/api/config';
import { groupsForRoles, rolesForGroups } from './dev-oidc';

const config = (env: NodeJS.ProcessEnv = {}) =>
  loadConfig({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), SESSION_SECRET: 'x'.repeat(40), ...env });

describe('groups ↔ roles', () => {
  it('grants the roles whose groups the user has, once each, and nothing for unknown groups', () => {
    const c = config();
    expect(
      rolesForGroups(c, ['jobunivers-team-lead', 'jobunivers-caseworker', 'jobunivers-team-lead', 'all-staff']),
    ).toEqual(['caseworker', 'team_lead']);
    expect(rolesForGroups(c, ['all-staff'])).toEqual([]);
  });

  it('follows STAFF_OIDC_ROLE_GROUPS (e.g. Entra ID group object ids)', () => {
    const c = config({ STAFF_OIDC_ROLE_GROUPS: 'caseworker=6f1c0d2e,municipality_admin=9a8b7c6d' });
    expect(rolesForGroups(c, ['9a8b7c6d'])).toEqual(['municipality_admin']);
    expect(rolesForGroups(c, ['jobunivers-caseworker'])).toEqual([]);
    expect(groupsForRoles(c, ['caseworker', 'team_lead'])).toEqual(['6f1c0d2e']);
  });

  it('refuses a malformed role mapping at boot', () => {
    expect(() => config({ STAFF_OIDC_ROLE_GROUPS: 'boss=admins' })).toThrow(/STAFF_OIDC_ROLE_GROUPS must look like/);
  });
});
