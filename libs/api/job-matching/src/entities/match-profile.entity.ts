import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const ALERT_MODES = ['instant', 'daily', 'off'] as const;
export type AlertMode = (typeof ALERT_MODES)[number];

/**
 * job-matching's read model of a citizen's profile, kept in step by the citizens module's
 * profile-saved and case-closed hooks. Matching reads one row; alerts find the profiles an ad fits
 * through the GIN index on `wished` (ad → citizens) instead of re-scanning every profile.
 */
@Entity({ schema: 'job_matching', name: 'match_profile' })
@Index('match_profile_wished_idx', { synchronize: false })
export class MatchProfileEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'boolean' }) active!: boolean;
  @Column({ type: 'char', length: 4, array: true }) wished!: string[];
  /** Minor groups (3 digits) of the wished occupations. */
  @Column({ type: 'char', length: 3, array: true }) groups!: string[];
  @Column({ type: 'text', array: true }) skills!: string[];
  @Column({ type: 'double precision', nullable: true }) latitude!: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude!: number | null;
  @Column({ name: 'radius_km', type: 'integer' }) radiusKm!: number;
  /** When set, the work area is these municipalities instead of the radius. */
  @Column({ name: 'area_municipalities', type: 'char', length: 4, array: true }) areaMunicipalities!: string[];
  @Column({ type: 'varchar', length: 10, nullable: true }) hours!: 'full_time' | 'part_time' | 'both' | null;
  @Column({ type: 'text', array: true }) languages!: string[];
  @Column({ name: 'alert_mode', type: 'varchar', length: 10, default: 'daily' }) alertMode!: AlertMode;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
