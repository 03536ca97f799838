import { IdentityInit1795331343629 } from './1795331343629-identity-init';

export const identityMigrations = [IdentityInit1795331343629];
