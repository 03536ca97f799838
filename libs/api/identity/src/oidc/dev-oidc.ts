import { createHmac } from 'node:crypto';
import type { AppConfig } from '@jobunivers/api/config';
import type { StaffRole } from '@jobunivers/api/http';

/** Where the bundled test OpenID provider (dev-idp module) answers, under the API's origin. */
export const DEV_OIDC_PATH = '/api/v1/dev-idp/oidc';
export const DEV_OIDC_CLIENT_ID = 'jobunivers-staff';
export const STAFF_CALLBACK_PATH = '/api/v1/auth/staff/callback';

/** The dev client's secret: derived from the session secret, so both sides know it and nobody else. */
export const devOidcClientSecret = (config: AppConfig): string =>
  createHmac('sha256', config.secrets.sessionSecret).update('dev-oidc-client').digest('base64url');

/** The identity provider's groups that carry these roles (what a municipality's IdP would send). */
export const groupsForRoles = (config: AppConfig, roles: readonly StaffRole[]): string[] =>
  config.staffOidc.roleGroups.filter((rg) => roles.includes(rg.role)).map((rg) => rg.group);

/** The roles a set of groups grants, in the configured order; unknown groups grant nothing. */
export const rolesForGroups = (config: AppConfig, groups: readonly string[]): StaffRole[] => [
  ...new Set(config.staffOidc.roleGroups.filter((rg) => groups.includes(rg.group)).map((rg) => rg.role)),
];
