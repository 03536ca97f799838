import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the durable event feed for municipal systems, written in the transaction of the
 * change. Readers order by (`tx_id`, `seq`) and see only transactions older than every running
 * one, so a cursor never skips an event that commits later (see `FeedService`).
 */
@Entity({ schema: 'integration', name: 'domain_event' })
@Index('domain_event_feed_idx', ['municipalityCode', 'txId', 'seq'])
export class DomainEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) seq!: string;
  /** Stable id of the event (also the webhook's `webhook-id`). */
  @Column({ type: 'uuid', unique: true }) id!: string;
  /** The writing transaction (`pg_current_xact_id()`), set by the insert. */
  @Column({ name: 'tx_id', type: 'bigint' }) txId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  /** The kind (`EventKind`); the feed shows its CloudEvents type (`CLOUD_EVENT_TYPE`). */
  @Column({ type: 'varchar', length: 60 }) type!: string;
  @Column({ name: 'citizen_id', type: 'uuid', nullable: true }) citizenId!: string | null;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'jsonb' }) data!: Record<string, string>;
}
