import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const TRACKS = ['self_service', 'personal'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * A caseworker's screening: the indicators shown at the time (decision support), their own
 * assessment, the track they chose and the summary written for the citizen. A person decides;
 * the system never sets a track by itself.
 */
@Entity({ schema: 'screening', name: 'screening' })
@Index('screening_citizen_idx', ['citizenId', 'createdAt'])
export class ScreeningEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'caseworker_id', type: 'uuid' }) caseworkerId!: string;
  @Column({ name: 'caseworker_name', type: 'varchar', length: 200 }) caseworkerName!: string;
  @Column({ type: 'jsonb' }) indicators!: Record<string, unknown>;
  @Column({ type: 'text' }) assessment!: string;
  @Column({ type: 'varchar', length: 20 }) track!: Track;
  @Column({ name: 'summary_for_citizen', type: 'text' }) summaryForCitizen!: string;
  @Column({ name: 'next_screening_date', type: 'date' }) nextScreeningDate!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'citizen_comment', type: 'text', nullable: true }) citizenComment!: string | null;
  @Column({ name: 'change_requested', type: 'boolean', default: false }) changeRequested!: boolean;
  @Column({ name: 'commented_at', type: 'timestamptz', nullable: true }) commentedAt!: Date | null;
}
