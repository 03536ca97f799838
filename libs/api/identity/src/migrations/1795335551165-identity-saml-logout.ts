import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentitySamlLogout1795335551165 implements MigrationInterface {
  name = 'IdentitySamlLogout1795335551165';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "identity"."session" ADD "saml_name_id" character varying(300)');
    await q.query('ALTER TABLE "identity"."session" ADD "saml_name_id_format" character varying(200)');
    await q.query('ALTER TABLE "identity"."session" ADD "saml_session_index" character varying(200)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "identity"."session" DROP COLUMN "saml_session_index"');
    await q.query('ALTER TABLE "identity"."session" DROP COLUMN "saml_name_id_format"');
    await q.query('ALTER TABLE "identity"."session" DROP COLUMN "saml_name_id"');
  }
}
