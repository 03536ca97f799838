import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Messaging1795372673134 implements MigrationInterface {
  name = 'Messaging1795372673134';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS "messaging"');
    await q.query(
      'CREATE TABLE "messaging"."article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4), "title_da" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "body_da" text NOT NULL, "body_en" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'published\', "updated_by_name" character varying(200) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "messaging"."conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "subject" character varying(200) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "assigned_to" uuid, "assigned_name" character varying(200), "origin" character varying(10) NOT NULL DEFAULT \'citizen\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_response_at" TIMESTAMP WITH TIME ZONE, "citizen_read_at" TIMESTAMP WITH TIME ZONE, "staff_read_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_864528ec4274360a40f66c29845" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "conversation_inbox_idx" ON "messaging"."conversation" ("municipality_code", "status", "last_message_at") ',
    );
    await q.query(
      'CREATE INDEX "conversation_citizen_idx" ON "messaging"."conversation" ("citizen_id", "last_message_at") ',
    );
    await q.query(
      'CREATE TABLE "messaging"."message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "author_kind" character varying(10) NOT NULL, "author_id" uuid NOT NULL, "author_name" character varying(200) NOT NULL, "body" character varying(4000) NOT NULL, "internal" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "message_author_idx" ON "messaging"."message" ("author_id", "created_at") ');
    await q.query(
      'CREATE INDEX "message_conversation_idx" ON "messaging"."message" ("conversation_id", "created_at") ',
    );
    await q.query(
      'CREATE TABLE "messaging"."question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, "question" character varying(1000) NOT NULL, "article_ids" uuid array NOT NULL DEFAULT \'{}\', "resolved" boolean, "conversation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "question_municipality_idx" ON "messaging"."question" ("municipality_code", "created_at") ',
    );
    // Full-text search of the knowledge base: the same weighted expressions the service queries.
    await q.query(
      "CREATE INDEX \"article_da_fts_idx\" ON \"messaging\".\"article\" USING gin ((setweight(to_tsvector('danish_unaccent', title_da), 'A') || setweight(to_tsvector('danish_unaccent', body_da), 'B')))",
    );
    await q.query(
      "CREATE INDEX \"article_en_fts_idx\" ON \"messaging\".\"article\" USING gin ((setweight(to_tsvector('english', title_en), 'A') || setweight(to_tsvector('english', body_en), 'B')))",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "messaging"."article_en_fts_idx"');
    await q.query('DROP INDEX "messaging"."article_da_fts_idx"');
    await q.query('DROP INDEX "messaging"."question_municipality_idx"');
    await q.query('DROP TABLE "messaging"."question"');
    await q.query('DROP INDEX "messaging"."message_conversation_idx"');
    await q.query('DROP INDEX "messaging"."message_author_idx"');
    await q.query('DROP TABLE "messaging"."message"');
    await q.query('DROP INDEX "messaging"."conversation_citizen_idx"');
    await q.query('DROP INDEX "messaging"."conversation_inbox_idx"');
    await q.query('DROP TABLE "messaging"."conversation"');
    await q.query('DROP TABLE "messaging"."article"');
    await q.query('DROP SCHEMA "messaging"');
  }
}
