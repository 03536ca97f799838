import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A citizen exempted from the exemptable contact requirements (the municipality's allowed share
 * of a target group's 6-month cohort). Lifting keeps the row (`liftedAt`); at most one in force per
 * citizen (partial unique index). `cohort` is the half-year the unemployment started (`2026-H2`).
 */
@Entity({ schema: 'screening', name: 'contact_exemption' })
@Index('contact_exemption_active_uq', ['citizenId'], { unique: true, where: '"lifted_at" IS NULL' })
@Index('contact_exemption_cohort_idx', ['municipalityCode', 'targetGroup', 'cohort'], { where: '"lifted_at" IS NULL' })
export class ContactExemptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'target_group', type: 'varchar', length: 40 }) targetGroup!: string;
  @Column({ type: 'varchar', length: 10 }) cohort!: string;
  @Column({ name: 'rule_set_id', type: 'varchar', length: 40 }) ruleSetId!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'by_id', type: 'uuid' }) byId!: string;
  @Column({ name: 'by_name', type: 'varchar', length: 200 }) byName!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true }) liftedAt!: Date | null;
  @Column({ name: 'lifted_by', type: 'uuid', nullable: true }) liftedBy!: string | null;
}
