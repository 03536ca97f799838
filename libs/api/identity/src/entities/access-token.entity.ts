import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An issued bearer token (opaque; only its SHA-256 is stored, so revocation is immediate). */
@Entity({ schema: 'identity', name: 'access_token' })
export class AccessTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'bytea' }) tokenHash!: Buffer;
  @Column({ name: 'api_client_id', type: 'uuid' }) @Index('access_token_client_idx') apiClientId!: string;
  @Column({ type: 'text', array: true }) scopes!: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}
