import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A personal calendar feed: a secret URL (only its SHA-256 is stored); a new one replaces the old. */
@Entity({ schema: 'meetings', name: 'calendar_feed' })
@Index('calendar_feed_token_uq', ['tokenHash'], { unique: true })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @Column({ name: 'owner_kind', type: 'varchar', length: 10 }) ownerKind!: 'citizen' | 'staff';
  @Column({ name: 'token_hash', type: 'bytea' }) tokenHash!: Buffer;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
