import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffTeam1795380923936 implements MigrationInterface {
  name = 'StaffTeam1795380923936';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "identity"."staff_user" ADD "team" character varying(100)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "identity"."staff_user" DROP COLUMN "team"');
  }
}
