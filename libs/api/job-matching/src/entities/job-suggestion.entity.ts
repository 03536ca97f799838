import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SUGGESTION_ANSWERS = ['applied', 'not_relevant'] as const;
export type SuggestionAnswer = (typeof SUGGESTION_ANSWERS)[number];

/** A specific ad a caseworker sent to a citizen, with a note, and the citizen's answer. */
@Entity({ schema: 'job_matching', name: 'job_suggestion' })
@Index('job_suggestion_citizen_ad_uq', ['citizenId', 'jobAdId'], { unique: true })
export class JobSuggestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ name: 'job_ad_id', type: 'uuid' }) jobAdId!: string;
  @Column({ name: 'suggested_by', type: 'uuid' }) suggestedBy!: string;
  @Column({ name: 'suggested_by_name', type: 'varchar', length: 200 }) suggestedByName!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) answer!: SuggestionAnswer | null;
  @Column({ name: 'answer_reason', type: 'varchar', length: 500, nullable: true }) answerReason!: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
