import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CitizensProfile1795342426611 implements MigrationInterface {
  name = 'CitizensProfile1795342426611';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "citizens"."profile" ("citizen_id" uuid NOT NULL, "wished_occupations" character(4) array NOT NULL DEFAULT \'{}\', "skills" jsonb NOT NULL DEFAULT \'[]\', "education" jsonb NOT NULL DEFAULT \'[]\', "experience" jsonb NOT NULL DEFAULT \'[]\', "work_area" jsonb NOT NULL DEFAULT \'{}\', "hours" character varying(20), "languages" jsonb NOT NULL DEFAULT \'[]\', "driving_licences" text array NOT NULL DEFAULT \'{}\', "preferred_meeting_forms" text array NOT NULL DEFAULT \'{}\', "notification_channels" text array NOT NULL DEFAULT \'{}\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd0850f8d0c750052cc37623007" PRIMARY KEY ("citizen_id"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "citizens"."profile"');
  }
}
