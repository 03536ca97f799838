import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts find profiles by exact wished occupation (fewer candidates than the minor group); a
 * citizen's matches read only the ads of their groups within the work area's latitude band.
 */
export class JobAlertIndex1795364000000 implements MigrationInterface {
  name = 'JobAlertIndex1795364000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX job_matching.match_profile_groups_idx`);
    await q.query(
      `CREATE INDEX match_profile_wished_idx ON job_matching.match_profile USING gin (wished) WHERE active AND alert_mode <> 'off'`,
    );
    await q.query(`DROP INDEX "job_matching"."job_ad_group_idx"`);
    await q.query(`CREATE INDEX "job_ad_group_lat_idx" ON "job_matching"."job_ad" ("occupation_group", "latitude") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "job_matching"."job_ad_group_lat_idx"`);
    await q.query(`CREATE INDEX "job_ad_group_idx" ON "job_matching"."job_ad" ("occupation_group", "valid_through") `);
    await q.query(`DROP INDEX job_matching.match_profile_wished_idx`);
    await q.query(
      `CREATE INDEX match_profile_groups_idx ON job_matching.match_profile USING gin (groups) WHERE active`,
    );
  }
}
