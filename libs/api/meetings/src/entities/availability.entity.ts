import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingForm } from '../slots';

/** A weekly recurring window of one meeting form (Copenhagen wall-clock times). */
@Entity({ schema: 'meetings', name: 'availability_window' })
@Index('availability_window_caseworker_idx', ['caseworkerId'])
@Index('availability_window_municipality_idx', ['municipalityCode'])
export class AvailabilityWindowEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'caseworker_id', type: 'uuid' }) caseworkerId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  /** 1 Monday … 7 Sunday */
  @Column({ type: 'smallint' }) weekday!: number;
  @Column({ name: 'start_time', type: 'char', length: 5 }) startTime!: string;
  @Column({ name: 'end_time', type: 'char', length: 5 }) endTime!: string;
  @Column({ type: 'varchar', length: 10 }) form!: MeetingForm;
  @Column({ name: 'slot_minutes', type: 'smallint' }) slotMinutes!: number;
  /** Where in-person meetings take place (the jobcentre's address). */
  @Column({ type: 'varchar', length: 200, nullable: true }) address!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A day off (no times) or blocked hours on one date. */
@Entity({ schema: 'meetings', name: 'availability_block' })
@Index('availability_block_caseworker_date_idx', ['caseworkerId', 'date'])
export class AvailabilityBlockEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'caseworker_id', type: 'uuid' }) caseworkerId!: string;
  @Column({ type: 'date' }) date!: string;
  @Column({ name: 'start_time', type: 'char', length: 5, nullable: true }) startTime!: string | null;
  @Column({ name: 'end_time', type: 'char', length: 5, nullable: true }) endTime!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason!: string | null;
}
