import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A municipal system using the API with OAuth2 client credentials. */
@Entity({ schema: 'identity', name: 'api_client' })
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 100, unique: true }) clientId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  @Index('api_client_municipality_idx')
  municipalityCode!: string;
  @Column({ type: 'text', array: true }) scopes!: string[];
  /** argon2id hash of the secret; the secret itself is shown once, at creation or rotation. */
  @Column({ name: 'secret_hash', type: 'varchar', length: 200 }) secretHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true }) rotatedAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
