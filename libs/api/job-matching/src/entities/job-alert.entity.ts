import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertMode } from './match-profile.entity';

/**
 * A new ad that fits a citizen above the alert threshold: exactly one per (citizen, ad). Instant
 * alerts are announced at once, daily ones batched into the citizen's digest; `announcedAt` marks
 * the handover to notifications.
 */
@Entity({ schema: 'job_matching', name: 'job_alert' })
@Index('job_alert_citizen_ad_uq', ['citizenId', 'jobAdId'], { unique: true })
@Index('job_alert_pending_idx', ['mode', 'announcedAt'])
/** The daily cap counts a citizen's alerts of today through this index. */
@Index('job_alert_citizen_created_idx', ['citizenId', 'createdAt'])
export class JobAlertEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'job_ad_id', type: 'uuid' }) jobAdId!: string;
  @Column({ type: 'integer' }) score!: number;
  @Column({ type: 'varchar', length: 10 }) mode!: Exclude<AlertMode, 'off'>;
  @Column({ name: 'announced_at', type: 'timestamptz', nullable: true }) announcedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
