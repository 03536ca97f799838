import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matches as a maintained top-N per citizen (issue 22, step 3): the list (`match_top`, read by citizen in rank
 * order) and whether each citizen has one and whether it holds every match (`match_top_state`). Lists are filled
 * lazily on the first read, so nothing is computed here.
 */
export class MatchTop1796800000000 implements MigrationInterface {
  name = 'MatchTop1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "job_matching"."match_top" ("citizen_id" uuid NOT NULL, "job_ad_id" uuid NOT NULL, "score" integer NOT NULL, "date_posted" date NOT NULL, CONSTRAINT "PK_match_top" PRIMARY KEY ("citizen_id", "job_ad_id"))`,
    );
    await q.query(
      `CREATE INDEX match_top_rank_idx ON job_matching.match_top (citizen_id, score DESC, date_posted DESC, job_ad_id)`,
    );
    await q.query(
      `CREATE TABLE "job_matching"."match_top_state" ("citizen_id" uuid NOT NULL, "complete" boolean NOT NULL, "filled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_match_top_state" PRIMARY KEY ("citizen_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "job_matching"."match_top_state"`);
    await q.query(`DROP TABLE "job_matching"."match_top"`);
  }
}
