import { auditMigrations } from '@jobunivers/api/audit';
import { citizensMigrations } from '@jobunivers/api/citizens';
import { meetingsMigrations } from '@jobunivers/api/meetings';
import { offersMigrations } from '@jobunivers/api/offers';
import { jobMatchingMigrations } from '@jobunivers/api/job-matching';
import { integrationMigrations } from '@jobunivers/api/integration';
import { messagingMigrations } from '@jobunivers/api/messaging';
import { employersMigrations } from '@jobunivers/api/employers';
import { notificationsMigrations } from '@jobunivers/api/notifications';
import { screeningMigrations } from '@jobunivers/api/screening';
import { platformMigrations } from '@jobunivers/api/database';
import { identityMigrations } from '@jobunivers/api/identity';
import { referenceMigrations } from '@jobunivers/api/reference';

const timestampOf = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)?.[1] ?? NaN);

/**
 * Every committed migration of every module, in timestamp order (the order TypeORM runs them).
 * A new module adds its list here.
 */
export const appMigrations = [
  ...platformMigrations,
  ...referenceMigrations,
  ...identityMigrations,
  ...auditMigrations,
  ...citizensMigrations,
  ...screeningMigrations,
  ...meetingsMigrations,
  ...offersMigrations,
  ...jobMatchingMigrations,
  ...messagingMigrations,
  ...employersMigrations,
  ...notificationsMigrations,
  ...integrationMigrations,
].sort((a, b) => timestampOf(a) - timestampOf(b));
