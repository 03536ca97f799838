import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const LETTER_STATUSES = ['sent', 'to_print', 'printed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/**
 * A formal call-in letter, one per notification (the call-in): sent to Digital Post, or — for a
 * citizen exempt from Digital Post — waiting on the municipality's letters-to-print list with its
 * PDF. The id is the MeMo message UUID (the delivery's id), so a resend after a crash is the same
 * message to the provider.
 */
@Entity({ schema: 'notifications', name: 'letter' })
@Index('letter_notification_uq', ['notificationId'], { unique: true })
@Index('letter_print_idx', ['municipalityCode', 'status', 'createdAt'])
export class LetterEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_letter_id' }) id!: string;
  @Column({ name: 'notification_id', type: 'uuid' }) notificationId!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId!: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true }) startsAt!: Date | null;
  @Column({ type: 'varchar', length: 10 }) status!: LetterStatus;
  /** Where it went: `files`, `https`, or `print`. */
  @Column({ type: 'varchar', length: 10 }) transport!: string;
  /** Kept for letters to print only. */
  @Column({ type: 'bytea', nullable: true }) pdf!: Buffer | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'printed_at', type: 'timestamptz', nullable: true }) printedAt!: Date | null;
  @Column({ name: 'printed_by', type: 'uuid', nullable: true }) printedBy!: string | null;
}
