import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import { CANCELLED_STATUSES, type MeetingEntity, UPCOMING_STATUSES } from './entities/meeting.entity';
import type { MeetingForm } from './slots';

/** Meetings per month that took place or were missed, by form and outcome, with the ratings 1–5 counted. */
export interface MeetingStatsRow {
  month: string;
  in_person: number;
  video: number;
  phone: number;
  held: number;
  no_show: number;
  ratings: number[];
}

/** Everything that decides one caseworker's slots on one day, read in one round trip. */
export interface SlotDayRow {
  windows: Array<{ startTime: string; endTime: string; slotMinutes: number; address: string | null }>;
  blocks: Array<{ startTime: string | null; endTime: string | null }>;
  busy: Array<{ start: string; end: string }>;
}

export interface BusyRow {
  owner: string;
  starts_at: Date;
  ends_at: Date;
}

export interface ContactMeetingRow {
  id: string;
  citizen_id: string;
  date: string;
  status: string;
}

/** What the citizen's and staff's views of a meeting read: the entity's fields by their property names. */
export type MeetingView = Pick<
  MeetingEntity,
  | 'id'
  | 'citizenId'
  | 'caseworkerId'
  | 'kind'
  | 'origin'
  | 'form'
  | 'startsAt'
  | 'endsAt'
  | 'status'
  | 'topic'
  | 'address'
  | 'phoneNumber'
  | 'videoUrl'
  | 'sequence'
  | 'changeRequest'
  | 'cancelReason'
  | 'sharedSummary'
  | 'rating'
  | 'ratingComment'
>;

/** The columns of a {@link MeetingView}, named as its properties (the rows are used as read: no entity hydration). */
const MEETING_VIEW_COLUMNS = `id, citizen_id AS "citizenId", caseworker_id AS "caseworkerId", kind, origin, form, starts_at AS "startsAt",
  ends_at AS "endsAt", status, topic, address, phone_number AS "phoneNumber", video_url AS "videoUrl", sequence,
  change_request AS "changeRequest", cancel_reason AS "cancelReason", shared_summary AS "sharedSummary", rating,
  rating_comment AS "ratingComment"`;

