import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QueueItemClosedIndex1795380923938 implements MigrationInterface {
  name = 'QueueItemClosedIndex1795380923938';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX "queue_item_closed_idx" ON "screening"."queue_item" ("municipality_code", "reason", "closed_at") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "screening"."queue_item_closed_idx"');
  }
}
