import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where an API client wants the feed's events pushed, signed with its secret; its own cursor in the feed. */
@Entity({ schema: 'integration', name: 'webhook' })
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The API client (identity) it belongs to; one webhook per client. */
  @Column({ name: 'client_id', type: 'uuid', unique: true }) clientId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 2000 }) url!: string;
  /** `whsec_` + base64 key (Standard Webhooks); needed to sign, so kept (never shown again). */
  @Column({ type: 'varchar', length: 100 }) secret!: string;
  /** Event kinds to send (`EventKind`, shown to clients as their CloudEvents types); empty: all. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) types!: string[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ name: 'cursor_tx', type: 'bigint', default: 0 }) cursorTx!: string;
  @Column({ name: 'cursor_seq', type: 'bigint', default: 0 }) cursorSeq!: string;
  /** Failed attempts at the event after the cursor. */
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
