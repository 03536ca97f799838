import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A jobcentre's message to all its active citizens (e.g. changed opening hours). Written first; a
 * job fans it out page by page, each page in one transaction, idempotently (one notification per
 * citizen by source key), so a crash mid-way resumes without gaps or doubles.
 */
@Entity({ schema: 'notifications', name: 'announcement' })
export class AnnouncementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 120 }) title!: string;
  @Column({ type: 'varchar', length: 1000 }) body!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ name: 'created_by_name', type: 'varchar', length: 200 }) createdByName!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** The last citizen id fanned out to (the cursor); null before the first page. */
  @Column({ name: 'fanned_out_after', type: 'uuid', nullable: true }) fannedOutAfter!: string | null;
  @Column({ type: 'integer', default: 0 }) recipients!: number;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
}
