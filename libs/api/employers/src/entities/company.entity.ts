import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A company (CVR number) that has used the employer entry. Not personal data. */
@Entity({ schema: 'employers', name: 'company' })
export class CompanyEntity {
  @PrimaryColumn({ type: 'char', length: 8 }) cvr!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** An employee who signed in with MitID Erhverv for a company (known by NemLog-in's professional UUID). */
@Entity({ schema: 'employers', name: 'employer_user' })
@Index('employer_user_company_idx', ['cvr'])
export class EmployerUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'char', length: 8 }) cvr!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'professional_uuid', type: 'varchar', length: 200, unique: true }) professionalUuid!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true }) lastSignInAt!: Date | null;
}
