import { Column, CreateDateColumn, Entity, Exclusion, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingForm } from '../slots';

export const MEETING_STATUSES = [
  'invited',
  'booked',
  'change_requested',
  'held',
  'no_show',
  'cancelled',
  'cancelled_by_jobcentre',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** Statuses that still hold their time; the rest are over or never happened. */
export const UPCOMING_STATUSES: MeetingStatus[] = ['invited', 'booked', 'change_requested'];
export const CANCELLED_STATUSES: MeetingStatus[] = ['cancelled', 'cancelled_by_jobcentre'];
export type MeetingKind = 'visitation' | 'job_meeting';
export type MeetingOrigin = 'citizen' | 'caseworker' | 'system';

export interface ChangeRequest {
  form?: MeetingForm;
  start?: string;
  message: string;
  requestedAt: string;
}

/**
 * A job meeting between a citizen and a caseworker. PostgreSQL itself refuses two overlapping
 * meetings that are not cancelled for the same caseworker or the same citizen (exclusion
 * constraints on the time range): no check-then-insert race, no partial overlap, no state change
 * can get around it — every INSERT and UPDATE is checked.
 */
@Entity({ schema: 'meetings', name: 'meeting' })
@Exclusion(
  'meeting_caseworker_no_overlap',
  `USING gist ("caseworker_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" NOT IN ('cancelled', 'cancelled_by_jobcentre'))`,
)
@Exclusion(
  'meeting_citizen_no_overlap',
  `USING gist ("citizen_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" NOT IN ('cancelled', 'cancelled_by_jobcentre'))`,
)
@Index('meeting_citizen_idx', ['citizenId', 'startsAt'])
@Index('meeting_caseworker_idx', ['caseworkerId', 'startsAt'])
@Index('meeting_municipality_idx', ['municipalityCode', 'startsAt'])
@Index('meeting_stats_idx', { synchronize: false }) // held/no-show per municipality and month, index-only (migration 1795400000000)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'caseworker_id', type: 'uuid' }) caseworkerId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: MeetingKind;
  @Column({ type: 'varchar', length: 12 }) origin!: MeetingOrigin;
  @Column({ type: 'varchar', length: 10 }) form!: MeetingForm;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 25 }) status!: MeetingStatus;
  @Column({ type: 'varchar', length: 300, nullable: true }) topic!: string | null;
  /** A formal call-in (indkaldelse): always goes out as a Digital Post letter, whatever the notification settings. Visitation is always formal. */
  @Column({ type: 'boolean', default: false }) formal!: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) address!: string | null;
  @Column({ name: 'phone_number', type: 'varchar', length: 30, nullable: true }) phoneNumber!: string | null;
  @Column({ name: 'video_url', type: 'varchar', length: 300, nullable: true }) videoUrl!: string | null;
  /** iCalendar SEQUENCE: bumped whenever time, form or status changes. */
  @Column({ type: 'integer', default: 0 }) sequence!: number;
  /** When time or form last changed (reminders are only sent for a meeting known long enough). */
  @Column({ name: 'scheduled_at', type: 'timestamptz' }) scheduledAt!: Date;
  @Column({ name: 'change_request', type: 'jsonb', nullable: true }) changeRequest!: ChangeRequest | null;
  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true }) cancelReason!: string | null;
  /** What the citizen reads after the meeting. */
  @Column({ name: 'shared_summary', type: 'text', nullable: true }) sharedSummary!: string | null;
  /** Staff only. */
  @Column({ name: 'internal_note', type: 'text', nullable: true }) internalNote!: string | null;
  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true }) outcomeAt!: Date | null;
  @Column({ name: 'outcome_by', type: 'uuid', nullable: true }) outcomeBy!: string | null;
  @Column({ type: 'smallint', nullable: true }) rating!: number | null;
  @Column({ name: 'rating_comment', type: 'varchar', length: 1000, nullable: true }) ratingComment!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
