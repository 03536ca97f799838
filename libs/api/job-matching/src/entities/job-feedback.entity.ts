import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A citizen's own marks on an ad: saved, or "not relevant" (which the ranking takes into account). */
@Entity({ schema: 'job_matching', name: 'job_feedback' })
export class JobFeedbackEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @PrimaryColumn({ name: 'job_ad_id', type: 'uuid' }) jobAdId!: string;
  @Column({ name: 'saved_at', type: 'timestamptz', nullable: true }) savedAt!: Date | null;
  @Column({ name: 'not_relevant_at', type: 'timestamptz', nullable: true }) notRelevantAt!: Date | null;
  @Column({ name: 'not_relevant_reason', type: 'varchar', length: 500, nullable: true }) notRelevantReason!:
    string | null;
}
