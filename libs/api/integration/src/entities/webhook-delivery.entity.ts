import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed';

/** One attempt to deliver one event to a webhook (the delivery log shown in the console). */
@Entity({ schema: 'integration', name: 'webhook_delivery' })
@Index('webhook_delivery_log_idx', ['webhookId', 'id'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'webhook_id', type: 'uuid' }) webhookId!: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'event_type', type: 'varchar', length: 60 }) eventType!: string;
  @Column({ type: 'int' }) attempt!: number;
  @Column({ type: 'varchar', length: 10 }) outcome!: DeliveryOutcome;
  @Column({ name: 'response_status', type: 'int', nullable: true }) responseStatus!: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) error!: string | null;
  @Column({ name: 'duration_ms', type: 'int' }) durationMs!: number;
  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt!: Date;
}
