import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RecipientKind } from '../kinds';

/**
 * A browser's Web Push subscription (RFC 8030 endpoint + RFC 8291 keys). The push service answering
 * 404/410 deletes it; one not confirmed by its app for `PUSH_SUBSCRIPTION_DAYS` expires.
 */
@Entity({ schema: 'notifications', name: 'push_subscription' })
@Index('push_subscription_endpoint_uq', ['endpoint'], { unique: true })
@Index('push_subscription_recipient_idx', ['recipientId'])
export class PushSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'recipient_kind', type: 'varchar', length: 10 }) recipientKind!: RecipientKind;
  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ type: 'varchar', length: 1000 }) endpoint!: string;
  @Column({ type: 'varchar', length: 200 }) p256dh!: string;
  @Column({ type: 'varchar', length: 100 }) auth!: string;
  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true }) userAgent!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** Last time the app confirmed it (re-posted on every start), or a push to it succeeded. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt!: Date;
}
