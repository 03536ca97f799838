import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryChannel } from '../kinds';

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'skipped', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One channel's delivery of a notification (push or e-mail), written with the notification. The
 * worker claims due rows (`FOR UPDATE SKIP LOCKED`), moving `notBefore` forward as its lease, sends,
 * and marks them; a crash before marking lets the lease run out and the row is sent again with the
 * same idempotency key (`<notification id>:<channel>`: the push `tag`, the mail's Message-ID and
 * file name; for a letter, the delivery id is the MeMo message UUID), so the receiver shows it once.
 */
@Entity({ schema: 'notifications', name: 'delivery' })
@Index('delivery_once_uq', ['notificationId', 'channel'], { unique: true })
@Index('delivery_due_idx', ['notBefore'], { where: `status IN ('pending', 'sending')` })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'notification_id', type: 'uuid' }) notificationId!: string;
  @Column({ type: 'varchar', length: 10 }) channel!: DeliveryChannel;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: DeliveryStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** Due time: quiet hours, backoff after a failure, or the claim's lease. */
  @Column({ name: 'not_before', type: 'timestamptz' }) notBefore!: Date;
  /** Push time-to-live at the push service, seconds. */
  @Column({ type: 'integer', default: 0 }) ttl!: number;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true }) lastError!: string | null;
}
