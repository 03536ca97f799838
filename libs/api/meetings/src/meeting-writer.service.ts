import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { CaseEventBus, CitizenCasesService } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { inCopenhagen } from '@jobunivers/api/time';
import { MeetingNoticeEntity, type NoticeKind } from './entities/meeting-notice.entity';
import { CANCELLED_STATUSES, MeetingEntity } from './entities/meeting.entity';
import type { MeetingEvent } from './events/meeting.event';
import type { MeetingsCaseEvents } from './meetings.events';
import { MeetingsErrorCode, MeetingsException } from './meetings.errors';
import { MeetingsRepository } from './meetings.repository';
import { SlotFlights } from './slot-flights';
import type { MeetingForm } from './slots';

/** Overlap refused by the database (exclusion constraint), per constraint. */
const OVERLAP = {
  meeting_caseworker_no_overlap: MeetingsErrorCode.SlotTaken,
  meeting_citizen_no_overlap: MeetingsErrorCode.CitizenBusy,
} as const;

/** The fields a new meeting is made from (the rest start empty). */
export type NewMeeting = Pick<
  MeetingEntity,
  | 'citizenId'
  | 'caseworkerId'
  | 'municipalityCode'
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
> &
  Partial<Pick<MeetingEntity, 'formal'>>;

/**
 * Every write of a meeting goes through here: a new meeting, one change under its version, and the announcement of
 * each — the notice (the module's outbox row), its `meeting.notice` module event to the `@OnModuleEvent` handlers
 * in the same transaction, and the citizen's timeline.
 * A meeting that holds its time claims its caseworker's slot first (`meetings.slot_claim`): simultaneous writes of one
 * slot meet there and all but one are refused at once. Any other overlap is refused by PostgreSQL's exclusion
 * constraints; both become 409 problems.
 */
