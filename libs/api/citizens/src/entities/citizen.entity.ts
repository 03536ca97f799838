import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** dagpenge, kontanthjælp, jobparat kontanthjælp, ledighedsydelse (the contact rules' target groups follow it). */
export const BENEFIT_TYPES = [
  'unemployment_benefit',
  'cash_benefit',
  'job_ready_cash_benefit',
  'unemployment_allowance',
] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export type CaseStatus = 'active' | 'closed';
export const OUTCOMES = ['job', 'education', 'other', 'moved'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A citizen's case in one municipality. The CPR number is stored encrypted (AES-256-GCM) with a
 * keyed hash for look-ups; it never appears in plaintext in the database or the logs.
 */
@Entity({ schema: 'citizens', name: 'citizen' })
@Check(
  'citizen_benefit_type_ck',
  `"benefit_type" IN ('unemployment_benefit', 'cash_benefit', 'job_ready_cash_benefit', 'unemployment_allowance')`,
)
@Index('citizen_active_cpr_uq', ['municipalityCode', 'cprHash'], { unique: true, where: `status = 'active'` })
@Index('citizen_cpr_hash_idx', ['cprHash'])
@Index('citizen_caseload_idx', ['assignedCaseworkerId', 'status'])
@Index('citizen_closed_idx', ['municipalityCode', 'status', 'closedAt'])
@Index('citizen_retention_idx', ['closedAt'], { where: `status = 'closed' AND anonymised_at IS NULL` })
export class CitizenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'cpr_encrypted', type: 'bytea' }) cprEncrypted!: Buffer;
  @Column({ name: 'cpr_hash', type: 'bytea' }) cprHash!: Buffer;
  @Column({ name: 'first_name', type: 'varchar', length: 100 }) firstName!: string;
  @Column({ name: 'last_name', type: 'varchar', length: 100 }) lastName!: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) phone!: string | null;
  @Column({ name: 'postal_code', type: 'char', length: 4, nullable: true }) postalCode!: string | null;
  @Column({ name: 'benefit_type', type: 'varchar', length: 30 }) benefitType!: BenefitType;
  @Column({ name: 'unemployed_since', type: 'date' }) unemployedSince!: string;
  @Column({ name: 'unemployment_fund', type: 'varchar', length: 100, nullable: true }) unemploymentFund!: string | null;
  /** Exempt from Digital Post (fritaget for Digital Post): formal call-ins go on the municipality's letters-to-print list. */
  @Column({ name: 'digital_post_exempt', type: 'boolean', default: false }) digitalPostExempt!: boolean;
  @Column({ name: 'assigned_caseworker_id', type: 'uuid', nullable: true }) assignedCaseworkerId!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'active' }) status!: CaseStatus;
  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /** Why the case closed (reported by staff or a municipal system) and from which day. */
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome!: Outcome | null;
  @Column({ name: 'outcome_date', type: 'date', nullable: true }) outcomeDate!: string | null;
  /** When the retention job removed the personal data of this closed case (what the KPIs need is kept). */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true }) anonymisedAt!: Date | null;
}
