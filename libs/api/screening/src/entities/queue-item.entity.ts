import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const QUEUE_REASONS = [
  'visitation_due',
  'rescreening_due',
  'help_requested',
  'inactive',
  'missed_meeting',
  'no_joblog',
  'track_change_requested',
  'contact_due',
  'contact_overdue',
] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];
export type QueueItemStatus = 'open' | 'resolved' | 'dismissed';

/**
 * One reason to look at a citizen now: the screening queue. `dueKey` tells occurrences of a reason
 * apart (e.g. `week-13`); the unique index makes every producer idempotent — a reason is queued
 * once, however often a schedule runs or a signal repeats.
 */
@Entity({ schema: 'screening', name: 'queue_item' })
@Index('queue_item_once_uq', ['citizenId', 'reason', 'dueKey'], { unique: true })
@Index('queue_item_open_idx', ['municipalityCode', 'status', 'dueDate'])
@Index('queue_item_closed_idx', ['municipalityCode', 'reason', 'closedAt'])
export class QueueItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 40 }) reason!: QueueReason;
  @Column({ name: 'due_key', type: 'varchar', length: 80 }) dueKey!: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate!: string;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status!: QueueItemStatus;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy!: string | null;
  /** `screening:<id>` or the reason given for dismissing it. */
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
}
