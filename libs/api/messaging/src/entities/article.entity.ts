import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A knowledge-base article in Danish and English, for one municipality (or every one when
 * `municipalityCode` is null). Searched through expression GIN indexes (see the migration).
 */
@Entity({ schema: 'messaging', name: 'article' })
@Index('article_da_fts_idx', { synchronize: false })
@Index('article_en_fts_idx', { synchronize: false })
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true }) municipalityCode!: string | null;
  @Column({ name: 'title_da', type: 'varchar', length: 200 }) titleDa!: string;
  @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn!: string;
  @Column({ name: 'body_da', type: 'text' }) bodyDa!: string;
  @Column({ name: 'body_en', type: 'text' }) bodyEn!: string;
  @Column({ type: 'varchar', length: 10, default: 'published' }) status!: 'published' | 'draft';
  @Column({ name: 'updated_by_name', type: 'varchar', length: 200 }) updatedByName!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
