export { IdentityModule } from './identity.module';
export { DevAuthModule } from './dev-auth.module';
export { IdentityService, type StaffProvisioning } from './identity.service';
export { identityMigrations } from './migrations';
export { CITIZEN_DIRECTORY, type CitizenDirectory, type CitizenSummary } from './citizen-directory';
export {
  EMPLOYER_DIRECTORY,
  type EmployerDirectory,
  type EmployerUserSummary,
  type ProfessionalIdentity,
} from './employer-directory';
export {
  CurrentPrincipal,
  type AuthenticatedRequest,
  type CitizenPrincipal,
  type ClientPrincipal,
  type EmployerPrincipal,
  NO_MUNICIPALITY,
  type Principal,
  type StaffPrincipal,
} from './principal';
export { satisfies } from './auth.guard';
export { RateLimit, type RateLimitOptions } from './rate-limit';
export { API_SCOPES, type ApiScope } from './api-client.service';
export { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_STAFF, DEV_ISSUER } from './demo/identity.demo-seed';
export { CSRF_COOKIE, CSRF_HEADER, sessionCookieName } from './session.service';
export {
  CitizenSamlService,
  DEV_IDP_ENTITY_PATH,
  DEV_IDP_SLO_PATH,
  DEV_IDP_SSO_PATH,
  SAML_ACS_PATH,
  SAML_METADATA_PATH,
  SAML_SLO_PATH,
  sharedDevKeyPair,
} from './saml/citizen-saml.service';
export { NSIS_LEVELS, OIOSAML, OIOSAML_SPEC_VERSION, type NsisLevel } from './saml/oiosaml';
export { certBody, type KeyPair } from './saml/saml-keys';
export {
  DEV_OIDC_CLIENT_ID,
  DEV_OIDC_PATH,
  STAFF_CALLBACK_PATH,
  devOidcClientSecret,
  groupsForRoles,
} from './oidc/dev-oidc';
