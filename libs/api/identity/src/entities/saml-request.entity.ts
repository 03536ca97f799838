import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Outstanding SAML AuthnRequest ids. A response is accepted only in answer to one of these, and
 * consuming it deletes the row: an unsolicited or replayed response finds nothing and is refused,
 * whichever API instance receives it.
 */
@Entity({ schema: 'identity', name: 'saml_request' })
export class SamlRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) id!: string;
  @Column({ type: 'text' }) value!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