@Injectable()
export class MeetingWriterService {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly bus: CaseEventBus,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: MeetingsRepository,
    private readonly flights: SlotFlights,
  ) {}

  /**
   * A new meeting: version 0, scheduled now, nothing recorded yet. Its slot is claimed first (the first statement a
   * booking's transaction sends): a slot another meeting holds is refused before the meeting table is touched.
   */
  async insert(manager: EntityManager, fields: NewMeeting): Promise<MeetingEntity> {
    const meeting = manager.create(MeetingEntity, {
      id: randomUUID(),
      formal: false,
      ...fields,
      sequence: 0,
      scheduledAt: new Date(),
      changeRequest: null,
      cancelReason: null,
      sharedSummary: null,
      internalNote: null,
      outcomeAt: null,
      outcomeBy: null,
      rating: null,
      ratingComment: null,
    });
    await this.claim(manager, meeting, fields.startsAt, fields.status);
    await manager.insert(MeetingEntity, meeting); // fills in the generated columns (created/updated at)
    return meeting;
  }

  /** Claims the meeting's slot at `start` when it holds its time there; another meeting's claim is a 409 `slot_taken`. */
  private async claim(
    manager: EntityManager,
    meeting: Pick<MeetingEntity, 'id' | 'caseworkerId'>,
    start: Date,
    status: MeetingEntity['status'],
  ): Promise<void> {
    if (CANCELLED_STATUSES.includes(status)) return;
    if (!(await this.repository.claimSlot(manager, meeting.caseworkerId, start, meeting.id)))
      throw new MeetingsException(MeetingsErrorCode.SlotTaken);
  }

  /** Where the meeting takes place for its form: the address, the citizen's phone, or a (kept) video link. */
  placeOf(
    form: MeetingForm,
    address: string | null,
    phone: string | null,
    current?: MeetingEntity,
  ): Pick<MeetingEntity, 'address' | 'phoneNumber' | 'videoUrl'> {
    return {
      address: form === 'in_person' ? address : null,
      phoneNumber: form === 'phone' ? phone : null,
      videoUrl:
        form === 'video'
          ? (current?.videoUrl ??
            `${this.config.meetings.videoBaseUrl}/jobunivers-${randomBytes(16).toString('base64url')}`)
          : null,
    };
  }

  /**
   * One change of a meeting: a conditional UPDATE (only if nobody changed it meanwhile — the
   * sequence is the version), checked by the exclusion constraints like any write, with its notice
   * and timeline entry in the same transaction. A move claims the new slot first; the database releases the old
   * claim (and a cancelled meeting's) itself.
   */
  async applyChange(
    meeting: MeetingEntity,
    changes: Partial<MeetingEntity>,
    notice: NoticeKind,
    timelineKind: keyof MeetingsCaseEvents,
    by: MeetingEvent['by'],
    bumpSequence = true,
  ): Promise<MeetingEntity> {
    const changed = await this.refuseOverlap(() =>
      this.dataSource.transaction(async (manager) => {
        const scheduleChanged = changes.startsAt !== undefined || changes.form !== undefined;
        if (changes.startsAt && changes.startsAt.getTime() !== meeting.startsAt.getTime())
          await this.claim(manager, meeting, changes.startsAt, changes.status ?? meeting.status);
        const result = await manager
          .createQueryBuilder()
          .update(MeetingEntity)
          .set({
            ...changes,
            ...(scheduleChanged ? { scheduledAt: new Date() } : {}),
            sequence: bumpSequence ? meeting.sequence + 1 : meeting.sequence,
            updatedAt: new Date(),
          } as never)
          .where('id = :id AND sequence = :sequence AND status = :status', {
            id: meeting.id,
            sequence: meeting.sequence,
            status: meeting.status,
          })
          .execute();
        if (result.affected !== 1)
          throw new MeetingsException(
            MeetingsErrorCode.NotChangeable,
            'The meeting was changed meanwhile; reload it and try again.',
          );
        const changed = (await manager.findOneBy(MeetingEntity, { id: meeting.id }))!;
        await this.announce(manager, changed, notice, timelineKind, by);
        return changed;
      }),
    );
    // Its old slot is free now (the database dropped the claim): no booking hint of this process may refuse it.
    if (changed.startsAt.getTime() !== meeting.startsAt.getTime() || CANCELLED_STATUSES.includes(changed.status))
      this.flights.forget(meeting.caseworkerId, meeting.startsAt);
    return changed;
  }

  /** The notice (outbox row, once per meeting/kind/sequence), the listeners and the citizen's timeline. */
  async announce(
    manager: EntityManager,
    meeting: MeetingEntity,
    kind: NoticeKind,
    timelineKind: keyof MeetingsCaseEvents,
    by: MeetingEvent['by'],
  ): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MeetingNoticeEntity)
      .values({
        meetingId: meeting.id,
        citizenId: meeting.citizenId,
        caseworkerId: meeting.caseworkerId,
        kind,
        sequence: meeting.sequence,
        startsAt: meeting.startsAt,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const row = (inserted.raw as Array<{ id: string }>)[0];
    if (row)
      await this.dispatch(
        manager,
        { id: row.id, kind, sequence: meeting.sequence, meetingId: meeting.id },
        by,
        meeting,
      );
    const { date, time } = inCopenhagen(meeting.startsAt);
    await this.cases.recordEvent(
      meeting.citizenId,
      timelineKind,
      { date, time: time.replace(':', '.'), form: meeting.form },
      manager,
    );
  }

  /** Emits a notice as the `meeting.notice` module event, inside the transaction that wrote it. */
  async dispatch(
    manager: EntityManager,
    notice: Pick<MeetingNoticeEntity, 'id' | 'kind' | 'sequence' | 'meetingId'>,
    by: MeetingEvent['by'],
    meeting?: MeetingEntity,
  ): Promise<void> {
    const m = meeting ?? (await manager.findOneBy(MeetingEntity, { id: notice.meetingId }))!;
    const event: MeetingEvent = {
      kind: notice.kind,
      noticeId: notice.id,
      meetingId: m.id,
      citizenId: m.citizenId,
      caseworkerId: m.caseworkerId,
      municipalityCode: m.municipalityCode,
      form: m.form,
      meetingKind: m.kind,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      sequence: notice.sequence,
      by,
      formal: m.formal,
      place: { address: m.address, videoUrl: m.videoUrl, phoneNumber: m.phoneNumber },
      topic: m.topic,
    };
    await this.bus.emit('meeting.notice', event, manager);
  }

  /**
   * Runs a write; an overlap refused by the database becomes a 409 problem. Two transactions that
   * insert overlapping meetings at the same instant each wait for the other's exclusion check —
   * PostgreSQL breaks that deadlock by aborting one; that one is simply run again (and then sees
   * the committed winner as an overlap).
   */
  async refuseOverlap<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        const constraint = overlapConstraint(error);
        if (constraint) throw new MeetingsException(OVERLAP[constraint]);
        if (isDeadlock(error)) {
          if (attempt < 3) continue;
          throw new MeetingsException(MeetingsErrorCode.SlotTaken);
        }
        throw error;
      }
    }
  }
}

/** A slot another meeting holds (its claim, or the exclusion constraint on the caseworker's meetings). */
export const isSlotTaken = (error: unknown): boolean =>
  error instanceof MeetingsException && error.code === MeetingsErrorCode.SlotTaken;

/** deadlock_detected: two simultaneous exclusion checks waiting on each other. */
export const isDeadlock = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '40P01';

/** The exclusion constraint that refused a write as an overlap, if that is what happened. */
export function overlapConstraint(error: unknown): keyof typeof OVERLAP | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23P01' && driverError.constraint && driverError.constraint in OVERLAP
    ? (driverError.constraint as keyof typeof OVERLAP)
    : undefined;
}
