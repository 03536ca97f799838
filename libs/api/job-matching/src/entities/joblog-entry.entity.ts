import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const JOBLOG_STATUSES = ['applied', 'interview', 'rejected', 'offer', 'hired'] as const;
export type JoblogStatus = (typeof JOBLOG_STATUSES)[number];

/** One job application the citizen logged (joblog): what, where, when, how it went. */
@Entity({ schema: 'job_matching', name: 'joblog_entry' })
@Index('joblog_citizen_idx', ['citizenId', 'appliedOn'])
export class JoblogEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'job_ad_id', type: 'uuid', nullable: true }) jobAdId!: string | null;
  @Column({ type: 'varchar', length: 200 }) employer!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'applied_on', type: 'date' }) appliedOn!: string;
  @Column({ type: 'varchar', length: 12 }) status!: JoblogStatus;
  @Column({ type: 'varchar', length: 2000, nullable: true }) notes!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
