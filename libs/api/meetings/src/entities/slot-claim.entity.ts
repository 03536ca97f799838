import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A caseworker's slot held by one meeting (issue 22, contended booking): at most one row per caseworker and start, so
 * simultaneous bookings of one slot meet at a unique key — `INSERT … ON CONFLICT DO NOTHING`, the first statement of
 * the writing transaction — instead of in the exclusion constraints' overlap check, where two inserts wait on each
 * other until PostgreSQL's deadlock detector (1 s) aborts one. The losers wait only for the winner's commit and are
 * refused without touching the meeting table; the exclusion constraints stay the last guard for every other overlap.
 *
 * A row always belongs to a meeting that holds this start (not cancelled): written with the meeting in one
 * transaction, and deleted by the database (trigger `meeting_slot_claim_release`, migration 1796664783387) when the
 * meeting is cancelled, moved to another start or caseworker, or deleted — whatever code or SQL does it. Meetings
 * written without a row (bulk seeds) are still guarded by the exclusion constraints.
 */
@Entity({ schema: 'meetings', name: 'slot_claim' })
@Index('slot_claim_meeting_idx', ['meetingId'])
export class SlotClaimEntity {
  @PrimaryColumn({ name: 'caseworker_id', type: 'uuid', primaryKeyConstraintName: 'slot_claim_pkey' })
  caseworkerId!: string;
  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz', primaryKeyConstraintName: 'slot_claim_pkey' })
  startsAt!: Date;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;
}
