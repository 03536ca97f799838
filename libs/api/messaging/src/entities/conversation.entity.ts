import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ConversationStatus = 'open' | 'closed';

/** A citizen's conversation with their jobcentre. Personal data: tenancy, audited staff reads. */
@Entity({ schema: 'messaging', name: 'conversation' })
@Index('conversation_citizen_idx', ['citizenId', 'lastMessageAt'])
@Index('conversation_inbox_idx', ['municipalityCode', 'status', 'lastMessageAt'])
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status!: ConversationStatus;
  @Column({ name: 'assigned_to', type: 'uuid', nullable: true }) assignedTo!: string | null;
  @Column({ name: 'assigned_name', type: 'varchar', length: 200, nullable: true }) assignedName!: string | null;
  /** Where it began: the citizen wrote, or a question the knowledge base did not answer. */
  @Column({ type: 'varchar', length: 10, default: 'citizen' }) origin!: 'citizen' | 'question';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_message_at', type: 'timestamptz' }) lastMessageAt!: Date;
  /** The first answer from a person at the jobcentre (the KPI "first-response time"). */
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true }) firstResponseAt!: Date | null;
  @Column({ name: 'citizen_read_at', type: 'timestamptz', nullable: true }) citizenReadAt!: Date | null;
  @Column({ name: 'staff_read_at', type: 'timestamptz', nullable: true }) staffReadAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}
