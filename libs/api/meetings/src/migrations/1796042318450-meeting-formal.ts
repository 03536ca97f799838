import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A formal call-in (issue 20): visitation meetings already invited are formal. */
export class MeetingFormal1796042318450 implements MigrationInterface {
  name = 'MeetingFormal1796042318450';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "meetings"."meeting" ADD "formal" boolean NOT NULL DEFAULT false');
    await q.query(`UPDATE "meetings"."meeting" SET "formal" = true WHERE "kind" = 'visitation'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "meetings"."meeting" DROP COLUMN "formal"');
  }
}
