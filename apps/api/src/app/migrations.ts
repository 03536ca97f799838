import { auditMigrations } from '@jobunivers/api/audit';
import { citizensMigrations } from '@jobunivers/api/citizens';
import { platformMigrations } from '@jobunivers/api/database';
import { identityMigrations } from '@jobunivers/api/identity';
import { referenceMigrations } from '@jobunivers/api/reference';

/**
 * Every committed migration of every module. TypeORM orders them by the timestamp in their class
 * names; a new module adds its list here.
 */
export const appMigrations = [...platformMigrations, ...referenceMigrations, ...identityMigrations, ...auditMigrations, ...citizensMigrations];
