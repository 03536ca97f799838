import { IdentityEmployerSessions1796621079432 } from './1796621079432-identity-employer-sessions';
import { StaffTeam1795380923936 } from './1795380923936-staff-team';
import { IdentityInit1795331343629 } from './1795331343629-identity-init';
import { IdentitySamlRequests1795332414931 } from './1795332414931-identity-saml-requests';
import { IdentityRateLimits1795335128980 } from './1795335128980-identity-rate-limits';
import { IdentitySamlLogout1795335551165 } from './1795335551165-identity-saml-logout';
import { IdentityOidcLogins1795338331504 } from './1795338331504-identity-oidc-logins';

export const identityMigrations = [
  IdentityInit1795331343629,
  IdentitySamlRequests1795332414931,
  IdentityRateLimits1795335128980,
  IdentitySamlLogout1795335551165,
  IdentityOidcLogins1795338331504,
  StaffTeam1795380923936,
  IdentityEmployerSessions1796621079432,
];
