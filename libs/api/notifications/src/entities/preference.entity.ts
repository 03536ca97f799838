import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Category, Channel, RecipientKind } from '../kinds';

export type ChannelChoices = Record<Category, Record<Channel, boolean>>;

/** A person's choices: channels per category, quiet hours, and the language push and mail are written in. */
@Entity({ schema: 'notifications', name: 'preference' })
export class PreferenceEntity {
  @PrimaryColumn({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @Column({ name: 'recipient_kind', type: 'varchar', length: 10 }) recipientKind!: RecipientKind;
  @Column({ type: 'jsonb' }) channels!: ChannelChoices;
  @Column({ name: 'quiet_hours', type: 'boolean', default: true }) quietHours!: boolean;
  /** Local time (Europe/Copenhagen) "HH:MM". */
  @Column({ name: 'quiet_from', type: 'char', length: 5, default: '22:00' }) quietFrom!: string;
  @Column({ name: 'quiet_to', type: 'char', length: 5, default: '07:00' }) quietTo!: string;
  @Column({ type: 'char', length: 2, default: 'da' }) language!: 'da' | 'en';
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
