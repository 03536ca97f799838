import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One event of a citizen's case (sagsgang), newest first. `kind` names the plain-language sentence
 * (in the citizens module's timeline texts); `params` fills it in. Other modules add entries
 * through the citizens facade.
 */
@Entity({ schema: 'citizens', name: 'timeline_entry' })
@Index('timeline_entry_citizen_idx', ['citizenId', 'occurredAt'])
export class TimelineEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'varchar', length: 60 }) kind!: string;
  @Column({ type: 'jsonb', default: {} }) params!: Record<string, string>;
}
