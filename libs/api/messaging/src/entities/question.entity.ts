import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A question a citizen asked, the articles shown, and whether they answered it (answer quality). */
@Entity({ schema: 'messaging', name: 'question' })
@Index('question_municipality_idx', ['municipalityCode', 'createdAt'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'citizen_id', type: 'uuid' }) citizenId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 1000 }) question!: string;
  @Column({ name: 'article_ids', type: 'uuid', array: true, default: () => "'{}'" }) articleIds!: string[];
  /** null: no answer yet; true: the articles answered it; false: it went to a caseworker. */
  @Column({ type: 'boolean', nullable: true }) resolved!: boolean | null;
  @Column({ name: 'conversation_id', type: 'uuid', nullable: true }) conversationId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
