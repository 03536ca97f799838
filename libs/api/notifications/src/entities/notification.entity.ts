import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Category, RecipientKind } from '../kinds';

/**
 * One notification for one person: what the in-app centre lists. Written in the same transaction as
 * the change it tells of (the outbox), unique per source event and recipient (`sourceKey`), so a
 * retried or repeated event never notifies twice.
 */
@Entity({ schema: 'notifications', name: 'notification' })
@Index('notification_recipient_idx', ['recipientId', 'createdAt'])
@Index('notification_source_uq', ['sourceKey'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_kind', type: 'varchar', length: 10 }) recipientKind!: RecipientKind;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 20 }) category!: Category;
  @Column({ type: 'varchar', length: 60 }) kind!: string;
  @Column({ type: 'jsonb', default: {} }) params!: Record<string, string>;
  @Column({ name: 'source_key', type: 'varchar', length: 200 }) sourceKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
