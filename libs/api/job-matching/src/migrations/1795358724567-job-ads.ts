import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobAds1795358724567 implements MigrationInterface {
  name = 'JobAds1795358724567';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "job_matching"."job_ad" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" character varying(100) NOT NULL, "identifier" character varying(200) NOT NULL, "owner_municipality_code" character(4), "title" character varying(300) NOT NULL, "description" text NOT NULL, "employer" character varying(200) NOT NULL, "employer_url" character varying(1000), "date_posted" date NOT NULL, "valid_through" TIMESTAMP WITH TIME ZONE, "employment_type" text array NOT NULL DEFAULT \'{}\', "hours" character varying(10), "work_hours" character varying(200), "street_address" character varying(200), "postal_code" character(4) NOT NULL, "locality" character varying(100) NOT NULL, "municipality_code" character(4) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "occupation" character(4) NOT NULL, "occupation_group" character(3) NOT NULL, "skills" text array NOT NULL DEFAULT \'{}\', "other_skills" text array NOT NULL DEFAULT \'{}\', "language" character(2) NOT NULL DEFAULT \'da\', "salary" jsonb, "url" character varying(1000), "alerts_done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81921cce0be7e6d79f8b8915e47" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "job_ad_posted_idx" ON "job_matching"."job_ad" ("date_posted") ');
    await q.query('CREATE INDEX "job_ad_group_idx" ON "job_matching"."job_ad" ("occupation_group", "valid_through") ');
    await q.query(
      'CREATE UNIQUE INDEX "job_ad_source_identifier_uq" ON "job_matching"."job_ad" ("source", "identifier") ',
    );
    await q.query(
      'CREATE TABLE "job_matching"."job_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "job_ad_id" uuid NOT NULL, "score" integer NOT NULL, "mode" character varying(10) NOT NULL, "announced_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af0351e285e96d8b1720080a71d" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "job_alert_pending_idx" ON "job_matching"."job_alert" ("mode", "announced_at") ');
    await q.query(
      'CREATE UNIQUE INDEX "job_alert_citizen_ad_uq" ON "job_matching"."job_alert" ("citizen_id", "job_ad_id") ',
    );
    await q.query(
      'CREATE TABLE "job_matching"."job_feedback" ("citizen_id" uuid NOT NULL, "job_ad_id" uuid NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE, "not_relevant_at" TIMESTAMP WITH TIME ZONE, "not_relevant_reason" character varying(500), CONSTRAINT "PK_568bfcbf81b53075cc6df009047" PRIMARY KEY ("citizen_id", "job_ad_id"))',
    );
    await q.query(
      'CREATE TABLE "job_matching"."job_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "job_ad_id" uuid NOT NULL, "suggested_by" uuid NOT NULL, "suggested_by_name" character varying(200) NOT NULL, "note" character varying(1000), "answer" character varying(20), "answer_reason" character varying(500), "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d51d4064c145ff2a5a52dbb2df" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "job_suggestion_citizen_ad_uq" ON "job_matching"."job_suggestion" ("citizen_id", "job_ad_id") ',
    );
    await q.query(
      'CREATE TABLE "job_matching"."match_profile" ("citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "active" boolean NOT NULL, "wished" character(4) array NOT NULL, "groups" character(3) array NOT NULL, "skills" text array NOT NULL, "latitude" double precision, "longitude" double precision, "radius_km" integer NOT NULL, "area_municipalities" character(4) array NOT NULL, "hours" character varying(10), "languages" text array NOT NULL, "alert_mode" character varying(10) NOT NULL DEFAULT \'daily\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_858bcda2d198d24757b38fa6c11" PRIMARY KEY ("citizen_id"))',
    );
    // By hand (the entities mark these `synchronize: false`): great-circle distance, the full-text
    // expression index (same expression as SEARCH_DOCUMENT_SQL), array GIN indexes and the alert queue.
    await q.query(`CREATE FUNCTION job_matching.distance_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN 2 * 6371.0088 * asin(least(1, sqrt(sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))`);
    await q.query(
      `CREATE INDEX job_ad_search_idx ON job_matching.job_ad USING gin (to_tsvector('public.danish_unaccent'::regconfig, (title || ' ' || employer || ' ' || description)))`,
    );
    await q.query(`CREATE INDEX job_ad_skills_idx ON job_matching.job_ad USING gin (skills)`);
    await q.query(
      `CREATE INDEX job_ad_alerts_pending_idx ON job_matching.job_ad (created_at, id) WHERE alerts_done_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX match_profile_groups_idx ON job_matching.match_profile USING gin (groups) WHERE active`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX job_matching.match_profile_groups_idx`);
    await q.query(`DROP INDEX job_matching.job_ad_alerts_pending_idx`);
    await q.query(`DROP INDEX job_matching.job_ad_skills_idx`);
    await q.query(`DROP INDEX job_matching.job_ad_search_idx`);
    await q.query(`DROP FUNCTION job_matching.distance_km`);
    await q.query('DROP TABLE "job_matching"."match_profile"');
    await q.query('DROP INDEX "job_matching"."job_suggestion_citizen_ad_uq"');
    await q.query('DROP TABLE "job_matching"."job_suggestion"');
    await q.query('DROP TABLE "job_matching"."job_feedback"');
    await q.query('DROP INDEX "job_matching"."job_alert_citizen_ad_uq"');
    await q.query('DROP INDEX "job_matching"."job_alert_pending_idx"');
    await q.query('DROP TABLE "job_matching"."job_alert"');
    await q.query('DROP INDEX "job_matching"."job_ad_source_identifier_uq"');
    await q.query('DROP INDEX "job_matching"."job_ad_group_idx"');
    await q.query('DROP INDEX "job_matching"."job_ad_posted_idx"');
    await q.query('DROP TABLE "job_matching"."job_ad"');
  }
}
