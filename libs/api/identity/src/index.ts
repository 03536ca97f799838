export { IdentityModule } from './identity.module';
export { IdentityService } from './identity.service';
export { identityMigrations } from './migrations';
export { CITIZEN_DIRECTORY, type CitizenDirectory, type CitizenSummary } from './citizen-directory';
export { CurrentPrincipal, type AuthenticatedRequest, type CitizenPrincipal, type ClientPrincipal, type Principal, type StaffPrincipal } from './principal';
export { satisfies } from './auth.guard';
export { API_SCOPES, type ApiScope } from './api-client.service';
export { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_STAFF } from './demo/identity.demo-seed';
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './session.service';
