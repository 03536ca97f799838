import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Staff sign-ins in progress: the OIDC `state` with its PKCE verifier and nonce. The callback
 * consumes (deletes) the row, so a state is good for one answer only, on any API instance.
 */
@Entity({ schema: 'identity', name: 'oidc_login' })
export class OidcLoginEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) state!: string;
  @Column({ name: 'code_verifier', type: 'varchar', length: 200 }) codeVerifier!: string;
  @Column({ type: 'varchar', length: 100 }) nonce!: string;
  @Column({ name: 'return_to', type: 'varchar', length: 500 }) returnTo!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
