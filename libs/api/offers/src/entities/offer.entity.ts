import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const OFFER_KINDS = [
  'course',
  'workshop',
  'e_learning',
  'webinar',
  'job_club',
  'company_internship',
  'wage_subsidy',
  'upskilling',
  'other',
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_MODES = ['virtual', 'in_person', 'hybrid'] as const;
export type OfferMode = (typeof OFFER_MODES)[number];
export const OFFER_STATUSES = ['draft', 'published', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface OfferSession {
  /** ISO instants */
  start: string;
  end: string;
}

/**
 * An offer in a municipality's catalogue. `enrolled` counts the places taken; PostgreSQL refuses
 * more than `capacity` (CHECK), and places are only taken by a conditional UPDATE of this row, so
 * concurrent enrolments can never overfill it.
 */
@Entity({ schema: 'offers', name: 'offer' })
@Check('offer_capacity_ck', `"capacity" IS NULL OR ("capacity" >= 0 AND "enrolled" <= "capacity")`)
@Check('offer_enrolled_ck', `"enrolled" >= 0`)
@Index('offer_municipality_status_idx', ['municipalityCode', 'status'])
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'title_da', type: 'varchar', length: 200 }) titleDa!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Column({ name: 'description_da', type: 'text' }) descriptionDa!: string;
  @Column({ name: 'description_en', type: 'text' }) descriptionEn!: string;
  @Column({ type: 'varchar', length: 200 }) provider!: string;
  @Column({ type: 'varchar', length: 30 }) kind!: OfferKind;
  @Column({ type: 'varchar', length: 20 }) mode!: OfferMode;
  @Column({ type: 'varchar', length: 200, nullable: true }) location!: string | null;
  @Column({ name: 'self_paced', type: 'boolean', default: false }) selfPaced!: boolean;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sessions!: OfferSession[];
  /** Places; null: unlimited. */
  @Column({ type: 'integer', nullable: true }) capacity!: number | null;
  @Column({ type: 'integer', default: 0 }) enrolled!: number;
  /** Empty: everyone. */
  @Column({ name: 'benefit_types', type: 'text', array: true, default: () => "'{}'" }) benefitTypes!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tracks!: string[];
  @Column({ name: 'requires_approval', type: 'boolean', default: false }) requiresApproval!: boolean;
  /** Catalogue skill ids this offer develops (job matching uses them for skill gaps). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) skills!: string[];
  @Column({ type: 'varchar', length: 12, default: 'draft' }) status!: OfferStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
