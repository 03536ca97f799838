import { Injectable } from '@nestjs/common';
import { type CaseEvent, CitizenCasesService, OnCaseEvent, OnModuleEvent } from '@jobunivers/api/citizens';
import type { MeetingEvent } from '@jobunivers/api/meetings';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventRow, toCloudEvent } from './cloud-event';
import {
  type Cursor,
  type EventKind,
  formatCursor,
  fromMeetingKind,
  fromTimelineKind,
  kindOfType,
  parseCursor,
} from './event-types';
import type { FeedPageDto } from './dto/integration.dto';

/**
 * The durable, ordered event feed of each municipality. Events are written by the modules' own
 * hooks inside the transaction of the change (nothing acknowledged is missing, a rolled-back change
 * leaves nothing). Reading orders by (writing transaction id, sequence) and stops before the oldest
 * transaction still running (`pg_snapshot_xmin`): a later commit can then never land behind a
 * cursor already handed out — no gaps, no duplicates, with any number of concurrent writers.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly dataSource: DataSource,
  ) {}

  /** Every case event, looked up in `FEED_OF_CASE_EVENT`. */
  @OnCaseEvent('*')
  async fromTimeline(entry: CaseEvent, manager: EntityManager): Promise<void> {
    const mapped = fromTimelineKind(entry.kind, entry.params as Record<string, string>);
    if (!mapped) return;
    const kase = await this.cases.caseOf(entry.citizenId, manager);
    if (!kase) return;
    const data = mapped.kind === 'citizen.registered' ? { ...mapped.data, benefitType: kase.benefitType } : mapped.data;
    await this.append(manager, [
      { municipalityCode: kase.municipalityCode, kind: mapped.kind, citizenId: kase.id, data },
    ]);
  }

  /** A meeting's notice, as the feed's `meeting.*` events. */
  @OnModuleEvent('meeting.notice')
  async fromMeeting(event: MeetingEvent, manager: EntityManager): Promise<void> {
    const data = {
      meetingId: event.meetingId,
      meetingKind: event.meetingKind,
      form: event.form,
      startsAt: event.startsAt,
      by: event.by,
    };
    await this.append(
      manager,
      fromMeetingKind(event.kind, event.meetingKind).map((kind) => ({
        municipalityCode: event.municipalityCode,
        kind,
        citizenId: event.citizenId,
        data,
      })),
    );
  }

  /** Appends events in the caller's transaction. */
  async append(
    manager: EntityManager,
    events: Array<{
      municipalityCode: string;
      kind: EventKind;
      citizenId: string | null;
      data: Record<string, string>;
    }>,
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO integration.domain_event (id, tx_id, municipality_code, type, citizen_id, occurred_at, data)
       SELECT e.id, pg_current_xact_id()::text::bigint, e.municipality_code, e.type, e.citizen_id, now(), e.data
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[]) AS e(id, municipality_code, type, citizen_id, data)`,
      [
        events.map(() => randomUUID()),
        events.map((e) => e.municipalityCode),
        events.map((e) => e.kind),
        events.map((e) => e.citizenId),
        events.map((e) => JSON.stringify(e.data)),
      ],
    );
  }

  /**
   * Events after the cursor that are final (every older transaction that could write them has ended),
   * oldest first. The barrier is the oldest transaction still running *in this database* (or, with none,
   * the next transaction id): transactions of other databases on the same server can never write these
   * rows, so they do not hold the feed back. A running transaction is left out only when
   * `pg_stat_activity` shows it belongs to another database; one it cannot place counts (safe side).
   */
  async read(
    municipalityCode: string,
    after: Cursor,
    kinds: readonly string[] | undefined,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventRow[]> {
    return (await manager.query(
      `WITH snapshot AS (SELECT pg_current_snapshot() AS snap),
            elsewhere AS (
              SELECT backend_xid::text::bigint AS xid FROM pg_stat_activity
               WHERE backend_xid IS NOT NULL AND datname <> current_database()),
            barrier AS (
              SELECT COALESCE(
                (SELECT min(x::text::bigint) FROM snapshot, pg_snapshot_xip(snapshot.snap) AS x
                  WHERE x::text::bigint % 4294967296 NOT IN (SELECT xid FROM elsewhere)),
                (SELECT pg_snapshot_xmax(snap)::text::bigint FROM snapshot)) AS tx)
       SELECT seq, id, tx_id, municipality_code, type, citizen_id, occurred_at, data
         FROM integration.domain_event
        WHERE municipality_code = $1
          AND (tx_id, seq) > ($2::bigint, $3::bigint)
          AND tx_id < (SELECT tx FROM barrier)
          AND ($4::text[] IS NULL OR type = ANY($4::text[]))
        ORDER BY tx_id, seq
        LIMIT $5`,
      [municipalityCode, after.tx, after.seq, kinds && kinds.length > 0 ? kinds : null, limit],
    )) as EventRow[];
  }

  /** A page of the feed as CloudEvents; `types` are the public (CloudEvents) types, validated by the DTO. */
  async page(
    municipalityCode: string,
    after: string | undefined,
    types: string[] | undefined,
    limit: number,
  ): Promise<FeedPageDto> {
    const cursor = parseCursor(after);
    const rows = await this.read(municipalityCode, cursor, types?.map(kindOfType), limit + 1);
    const items = rows.slice(0, limit).map(toCloudEvent);
    return { items, nextCursor: items.at(-1)?.cursor ?? formatCursor(cursor), hasMore: rows.length > limit };
  }
}
