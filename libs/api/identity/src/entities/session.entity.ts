import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PrincipalKind } from '../principal';

/** A browser session. The cookie carries a random token; only its SHA-256 is stored. */
@Entity({ schema: 'identity', name: 'session' })
@Index('session_principal_idx', ['principalKind', 'principalId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'token_hash', type: 'bytea', unique: true }) tokenHash!: Buffer;
  @Column({ name: 'principal_kind', type: 'varchar', length: 10 }) principalKind!: Exclude<PrincipalKind, 'client'>;
  @Column({ name: 'principal_id', type: 'uuid' }) principalId!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text', array: true }) roles!: string[];
  /** Employer sessions: the company (CVR number and name) the MitID Erhverv identity acts for. */
  @Column({ type: 'char', length: 8, nullable: true }) cvr!: string | null;
  @Column({ name: 'company_name', type: 'varchar', length: 200, nullable: true }) companyName!: string | null;
  /** How the session was started: `dev`, `saml`, `oidc`. */
  @Column({ type: 'varchar', length: 10 }) method!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  /** NemLog-in's NameID and SessionIndex, for single logout (SAML sessions only). */
  @Column({ name: 'saml_name_id', type: 'varchar', length: 300, nullable: true }) samlNameId!: string | null;
  @Column({ name: 'saml_name_id_format', type: 'varchar', length: 200, nullable: true }) samlNameIdFormat!:
    string | null;
  @Column({ name: 'saml_session_index', type: 'varchar', length: 200, nullable: true }) samlSessionIndex!:
    string | null;
}
