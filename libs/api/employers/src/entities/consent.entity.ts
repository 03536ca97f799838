import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const VISIBILITY_LEVELS = ['hidden', 'anonymous', 'named'] as const;
export type VisibilityLevel = (typeof VISIBILITY_LEVELS)[number];

/** How a citizen lets employers see them (absent: `hidden`, the default). */
@Entity({ schema: 'employers', name: 'visibility' })
@Index('visibility_municipality_idx', ['municipalityCode', 'level'])
export class VisibilityEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 10 }) level!: VisibilityLevel;
  /** With `named`: which of the citizen's contact details the employer may see. */
  @Column({ name: 'share_email', type: 'boolean', default: false }) shareEmail!: boolean;
  @Column({ name: 'share_phone', type: 'boolean', default: false }) sharePhone!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

export const PROPOSAL_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A consultant proposes a citizen for a request; only the citizen's acceptance lets the company see them. */
@Entity({ schema: 'employers', name: 'proposal' })
@Index('proposal_request_citizen_idx', ['requestId', 'citizenId'], { unique: true })
@Index('proposal_citizen_idx', ['citizenId', 'createdAt'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 10, default: 'invited' }) status!: ProposalStatus;
  @Column({ name: 'proposed_by', type: 'uuid' }) proposedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
}

export const PLACEMENT_STATUSES = ['active', 'ended', 'hired'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** An internship or wage-subsidy agreement with a company: an item on the citizen's plan (offers module). */
@Entity({ schema: 'employers', name: 'placement' })
@Index('placement_company_idx', ['cvr', 'startDate'])
@Index('placement_municipality_idx', ['municipalityCode', 'startDate'])
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'proposal_id', type: 'uuid', unique: true }) proposalId!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'char', length: 8 }) cvr!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: 'internship' | 'wage_subsidy';
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'end_date', type: 'date' }) endDate!: string;
  @Column({ name: 'hours_per_week', type: 'smallint' }) hoursPerWeek!: number;
  @Column({ type: 'varchar', length: 10, default: 'active' }) status!: PlacementStatus;
  @Column({ name: 'plan_item_id', type: 'uuid' }) planItemId!: string;
  @Column({ name: 'approved_by', type: 'uuid' }) approvedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  /** Who reported the end or the hire: the company or the consultant. */
  @Column({ name: 'reported_by', type: 'varchar', length: 10, nullable: true }) reportedBy!:
    'employer' | 'staff' | null;
}
