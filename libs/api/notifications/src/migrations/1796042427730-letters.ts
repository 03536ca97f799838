import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Formal call-in letters (issue 20): Digital Post, or the municipality's letters-to-print list. */
export class Letters1796042427730 implements MigrationInterface {
  name = 'Letters1796042427730';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "notifications"."letter" ("id" uuid NOT NULL, "notification_id" uuid NOT NULL, "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "meeting_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE, "status" character varying(10) NOT NULL, "transport" character varying(10) NOT NULL, "pdf" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "printed_at" TIMESTAMP WITH TIME ZONE, "printed_by" uuid, CONSTRAINT "PK_letter_id" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "letter_notification_uq" ON "notifications"."letter" ("notification_id") ');
    await q.query(
      'CREATE INDEX "letter_print_idx" ON "notifications"."letter" ("municipality_code", "status", "created_at") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "notifications"."letter"');
  }
}
