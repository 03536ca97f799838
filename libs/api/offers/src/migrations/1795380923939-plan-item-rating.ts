import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanItemRating1795380923939 implements MigrationInterface {
  name = 'PlanItemRating1795380923939';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "offers"."plan_item" ADD "rating" smallint');
    await q.query('ALTER TABLE "offers"."plan_item" ADD "rated_at" TIMESTAMP WITH TIME ZONE');
    await q.query('CREATE INDEX "plan_item_rated_idx" ON "offers"."plan_item" ("municipality_code", "rated_at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "offers"."plan_item_rated_idx"');
    await q.query('ALTER TABLE "offers"."plan_item" DROP COLUMN "rated_at"');
    await q.query('ALTER TABLE "offers"."plan_item" DROP COLUMN "rating"');
  }
}
