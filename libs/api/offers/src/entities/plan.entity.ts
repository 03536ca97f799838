import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const ITEM_STATUSES = [
  'suggested',
  'planned',
  'pending_approval',
  'enrolled',
  'waitlisted',
  'completed',
  'dropped',
  'rejected',
  'declined',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** An offer can be on the plan once while one of these. */
export const ACTIVE_OFFER_STATUSES: ItemStatus[] = ['suggested', 'pending_approval', 'enrolled', 'waitlisted'];

/** The citizen's job goal: in their words and as target occupations. */
@Entity({ schema: 'offers', name: 'plan_goal' })
export class PlanGoalEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 500 }) text!: string;
  @Column({ type: 'char', length: 4, array: true, default: () => "'{}'" }) occupations!: string[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * One item of the plan: an offer (enrolled, applied for, waitlisted, suggested by the caseworker)
 * or the citizen's own activity. An offer is on a plan at most once while active (unique index).
 */
@Entity({ schema: 'offers', name: 'plan_item' })
@Index('plan_item_active_offer_uq', ['citizenId', 'offerId'], {
  unique: true,
  where: `offer_id IS NOT NULL AND status IN ('suggested', 'pending_approval', 'enrolled', 'waitlisted')`,
})
@Index('plan_item_citizen_idx', ['citizenId', 'createdAt'])
@Index('plan_item_offer_status_idx', ['offerId', 'status', 'waitlistedAt'])
@Index('plan_item_pending_idx', ['municipalityCode', 'status'])
@Index('plan_item_rated_idx', ['municipalityCode', 'ratedAt'])
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'offer_id', type: 'uuid', nullable: true }) offerId!: string | null;
  @Column({ name: 'activity_title', type: 'varchar', length: 200, nullable: true }) activityTitle!: string | null;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: ItemStatus;
  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true }) waitlistedAt!: Date | null;
  @Column({ name: 'suggested_by', type: 'uuid', nullable: true }) suggestedBy!: string | null;
  @Column({ name: 'suggestion_note', type: 'varchar', length: 1000, nullable: true }) suggestionNote!: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decision_reason', type: 'varchar', length: 1000, nullable: true }) decisionReason!: string | null;
  /** The citizen's rating of the offer (1–5), once it is under way or completed (KPI satisfaction). */
  @Column({ type: 'smallint', nullable: true }) rating!: number | null;
  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true }) ratedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
