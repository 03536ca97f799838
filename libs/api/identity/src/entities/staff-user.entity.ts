import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole } from '@jobunivers/api/http';

/** A jobcentre employee. Signs in through the municipality's identity provider (OIDC). */
@Entity({ schema: 'identity', name: 'staff_user' })
@Index('staff_user_subject_uq', ['issuer', 'subject'], { unique: true })
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  @Index('staff_user_municipality_idx')
  municipalityCode!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ type: 'text', array: true }) roles!: StaffRole[];
  /** OIDC issuer and subject that identify this user at the municipality's identity provider. */
  @Column({ type: 'varchar', length: 300 }) issuer!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  /** The team within the jobcentre (KPIs per team); from the identity provider or set by an admin. */
  @Column({ type: 'varchar', length: 100, nullable: true }) team!: string | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
