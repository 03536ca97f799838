import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface SelfAssessmentAnswers {
  /** 1 (not at all) – 5 (very): how sure the citizen is of finding work within 3 months. */
  jobConfidence: number;
  healthLimitations: boolean;
  /** 1–5: how confident the citizen is using digital self-service. */
  digitalConfidence: number;
  danishLevel: 'native' | 'good' | 'some' | 'none';
  childcareChallenges: boolean;
  transportChallenges: boolean;
  wantsPersonalHelp: boolean;
}

/** The citizen's own short questionnaire; every answer is kept (the latest counts). */
@Entity({ schema: 'screening', name: 'self_assessment' })
@Index('self_assessment_citizen_idx', ['citizenId', 'createdAt'])
export class SelfAssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ type: 'jsonb' }) answers!: SelfAssessmentAnswers;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
