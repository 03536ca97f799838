import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** "Jeg vil gerne tale med en person": always available to the citizen; puts them on the queue. */
@Entity({ schema: 'screening', name: 'help_request' })
@Index('help_request_citizen_idx', ['citizenId', 'createdAt'])
export class HelpRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ type: 'text' }) message!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
