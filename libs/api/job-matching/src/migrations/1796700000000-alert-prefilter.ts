import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts (issue 22, step 4): the spatial prefilter of profiles — one row per profile and wished minor group with the
 * bounding box of the work area, GiST over (group, box) through btree_gist — and the index the per-citizen daily
 * cap counts today's alerts by. The boxes of the profiles already stored are filled here.
 */
export class AlertPrefilter1796700000000 implements MigrationInterface {
  name = 'AlertPrefilter1796700000000';

  async up(q: QueryRunner): Promise<void> {
    // A box that holds every point within radius_km (great circle) of the home: the latitude band the work-area test
    // uses (1° = 111 km, a little less than a degree of arc), widened in longitude by the cosine at the band's edge
    // nearer the pole. Municipality lists and homeless profiles: the whole world (the exact test decides).
    await q.query(`CREATE FUNCTION job_matching.work_area_box(latitude double precision, longitude double precision, radius_km integer, area_municipalities bpchar[]) RETURNS box
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN cardinality(area_municipalities) > 0 OR latitude IS NULL OR longitude IS NULL THEN box(point(-180, -90), point(180, 90))
                  ELSE box(point(longitude - (radius_km / 111.0) / cos(radians(least(89.0, abs(latitude) + radius_km / 111.0))) * 1.001, latitude - radius_km / 111.0 * 1.001),
                           point(longitude + (radius_km / 111.0) / cos(radians(least(89.0, abs(latitude) + radius_km / 111.0))) * 1.001, latitude + radius_km / 111.0 * 1.001)) END`);
    await q.query(
      `CREATE TABLE "job_matching"."match_area" ("citizen_id" uuid NOT NULL, "occupation_group" character varying(3) NOT NULL, "area" box NOT NULL, CONSTRAINT "PK_match_area" PRIMARY KEY ("citizen_id", "occupation_group"))`,
    );
    await q.query(
      `CREATE INDEX match_area_group_box_idx ON job_matching.match_area USING gist (occupation_group, area)`,
    );
    await q.query(
      `CREATE INDEX "job_alert_citizen_created_idx" ON "job_matching"."job_alert" ("citizen_id", "created_at") `,
    );
    await q.query(`INSERT INTO job_matching.match_area (citizen_id, occupation_group, area)
      SELECT p.citizen_id, g.occupation_group, job_matching.work_area_box(p.latitude, p.longitude, p.radius_km, p.area_municipalities)
        FROM job_matching.match_profile p
        CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.groups) > 0 THEN p.groups::text[] ELSE ARRAY[''] END) g(occupation_group)
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "job_matching"."job_alert_citizen_created_idx"`);
    await q.query(`DROP TABLE "job_matching"."match_area"`);
    await q.query(`DROP FUNCTION job_matching.work_area_box`);
  }
}
