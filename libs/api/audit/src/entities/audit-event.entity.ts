import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'reveal' | 'export';
export type AuditOutcome = 'allowed' | 'denied';

/**
 * One read or change of a citizen's personal data by staff or an API client. Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE on this table (see the migration's trigger).
 */
@Entity({ schema: 'audit', name: 'audit_event' })
@Index('audit_event_citizen_idx', ['citizenId', 'occurredAt'])
@Index('audit_event_municipality_idx', ['actorMunicipalityCode', 'occurredAt'])
@Index('audit_event_actor_idx', ['actorId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Column({ name: 'actor_kind', type: 'varchar', length: 10 }) actorKind!: 'citizen' | 'staff' | 'client' | 'employer';
  @Column({ name: 'actor_id', type: 'uuid' }) actorId!: string;
  @Column({ name: 'actor_name', type: 'varchar', length: 200 }) actorName!: string;
  @Column({ name: 'actor_municipality_code', type: 'char', length: 4 }) actorMunicipalityCode!: string;
  @Column({ name: 'citizen_id', type: 'uuid', nullable: true }) citizenId!: string | null;
  @Column({ type: 'varchar', length: 10 }) action!: AuditAction;
  /** What was touched, e.g. `citizen.profile`, `citizen.cpr`, `meeting`. */
  @Column({ type: 'varchar', length: 100 }) resource!: string;
  @Column({ name: 'resource_id', type: 'varchar', length: 100, nullable: true }) resourceId!: string | null;
  /** Why: the caseworker's stated purpose, `caseload`, `management`, or the API client's scope. */
  @Column({ type: 'varchar', length: 500, nullable: true }) purpose!: string | null;
  @Column({ type: 'varchar', length: 10 }) outcome!: AuditOutcome;
}
