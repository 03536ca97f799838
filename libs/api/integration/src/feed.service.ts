import { Injectable } from '@nestjs/common';
import { type CaseEvent, CitizenCasesService, OnCaseEvent, OnModuleEvent } from '@jobunivers/api/citizens';
import type { MeetingEvent } from '@jobunivers/api/meetings';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventRow, toCloudEvent } from './cloud-event';
import { IntegrationRepository, type NewDomainEvent } from './integration.repository';
import { type Cursor, formatCursor, fromMeetingKind, fromTimelineKind, kindOfType, parseCursor } from './event-types';
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
    private readonly repository: IntegrationRepository,
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
  async append(manager: EntityManager, events: NewDomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.repository.appendEvents(manager, events);
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
    return this.repository.finalEventsAfter(manager, municipalityCode, after, kinds, limit);
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
