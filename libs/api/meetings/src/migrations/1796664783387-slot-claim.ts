import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22, contended booking: `meetings.slot_claim`, one row per caseworker and start held by a meeting (see
 * `SlotClaimEntity`). The trigger keeps every row true — it deletes a meeting's claim when the meeting is cancelled,
 * moved to another start or caseworker, or deleted, by whatever code or SQL. Upcoming meetings get their claims here.
 */
export class SlotClaim1796664783387 implements MigrationInterface {
  name = 'SlotClaim1796664783387';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "meetings"."slot_claim" ("caseworker_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "meeting_id" uuid NOT NULL, CONSTRAINT "slot_claim_pkey" PRIMARY KEY ("caseworker_id", "starts_at"))',
    );
    await q.query('CREATE INDEX "slot_claim_meeting_idx" ON "meetings"."slot_claim" ("meeting_id") ');
    await q.query(`CREATE FUNCTION "meetings"."release_slot_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM meetings.slot_claim WHERE meeting_id = OLD.id;
          RETURN OLD;
        END IF;
        DELETE FROM meetings.slot_claim c WHERE c.meeting_id = NEW.id
          AND (NEW.status IN ('cancelled', 'cancelled_by_jobcentre') OR c.caseworker_id <> NEW.caseworker_id OR c.starts_at <> NEW.starts_at);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "meeting_slot_claim_release" AFTER UPDATE OF status, starts_at, caseworker_id ON "meetings"."meeting"
      FOR EACH ROW WHEN (NEW.status IN ('cancelled', 'cancelled_by_jobcentre') OR NEW.starts_at <> OLD.starts_at OR NEW.caseworker_id <> OLD.caseworker_id)
      EXECUTE FUNCTION "meetings"."release_slot_claim"()`);
    await q.query(`CREATE TRIGGER "meeting_slot_claim_release_deleted" AFTER DELETE ON "meetings"."meeting"
      FOR EACH ROW EXECUTE FUNCTION "meetings"."release_slot_claim"()`);
    await q.query(`INSERT INTO "meetings"."slot_claim" ("caseworker_id", "starts_at", "meeting_id")
      SELECT caseworker_id, starts_at, id FROM "meetings"."meeting"
       WHERE status NOT IN ('cancelled', 'cancelled_by_jobcentre') AND ends_at > now()
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER "meeting_slot_claim_release_deleted" ON "meetings"."meeting"');
    await q.query('DROP TRIGGER "meeting_slot_claim_release" ON "meetings"."meeting"');
    await q.query('DROP FUNCTION "meetings"."release_slot_claim"()');
    await q.query('DROP INDEX "meetings"."slot_claim_meeting_idx"');
    await q.query('DROP TABLE "meetings"."slot_claim"');
  }
}
