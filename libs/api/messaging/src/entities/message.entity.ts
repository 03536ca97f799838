import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuthorKind = 'citizen' | 'staff';

/** One message (text only) or, when `internal`, a note between staff the citizen never sees. */
@Entity({ schema: 'messaging', name: 'message' })
@Index('message_conversation_idx', ['conversationId', 'createdAt'])
@Index('message_author_idx', ['authorId', 'createdAt'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'conversation_id', type: 'uuid' }) conversationId!: string;
  @Column({ name: 'author_kind', type: 'varchar', length: 10 }) authorKind!: AuthorKind;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ name: 'author_name', type: 'varchar', length: 200 }) authorName!: string;
  @Column({ type: 'varchar', length: 4000 }) body!: string;
  @Column({ type: 'boolean', default: false }) internal!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
