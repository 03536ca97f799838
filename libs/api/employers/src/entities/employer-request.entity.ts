import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const REQUEST_KINDS = ['recruitment', 'internship', 'wage_subsidy', 'question'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_STATUSES = ['new', 'in_progress', 'candidates_sent', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_OUTCOMES = ['hired', 'not_hired', 'withdrawn'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** A company's request to a municipality's employer entry (the municipality of the workplace's postal code). */
@Entity({ schema: 'employers', name: 'employer_request' })
@Index('employer_request_company_idx', ['cvr', 'createdAt'])
@Index('employer_request_inbox_idx', ['municipalityCode', 'status', 'createdAt'])
export class EmployerRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'char', length: 8 }) cvr!: string;
  @Column({ name: 'company_name', type: 'varchar', length: 200 }) companyName!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ name: 'created_by_name', type: 'varchar', length: 200 }) createdByName!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: RequestKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 5000 }) description!: string;
  @Column({ name: 'occupation_code', type: 'char', length: 4 }) occupationCode!: string;
  @Column({ name: 'postal_code', type: 'char', length: 4 }) postalCode!: string;
  @Column({ name: 'hours_per_week', type: 'smallint', nullable: true }) hoursPerWeek!: number | null;
  @Column({ type: 'smallint', nullable: true }) positions!: number | null;
  @Column({ name: 'start_by', type: 'date', nullable: true }) startBy!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'new' }) status!: RequestStatus;
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome!: RequestOutcome | null;
  @Column({ name: 'consultant_id', type: 'uuid', nullable: true }) consultantId!: string | null;
  @Column({ name: 'consultant_name', type: 'varchar', length: 200, nullable: true }) consultantName!: string | null;
  /** The consultant's first answer in the thread (KPI: answered within 2 working days). */
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true }) firstResponseAt!: Date | null;
  @Column({ name: 'candidates_sent_at', type: 'timestamptz', nullable: true }) candidatesSentAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /** The job ad published for a recruitment request (job-matching module). */
  @Column({ name: 'job_ad_id', type: 'uuid', nullable: true }) jobAdId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One message in a request's thread between the company and the employer consultants. */
@Entity({ schema: 'employers', name: 'request_message' })
@Index('request_message_thread_idx', ['requestId', 'createdAt'])
export class RequestMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @Column({ name: 'author_kind', type: 'varchar', length: 10 }) authorKind!: 'employer' | 'staff';
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ name: 'author_name', type: 'varchar', length: 200 }) authorName!: string;
  @Column({ type: 'varchar', length: 5000 }) body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
