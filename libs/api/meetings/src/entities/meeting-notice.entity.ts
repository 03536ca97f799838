import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTICE_KINDS = [
  'invited',
  'booked',
  'rescheduled',
  'change_requested',
  'accepted',
  'cancelled',
  'reminder_24h',
  'reminder_1h',
  'held',
  'no_show',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * The module's outbox: every event about a meeting that someone should be told of, written in the
 * same transaction as the change. Unique per meeting, kind and sequence, so a reminder or a change
 * notice exists once however often the scheduler runs (the notifications module delivers these).
 */
@Entity({ schema: 'meetings', name: 'notice' })
@Index('notice_once_uq', ['meetingId', 'kind', 'sequence'], { unique: true })
@Index('notice_created_idx', ['createdAt'])
export class MeetingNoticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'caseworker_id', type: 'uuid' }) caseworkerId!: string;
  @Column({ type: 'varchar', length: 30 }) kind!: NoticeKind;
  @Column({ type: 'integer' }) sequence!: number;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
