import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type JobHours = 'full_time' | 'part_time';

export interface JobSalary {
  currency: string;
  minValue?: number;
  maxValue?: number;
  value?: number;
  unitText?: string;
}

/**
 * One job ad, imported as a schema.org JobPosting (upserted by source + identifier) or written by
 * staff. Ads are national: every citizen sees ads everywhere. An ad is open until `validThrough`.
 * Full-text search uses an expression GIN index (danish_unaccent) made by hand in the migration.
 */
@Entity({ schema: 'job_matching', name: 'job_ad' })
@Index('job_ad_source_identifier_uq', ['source', 'identifier'], { unique: true })
@Index('job_ad_group_lat_idx', ['occupationGroup', 'latitude'])
@Index('job_ad_posted_idx', ['datePosted'])
@Index('job_ad_search_idx', { synchronize: false })
@Index('job_ad_alerts_pending_idx', { synchronize: false })
@Index('job_ad_skills_idx', { synchronize: false })
export class JobAdEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Who publishes it: an API client's id, `jobcentre:<municipality>` for staff, or `demo`. */
  @Column({ type: 'varchar', length: 100 }) source!: string;
  @Column({ type: 'varchar', length: 200 }) identifier!: string;
  /** The municipality whose staff or API client added it (edit rights); null for demo/national feeds. */
  @Column({ name: 'owner_municipality_code', type: 'char', length: 4, nullable: true }) ownerMunicipalityCode!:
    string | null;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'varchar', length: 200 }) employer!: string;
  @Column({ name: 'employer_url', type: 'varchar', length: 1000, nullable: true }) employerUrl!: string | null;
  @Column({ name: 'date_posted', type: 'date' }) datePosted!: string;
  @Column({ name: 'valid_through', type: 'timestamptz', nullable: true }) validThrough!: Date | null;
  @Column({ name: 'employment_type', type: 'text', array: true, default: () => "'{}'" }) employmentType!: string[];
  @Column({ type: 'varchar', length: 10, nullable: true }) hours!: JobHours | null;
  @Column({ name: 'work_hours', type: 'varchar', length: 200, nullable: true }) workHours!: string | null;
  @Column({ name: 'street_address', type: 'varchar', length: 200, nullable: true }) streetAddress!: string | null;
  @Column({ name: 'postal_code', type: 'char', length: 4 }) postalCode!: string;
  @Column({ type: 'varchar', length: 100 }) locality!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'double precision' }) latitude!: number;
  @Column({ type: 'double precision' }) longitude!: number;
  /** ISCO-08 unit group (4 digits) and its minor group (3 digits, "related occupations"). */
  @Column({ type: 'char', length: 4 }) occupation!: string;
  @Column({ name: 'occupation_group', type: 'char', length: 3 }) occupationGroup!: string;
  /** Catalogue skill ids the ad asks for. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) skills!: string[];
  /** Skills in the employer's own words that are not in the catalogue (shown, not matched). */
  @Column({ name: 'other_skills', type: 'text', array: true, default: () => "'{}'" }) otherSkills!: string[];
  /** ISO 639-1 language of the ad (and of the workplace). */
  @Column({ type: 'char', length: 2, default: 'da' }) language!: string;
  @Column({ type: 'jsonb', nullable: true }) salary!: JobSalary | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) url!: string | null;
  /** Set once the ad has been matched against all profiles for alerts (reverse matching). */
  @Column({ name: 'alerts_done_at', type: 'timestamptz', nullable: true }) alertsDoneAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
