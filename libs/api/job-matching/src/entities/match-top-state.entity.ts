import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Whether a citizen has a maintained top-N list (`match_top`) and whether it is complete: a list holding fewer than
 * N ads when filled holds every match, so fewer than 20 open ones in it is the answer; a full (or trimmed) list that
 * has lost too many ads to closing is recomputed. No row: the next read fills the list.
 */
@Entity({ schema: 'job_matching', name: 'match_top_state' })
export class MatchTopStateEntity {
  @PrimaryColumn({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ type: 'boolean' }) complete!: boolean;
  @CreateDateColumn({ name: 'filled_at', type: 'timestamptz' }) filledAt!: Date;
}