/** The meetings module's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class MeetingsRepository extends SqlRepository {
  /** KPI rows of held and missed meetings per month (Copenhagen time), optionally of some caseworkers only. */
  stats(municipalityCode: string, caseworkerIds: string[] | null, from: Date, to: Date): Promise<MeetingStatsRow[]> {
    return this.q(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE form = 'in_person')::int AS in_person, count(*) FILTER (WHERE form = 'video')::int AS video, count(*) FILTER (WHERE form = 'phone')::int AS phone,
              count(*) FILTER (WHERE status = 'held')::int AS held, count(*) FILTER (WHERE status = 'no_show')::int AS no_show,
              array[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3), count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)]::int[] AS ratings
         FROM meetings.meeting
        WHERE municipality_code = $1 AND starts_at >= $2 AND starts_at < $3 AND status IN ('held', 'no_show')
          AND ($4::uuid[] IS NULL OR caseworker_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, caseworkerIds],
    );
  }

  /** Meetings that hold their time (not cancelled) of these caseworkers or citizens overlapping [from, to). */
  busy(
    column: 'caseworker_id' | 'citizen_id',
    ids: string[],
    from: Date,
    to: Date,
    manager?: EntityManager,
  ): Promise<BusyRow[]> {
    return this.q(
      `SELECT ${column} AS owner, starts_at, ends_at FROM meetings.meeting
        WHERE ${column} = ANY($1::uuid[]) AND status <> ALL($2::text[]) AND starts_at < $4 AND ends_at > $3`,
      [ids, CANCELLED_STATUSES, from, to],
      manager,
    );
  }

  /**
   * One caseworker's windows of this form on the weekday, blocks on the date and the meetings around `start` (but
   * `ignoreMeetingId`).
   */
  async slotDay(
    caseworkerId: string,
    form: MeetingForm,
    weekday: number,
    date: string,
    start: Date,
    ignoreMeetingId: string | null,
  ): Promise<SlotDayRow> {
    const [row] = await this.q<SlotDayRow[]>(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('startTime', w.start_time, 'endTime', w.end_time, 'slotMinutes', w.slot_minutes, 'address', w.address)), '[]')
            FROM meetings.availability_window w WHERE w.caseworker_id = $1 AND w.form = $2 AND w.weekday = $3) AS windows,
         (SELECT coalesce(json_agg(json_build_object('startTime', b.start_time, 'endTime', b.end_time)), '[]')
            FROM meetings.availability_block b WHERE b.caseworker_id = $1 AND b.date = $4) AS blocks,
         (SELECT coalesce(json_agg(json_build_object('start', m.starts_at, 'end', m.ends_at)), '[]')
            FROM meetings.meeting m WHERE m.caseworker_id = $1 AND m.status <> ALL($5::text[]) AND m.id IS DISTINCT FROM $6::uuid
             AND m.starts_at < $7::timestamptz + interval '1 day' AND m.ends_at > $7::timestamptz - interval '1 day') AS busy`,
      [caseworkerId, form, weekday, date, CANCELLED_STATUSES, ignoreMeetingId, start],
    );
    return row;
  }

  /**
   * Claims the caseworker's slot starting at `start` for this meeting (`meetings.slot_claim`); false when another
   * meeting holds it. A claim still open in another transaction is waited for: false once it commits, the claim is
   * ours if it rolls back. No deadlock between two claims of one slot, unlike two overlapping inserts.
   */
  async claimSlot(manager: EntityManager, caseworkerId: string, start: Date, meetingId: string): Promise<boolean> {
    const rows = await this.q<Array<{ meeting_id: string }>>(
      `INSERT INTO meetings.slot_claim (caseworker_id, starts_at, meeting_id) VALUES ($1, $2, $3)
       ON CONFLICT (caseworker_id, starts_at) DO NOTHING RETURNING meeting_id`,
      [caseworkerId, start, meetingId],
      manager,
    );
    return rows.length === 1;
  }

  /**
   * Claims of the meetings ending after `after` written without one (bulk inserts such as the demo data and the
   * scale seed); the rest stay as they are. Answers how many were written.
   */
  async fillSlotClaims(after: Date, manager?: EntityManager): Promise<number> {
    const [row] = await this.q<Array<{ n: number }>>(
      `WITH claimed AS (
         INSERT INTO meetings.slot_claim (caseworker_id, starts_at, meeting_id)
         SELECT caseworker_id, starts_at, id FROM meetings.meeting WHERE status <> ALL($1::text[]) AND ends_at > $2
         ON CONFLICT (caseworker_id, starts_at) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM claimed`,
      [CANCELLED_STATUSES, after],
      manager,
    );
    return row.n;
  }

  /**
   * Writes the reminder notices due at `now` (24 h and 1 h before), once per meeting, kind and sequence; answers the
   * new notices' ids.
   */
  async insertDueReminders(manager: EntityManager, now: Date): Promise<string[]> {
    const rows = await this.q<Array<{ id: string }>>(
      `INSERT INTO meetings.notice (meeting_id, citizen_id, caseworker_id, kind, sequence, starts_at)
       SELECT m.id, m.citizen_id, m.caseworker_id, r.kind, m.sequence, m.starts_at
         FROM meetings.meeting m
         JOIN (VALUES ('reminder_24h', interval '24 hours', interval '1 hour'), ('reminder_1h', interval '1 hour', interval '0')) AS r(kind, lead, until) ON true
        WHERE m.status = ANY($2::text[])
          AND m.starts_at > $1::timestamptz + r.until AND m.starts_at <= $1::timestamptz + r.lead
          AND m.scheduled_at <= m.starts_at - r.lead
       ON CONFLICT (meeting_id, kind, sequence) DO NOTHING
       RETURNING id`,
      [now, UPCOMING_STATUSES],
      manager,
    );
    return rows.map((r) => r.id);
  }

  /** Held and upcoming meetings of these citizens with their Copenhagen date, in time order. */
  contactMeetings(citizenIds: string[], manager?: EntityManager): Promise<ContactMeetingRow[]> {
    return this.q(
      `SELECT id, citizen_id, to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS date, status FROM meetings.meeting
        WHERE citizen_id = ANY($1::uuid[]) AND (status = 'held' OR status = ANY($2::text[])) ORDER BY starts_at, id`,
      [citizenIds, UPCOMING_STATUSES],
      manager,
    );
  }

  /** Start of each citizen's next upcoming meeting. */
  nextMeetings(citizenIds: string[]): Promise<Array<{ citizen_id: string; starts_at: Date }>> {
    return this.q(
      `SELECT citizen_id, min(starts_at) AS starts_at FROM meetings.meeting
        WHERE citizen_id = ANY($1::uuid[]) AND status = ANY($2::text[]) AND starts_at > now() GROUP BY citizen_id`,
      [citizenIds, UPCOMING_STATUSES],
    );
  }

  /** Retention of these closed cases: their notices and calendar feeds go, and their meetings keep only the KPIs' part. */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    await this.q(`DELETE FROM meetings.notice WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    await this.q(
      `DELETE FROM meetings.calendar_feed WHERE owner_kind = 'citizen' AND owner_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
    // Kept for the KPIs: form, times, status, rating; gone: what was said and where.
    await this.q(
      `UPDATE meetings.meeting SET topic = NULL, address = NULL, phone_number = NULL, video_url = NULL, change_request = NULL, cancel_reason = NULL, shared_summary = NULL, internal_note = NULL, rating_comment = NULL WHERE citizen_id = ANY($1::uuid[])`,
      [citizenIds],
      manager,
    );
  }

  /**
   * Runs `write` in a savepoint of the surrounding transaction: when it throws, only its own work is undone and the
   * error goes on to the caller (who may try again with other data).
   */
  async inSavepoint<T>(manager: EntityManager, name: string, write: () => Promise<T>): Promise<T> {
    await manager.query(`SAVEPOINT ${name}`);
    try {
      const result = await write();
      await manager.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  /** A citizen's latest meetings, newest first: the hot read of "my meetings" (index `meeting_citizen_idx`). */
  citizenMeetings(citizenId: string, limit: number): Promise<MeetingView[]> {
    return this.q(
      `SELECT ${MEETING_VIEW_COLUMNS} FROM meetings.meeting WHERE citizen_id = $1 ORDER BY starts_at DESC LIMIT $2`,
      [citizenId, limit],
    );
  }
}
