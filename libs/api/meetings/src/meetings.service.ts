import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { AuditService } from '@jobunivers/api/audit';
import {
  assertCaseActive,
  CitizenCasesService,
  type CitizenCase,
  type CitizenRegisteredEvent,
  type Language,
  type RegistrationNextSteps,
  visitationDeadline,
} from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { ReferenceService } from '@jobunivers/api/reference';
import { PlatformException } from '@jobunivers/api/errors';
import { IdentityService, type CitizenPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { QueueService } from '@jobunivers/api/queue';
import { DataSource, type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { addDays, copenhagenToUtc, inCopenhagen, isoWeekday } from '@jobunivers/api/time';
import type {
  AvailabilityDto,
  BookMeetingDto,
  CalendarQueryDto,
  ChangeRequestInputDto,
  InviteDto,
  MeetingDto,
  NotesInputDto,
  OutcomeInputDto,
  RatingInputDto,
  RescheduleDto,
  SlotDto,
  SlotQueryDto,
  StaffMeetingDto,
} from './dto/meetings.dto';
import { AvailabilityBlockEntity, AvailabilityWindowEntity } from './entities/availability.entity';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { MeetingNoticeEntity, type NoticeKind } from './entities/meeting-notice.entity';
import { CANCELLED_STATUSES, MeetingEntity, UPCOMING_STATUSES } from './entities/meeting.entity';
import type { MeetingEvent } from './events/meeting.event';
import type { MeetingsCaseEvents } from './meetings.events';
import { buildCalendar, type IcsEvent } from './ics';
import { MeetingsErrorCode, MeetingsException } from './meetings.errors';
import { freeSlots, type Interval, type MeetingForm, type Slot } from './slots';

export const REMINDER_JOB = 'meetings.reminders';
const MAX_RANGE_DAYS = 62;
const MAX_SLOTS = 1000;
const DEFAULT_MINUTES = 30;
const CASEWORKER_CACHE_MS = 10_000;
/** Overlap refused by the database (exclusion constraint), per constraint. */
const OVERLAP = {
  meeting_caseworker_no_overlap: MeetingsErrorCode.SlotTaken,
  meeting_citizen_no_overlap: MeetingsErrorCode.CitizenBusy,
} as const;

/** The address in a From header (`Name <address>` or a bare address). */
const mailAddressOf = (from: string): string => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

const FORM_WORDS: Record<Language, Record<MeetingForm, string>> = {
  da: { in_person: 'fremmøde', video: 'video', phone: 'telefon' },
  en: { in_person: 'in person', video: 'video', phone: 'phone' },
};

export type MeetingEventHandler = (event: MeetingEvent, manager: EntityManager) => Promise<void>;
/** Other modules add their own events to the personal calendar feed (offers: enrolled sessions). */
export type CalendarFeedSource = (
  owner: { kind: 'citizen' | 'staff'; id: string },
  since: Date,
  language: Language,
) => Promise<IcsEvent[]>;

/** A formal call-in (the visitation, or an invitation from the caseworker): the citizen has a duty to attend and cannot cancel it. */
const isCallIn = (m: Pick<MeetingEntity, 'kind' | 'origin'>): boolean =>
  m.kind === 'visitation' || m.origin !== 'citizen';

/** See {@link MeetingsService.moveByOf}: the legal deadline, or the meeting's own day when that is later. */
function moveBy(m: MeetingEntity, kase: CitizenCase | undefined): string | null {
  if (!kase) return null;
  const deadline = visitationDeadline(kase);
  const day = inCopenhagen(m.startsAt).date;
  return day > deadline ? day : deadline;
}

/**
 * Facade of meetings: caseworker availability, free slots, booking, invitations (the visitation
 * meeting from the registration event), rescheduling, outcomes with notes, iCalendar and reminders.
 * Overlaps are refused by PostgreSQL itself; every change writes its notice (the module's outbox)
 * in the same transaction, and other modules listen through `onEvent`.
 */
@Injectable()
export class MeetingsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Meetings');
  private readonly handlers: MeetingEventHandler[] = [];
  private readonly feedSources: CalendarFeedSource[] = [];
  private readonly caseworkerCache = new Map<string, { ids: Set<string>; until: number }>();

  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(AvailabilityWindowEntity) private readonly windows: Repository<AvailabilityWindowEntity>,
    @InjectRepository(AvailabilityBlockEntity) private readonly blocks: Repository<AvailabilityBlockEntity>,
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  onModuleInit(): void {
    this.cases.onRegistered((event, manager) => this.inviteToVisitation(event, manager));
    this.cases.enrichCaseload(async (ids) => {
      const next = await this.nextMeetings(ids);
      return new Map(ids.map((id) => [id, { nextMeetingAt: next.get(id)?.toISOString() ?? null }]));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.recurring(
      REMINDER_JOB,
      '* * * * *',
      async () => {
        const sent = await this.sendDueReminders();
        if (sent > 0) this.logger.log(`Sent ${sent} meeting reminders`);
      },
      { queue: { retryLimit: 3 } },
    );
  }

  /** Other modules put their events in the personal calendar feeds beside the meetings. */
  addFeedSource(source: CalendarFeedSource): void {
    this.feedSources.push(source);
  }

  /** Other modules react to meeting events inside the transaction that caused them (screening: no-shows). */
  /**
   * KPI: meetings per month (by start, Copenhagen time) that took place or were missed — by form,
   * held, no-show — and the citizens' ratings of held meetings (1–5).
   */
  async meetingStats(
    municipalityCode: string,
    caseworkerIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<
    Array<{
      month: string;
      inPerson: number;
      video: number;
      phone: number;
      held: number;
      noShow: number;
      ratings: number[];
    }>
  > {
    const rows = (await this.dataSource.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month,
              count(*) FILTER (WHERE form = 'in_person')::int AS in_person, count(*) FILTER (WHERE form = 'video')::int AS video, count(*) FILTER (WHERE form = 'phone')::int AS phone,
              count(*) FILTER (WHERE status = 'held')::int AS held, count(*) FILTER (WHERE status = 'no_show')::int AS no_show,
              array[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3), count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)]::int[] AS ratings
         FROM meetings.meeting
        WHERE municipality_code = $1 AND starts_at >= $2 AND starts_at < $3 AND status IN ('held', 'no_show')
          AND ($4::uuid[] IS NULL OR caseworker_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipalityCode, from, to, caseworkerIds],
    )) as Array<{
      month: string;
      in_person: number;
      video: number;
      phone: number;
      held: number;
      no_show: number;
      ratings: number[];
    }>;
    return rows.map((r) => ({
      month: r.month,
      inPerson: r.in_person,
      video: r.video,
      phone: r.phone,
      held: r.held,
      noShow: r.no_show,
      ratings: r.ratings,
    }));
  }

  onEvent(handler: MeetingEventHandler): void {
    this.handlers.push(handler);
  }

  // ── slots ───────────────────────────────────────────────────────────────────

  private range(
    query: { from?: string; to?: string },
    defaultFrom: string,
    defaultDays: number,
  ): { from: string; to: string } {
    const from = query.from ?? defaultFrom;
    const to = query.to ?? addDays(from, defaultDays);
    if (to < from) throw PlatformException.validation([{ field: 'to', message: 'to must not be before from' }]);
    if (to > addDays(from, MAX_RANGE_DAYS))
      throw PlatformException.validation([
        { field: 'to', message: `to must be at most ${MAX_RANGE_DAYS} days after from` },
      ]);
    return { from, to };
  }

  /** Free slots of these caseworkers between two dates, also avoiding the extra busy times. */
  private async slotsOf(
    caseworkerIds: string[],
    from: string,
    to: string,
    form: MeetingForm | undefined,
    extraBusy: Interval[],
    manager: EntityManager = this.dataSource.manager,
    notBefore = this.earliestBooking(),
  ): Promise<Slot[]> {
    if (caseworkerIds.length === 0) return [];
    // One after the other: in a transaction (booking) the three reads share one connection, which takes one query at a time.
    const windows = await manager.find(AvailabilityWindowEntity, {
      where: { caseworkerId: In(caseworkerIds), ...(form ? { form } : {}) },
    });
    const blocks = await manager
      .createQueryBuilder(AvailabilityBlockEntity, 'b')
      .where('b.caseworkerId IN (:...ids)', { ids: caseworkerIds })
      .andWhere('b.date BETWEEN :from AND :to', { from, to })
      .getMany();
    const busy = await this.busyOf('caseworker_id', caseworkerIds, from, to, manager);
    if (windows.length === 0) return [];
    const byCaseworker = new Map<string, Interval[]>();
    for (const b of busy) byCaseworker.set(b.owner, [...(byCaseworker.get(b.owner) ?? []), b]);
    return caseworkerIds.flatMap((id) =>
      freeSlots({
        windows: windows.filter((w) => w.caseworkerId === id),
        blocks,
        busy: [...(byCaseworker.get(id) ?? []), ...extraBusy],
        from,
        to,
        form,
        notBefore,
      }),
    );
  }

  /** Meetings that hold their time (not cancelled) of these owners around a date range. */
  private async busyOf(
    column: 'caseworker_id' | 'citizen_id',
    ids: string[],
    from: string,
    to: string,
    manager: EntityManager,
  ): Promise<Array<Interval & { owner: string }>> {
    const rows: Array<{ owner: string; starts_at: Date; ends_at: Date }> = await manager.query(
      `SELECT ${column} AS owner, starts_at, ends_at FROM meetings.meeting
        WHERE ${column} = ANY($1::uuid[]) AND status <> ALL($2::text[]) AND starts_at < $4 AND ends_at > $3`,
      [ids, CANCELLED_STATUSES, copenhagenToUtc(addDays(from, -1), '00:00'), copenhagenToUtc(addDays(to, 2), '00:00')],
    );
    return rows.map((r) => ({ owner: r.owner, start: r.starts_at, end: r.ends_at }));
  }

  private earliestBooking(): Date {
    return new Date(Date.now() + this.config.meetings.bookingLeadMinutes * 60_000);
  }

  /**
   * The citizen's bookable times: their own caseworker's free slots, and the other caseworkers' of
   * the jobcentre when their own has none within MEETING_FALLBACK_DAYS.
   */
  async slotsForCitizen(citizen: CitizenPrincipal, query: SlotQueryDto): Promise<SlotDto[]> {
    const kase = await this.cases.activeCase(citizen.id);
    const { from, to } = this.range(query, inCopenhagen(new Date()).date, 13);
    const citizenBusy = await this.busyOf('citizen_id', [kase.id], from, to, this.dataSource.manager);
    const own = kase.assignedCaseworkerId;
    let slots = own ? await this.slotsOf([own], from, to, query.form, citizenBusy) : [];
    const soonEnough = copenhagenToUtc(addDays(from, this.config.meetings.fallbackDays), '00:00');
    if (!slots.some((s) => s.start < soonEnough)) {
      const others = (await this.identity.caseworkers(kase.municipalityCode))
        .map((c) => c.id)
        .filter((id) => id !== own);
      slots = [...slots, ...(await this.slotsOf(others, from, to, query.form, citizenBusy))].sort(
        (a, b) =>
          a.start.getTime() - b.start.getTime() || (a.caseworkerId === own ? -1 : b.caseworkerId === own ? 1 : 0),
      );
    }
    slots = slots.slice(0, MAX_SLOTS);
    const names = await this.identity.staffNames([...new Set(slots.map((s) => s.caseworkerId))]);
    return slots.map((s) => ({
      start: s.start.toISOString(),
      end: s.end.toISOString(),
      form: s.form,
      caseworkerId: s.caseworkerId,
      caseworkerName: names.get(s.caseworkerId) ?? '',
      ownCaseworker: s.caseworkerId === own,
      address: s.form === 'in_person' ? s.address : null,
    }));
  }

  /**
   * The slot of this caseworker and form that starts at this instant, and whether a meeting (other
   * than `ignoreMeetingId`) already holds it — in one round trip, so a taken slot is refused before
   * any transaction starts. The exclusion constraints still decide races.
   */
  private async slotAt(
    caseworkerId: string,
    form: MeetingForm,
    start: Date,
    ignoreMeetingId?: string,
  ): Promise<{ slot?: Slot; taken: boolean }> {
    const { date } = inCopenhagen(start);
    const [row] = (await this.dataSource.query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('startTime', w.start_time, 'endTime', w.end_time, 'slotMinutes', w.slot_minutes, 'address', w.address)), '[]')
            FROM meetings.availability_window w WHERE w.caseworker_id = $1 AND w.form = $2 AND w.weekday = $3) AS windows,
         (SELECT coalesce(json_agg(json_build_object('startTime', b.start_time, 'endTime', b.end_time)), '[]')
            FROM meetings.availability_block b WHERE b.caseworker_id = $1 AND b.date = $4) AS blocks,
         (SELECT coalesce(json_agg(json_build_object('start', m.starts_at, 'end', m.ends_at)), '[]')
            FROM meetings.meeting m WHERE m.caseworker_id = $1 AND m.status <> ALL($5::text[]) AND m.id IS DISTINCT FROM $6::uuid
             AND m.starts_at < $7::timestamptz + interval '1 day' AND m.ends_at > $7::timestamptz - interval '1 day') AS busy`,
      [caseworkerId, form, isoWeekday(date), date, CANCELLED_STATUSES, ignoreMeetingId ?? null, start],
    )) as Array<{
      windows: Array<{ startTime: string; endTime: string; slotMinutes: number; address: string | null }>;
      blocks: Array<{ startTime: string | null; endTime: string | null }>;
      busy: Array<{ start: string; end: string }>;
    }>;
    const slot = freeSlots({
      windows: row.windows.map((w) => ({ ...w, caseworkerId, weekday: isoWeekday(date), form })),
      blocks: row.blocks.map((b) => ({ ...b, caseworkerId, date })),
      busy: [],
      from: date,
      to: date,
      form,
      notBefore: this.earliestBooking(),
    }).find((s) => s.start.getTime() === start.getTime());
    const taken =
      !!slot &&
      row.busy.some((b) => Date.parse(b.start) < slot.end.getTime() && slot.start.getTime() < Date.parse(b.end));
    return { slot, taken };
  }

  /** Whether this is an active caseworker of the municipality; remembered for a few seconds (booking asks on every attempt). */
  private async isCaseworker(municipalityCode: string, id: string): Promise<boolean> {
    const cached = this.caseworkerCache.get(municipalityCode);
    // Hits are trusted for a few seconds; a miss always asks again (a caseworker added a moment ago).
    if (cached && cached.until > Date.now() && cached.ids.has(id)) return true;
    const ids = new Set((await this.identity.caseworkers(municipalityCode)).map((c) => c.id));
    this.caseworkerCache.set(municipalityCode, { ids, until: Date.now() + CASEWORKER_CACHE_MS });
    return ids.has(id);
  }

  // ── citizen side ────────────────────────────────────────────────────────────

  async book(citizen: CitizenPrincipal, input: BookMeetingDto): Promise<MeetingDto> {
    const kase = await this.cases.activeCase(citizen.id);
    const caseworkerId = input.caseworkerId ?? kase.assignedCaseworkerId;
    if (!caseworkerId || !(await this.isCaseworker(kase.municipalityCode, caseworkerId)))
      throw new MeetingsException(MeetingsErrorCode.UnknownCaseworker);
    const { slot, taken } = await this.slotAt(caseworkerId, input.form, new Date(input.start));
    if (!slot)
      throw new MeetingsException(MeetingsErrorCode.NotASlot, 'Choose one of the free times from /me/meeting-slots.');
    if (taken) throw new MeetingsException(MeetingsErrorCode.SlotTaken);
    const contact = input.form === 'phone' ? await this.cases.contactOf(kase.id) : undefined;
    const meeting = await this.refuseOverlap(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await this.insertMeeting(manager, {
          citizenId: kase.id,
          caseworkerId,
          municipalityCode: kase.municipalityCode,
          kind: 'job_meeting',
          origin: 'citizen',
          form: input.form,
          startsAt: slot.start,
          endsAt: slot.end,
          status: 'booked',
          topic: input.topic || null,
          ...this.placeOf(input.form, slot.address, contact?.phone ?? null),
        });
        await this.announce(manager, saved, 'booked', 'meeting_booked', 'citizen');
        return saved;
      }),
    );
    return this.citizenDto(meeting);
  }

  async myMeetings(citizen: CitizenPrincipal): Promise<MeetingDto[]> {
    const rows = await this.meetings.find({ where: { citizenId: citizen.id }, order: { startsAt: 'DESC' }, take: 500 });
    const now = Date.now();
    const upcoming = rows.filter((m) => m.endsAt.getTime() > now && !CANCELLED_STATUSES.includes(m.status)).reverse();
    const past = rows.filter((m) => !upcoming.includes(m));
    return this.citizenDtos([...upcoming, ...past]);
  }

  async myMeeting(citizen: CitizenPrincipal, id: string): Promise<MeetingDto> {
    return this.citizenDto(await this.ownMeeting(citizen, id));
  }

  async reschedule(citizen: CitizenPrincipal, id: string, input: RescheduleDto): Promise<MeetingDto> {
    const meeting = await this.changeableByCitizen(citizen, id);
    const start = input.start ? new Date(input.start) : meeting.startsAt;
    const form = input.form ?? meeting.form;
    if (start.getTime() === meeting.startsAt.getTime() && form === meeting.form) return this.citizenDto(meeting);
    const moveBy = await this.moveByOf(meeting);
    if (moveBy && inCopenhagen(start).date > moveBy)
      throw new MeetingsException(
        MeetingsErrorCode.AfterDeadline,
        `Choose a time on or before ${moveBy}, or ask the jobcentre to change the meeting.`,
      );
    const { slot, taken } = await this.slotAt(meeting.caseworkerId, form, start, meeting.id);
    if (!slot)
      throw new MeetingsException(MeetingsErrorCode.NotASlot, 'Choose one of the free times from /me/meeting-slots.');
    if (taken) throw new MeetingsException(MeetingsErrorCode.SlotTaken);
    const contact = form === 'phone' ? await this.cases.contactOf(citizen.id) : undefined;
    const changed = await this.applyChange(
      meeting,
      {
        startsAt: slot.start,
        endsAt: slot.end,
        form,
        ...this.placeOf(form, slot.address, contact?.phone ?? null, meeting),
        status: 'booked',
        changeRequest: null,
      },
      'rescheduled',
      'meeting_rescheduled',
      'citizen',
    );
    return this.citizenDto(changed);
  }

  async cancel(citizen: CitizenPrincipal, id: string, reason: string): Promise<MeetingDto> {
    if (isCallIn(await this.ownMeeting(citizen, id)))
      throw new MeetingsException(
        MeetingsErrorCode.AttendanceRequired,
        'The jobcentre called you to this meeting and you have a duty to attend. Move it to another time or ask the jobcentre to change it.',
      );
    const meeting = await this.changeableByCitizen(citizen, id);
    return this.citizenDto(
      await this.applyChange(
        meeting,
        { status: 'cancelled', cancelReason: reason },
        'cancelled',
        'meeting_cancelled',
        'citizen',
      ),
    );
  }

  async accept(citizen: CitizenPrincipal, id: string): Promise<MeetingDto> {
    const meeting = await this.ownMeeting(citizen, id);
    if (meeting.status !== 'invited') throw new MeetingsException(MeetingsErrorCode.NotInvited);
    return this.citizenDto(
      await this.applyChange(meeting, { status: 'booked' }, 'accepted', 'meeting_accepted', 'citizen'),
    );
  }

  /** The citizen asks for another form or time; the caseworker answers by rescheduling. */
  async requestChange(citizen: CitizenPrincipal, id: string, input: ChangeRequestInputDto): Promise<MeetingDto> {
    const meeting = await this.ownMeeting(citizen, id);
    if (!UPCOMING_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
    const changeRequest = {
      ...(input.form ? { form: input.form } : {}),
      ...(input.start ? { start: new Date(input.start).toISOString() } : {}),
      message: input.message,
      requestedAt: new Date().toISOString(),
    };
    return this.citizenDto(
      await this.applyChange(
        meeting,
        { status: 'change_requested', changeRequest },
        'change_requested',
        'meeting_change_requested',
        'citizen',
        false,
      ),
    );
  }

  async rate(citizen: CitizenPrincipal, id: string, input: RatingInputDto): Promise<MeetingDto> {
    const meeting = await this.ownMeeting(citizen, id);
    if (meeting.status !== 'held') throw new MeetingsException(MeetingsErrorCode.NotHeld);
    await this.meetings.update({ id: meeting.id }, { rating: input.score, ratingComment: input.comment || null });
    return this.citizenDto((await this.meetings.findOneBy({ id: meeting.id }))!);
  }

  async myMeetingIcs(citizen: CitizenPrincipal, id: string, language: Language): Promise<string> {
    const meeting = await this.ownMeeting(citizen, id);
    const [names, units] = await Promise.all([
      this.identity.staffNames([meeting.caseworkerId]),
      this.reference.unitNamesOf([meeting.municipalityCode]),
    ]);
    return buildCalendar(language === 'da' ? 'Jobsamtale' : 'Job meeting', [
      this.icsEvent(meeting, language, names, units),
    ]);
  }

  // ── staff side ──────────────────────────────────────────────────────────────

  /** The caseworker calls the citizen to a meeting (an invitation the citizen accepts or answers). */
  async invite(actor: StaffPrincipal, citizenId: string, input: InviteDto, purpose?: string): Promise<StaffMeetingDto> {
    const start = new Date(input.start);
    if (start.getTime() <= Date.now())
      throw PlatformException.validation([{ field: 'start', message: 'start must be in the future' }]);
    const end = new Date(start.getTime() + (input.durationMinutes ?? DEFAULT_MINUTES) * 60_000);
    let address: string | null = null;
    if (input.form === 'in_person') {
      address =
        input.address ??
        (
          await this.windows.findOne({
            where: { caseworkerId: actor.id, form: 'in_person' },
            order: { weekday: 'ASC' },
          })
        )?.address ??
        null;
      if (!address)
        throw new MeetingsException(
          MeetingsErrorCode.NoAddress,
          'Give an address, or add in-person availability with an address.',
        );
    }
    const meeting = await this.refuseOverlap(() =>
      this.dataSource.transaction(async (manager) => {
        const kase = await this.cases.authorize(
          actor,
          citizenId,
          { action: 'create', resource: 'meeting', purpose },
          manager,
        );
        assertCaseActive(kase);
        const contact = await this.cases.contactOf(kase.id, manager);
        const saved = await this.insertMeeting(manager, {
          citizenId: kase.id,
          caseworkerId: actor.id,
          municipalityCode: kase.municipalityCode,
          kind: input.kind ?? 'job_meeting',
          origin: 'caseworker',
          form: input.form,
          startsAt: start,
          endsAt: end,
          status: 'invited',
          topic: input.topic || null,
          formal: (input.kind ?? 'job_meeting') === 'visitation' || input.formal === true,
          ...this.placeOf(input.form, address, contact?.phone ?? null),
        });
        await this.announce(
          manager,
          saved,
          'invited',
          saved.kind === 'visitation' ? 'visitation_invited' : 'meeting_invited',
          'jobcentre',
        );
        return saved;
      }),
    );
    return (await this.staffDtos(actor, [meeting]))[0];
  }

  /** The caseworker's own calendar between two dates (each citizen shown is an audited read). */
  async calendar(actor: StaffPrincipal, query: CalendarQueryDto): Promise<StaffMeetingDto[]> {
    const today = inCopenhagen(new Date()).date;
    const { from, to } = this.range(query, addDays(today, 1 - isoWeekday(today)), 6);
    const rows = await this.meetings
      .createQueryBuilder('m')
      .where('m.caseworkerId = :id', { id: actor.id })
      .andWhere('m.startsAt >= :from AND m.startsAt < :to', {
        from: copenhagenToUtc(from, '00:00'),
        to: copenhagenToUtc(addDays(to, 1), '00:00'),
      })
      .orderBy('m.startsAt', 'ASC')
      .take(1000)
      .getMany();
    await this.auditList(actor, rows, 'meetings.calendar', 'calendar');
    return this.staffDtos(actor, rows);
  }

  async citizenMeetings(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<StaffMeetingDto[]> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'meetings', purpose });
    const rows = await this.meetings.find({ where: { citizenId: kase.id }, order: { startsAt: 'DESC' }, take: 500 });
    return this.staffDtos(actor, rows);
  }

  async staffMeeting(actor: StaffPrincipal, id: string, purpose?: string): Promise<StaffMeetingDto> {
    const meeting = await this.meetingInMunicipality(actor, id);
    await this.cases.authorize(actor, meeting.citizenId, {
      action: 'read',
      resource: 'meeting',
      purpose: purpose ?? this.participantPurpose(actor, meeting),
    });
    return (await this.staffDtos(actor, [meeting]))[0];
  }

  /** Staff move a meeting (any time, e.g. answering a change request); the database still refuses overlaps. */
  async staffReschedule(
    actor: StaffPrincipal,
    id: string,
    input: RescheduleDto,
    purpose?: string,
  ): Promise<StaffMeetingDto> {
    const meeting = await this.meetingInMunicipality(actor, id);
    await this.cases.authorize(actor, meeting.citizenId, {
      action: 'update',
      resource: 'meeting',
      purpose: purpose ?? this.participantPurpose(actor, meeting),
    });
    if (!UPCOMING_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
    const start = input.start ? new Date(input.start) : meeting.startsAt;
    if (input.start && start.getTime() <= Date.now())
      throw PlatformException.validation([{ field: 'start', message: 'start must be in the future' }]);
    const form = input.form ?? meeting.form;
    let address = meeting.address;
    if (form === 'in_person' && !address) {
      address =
        (
          await this.windows.findOne({
            where: { caseworkerId: meeting.caseworkerId, form: 'in_person' },
            order: { weekday: 'ASC' },
          })
        )?.address ?? null;
      if (!address) throw new MeetingsException(MeetingsErrorCode.NoAddress);
    }
    const contact = form === 'phone' ? await this.cases.contactOf(meeting.citizenId) : undefined;
    const changed = await this.applyChange(
      meeting,
      {
        startsAt: start,
        endsAt: new Date(start.getTime() + (meeting.endsAt.getTime() - meeting.startsAt.getTime())),
        form,
        ...this.placeOf(form, address, contact?.phone ?? null, meeting),
        status: meeting.status === 'booked' ? 'booked' : 'invited',
        changeRequest: null,
      },
      'rescheduled',
      'meeting_rescheduled',
      'jobcentre',
    );
    return (await this.staffDtos(actor, [changed]))[0];
  }

  async recordOutcome(
    actor: StaffPrincipal,
    id: string,
    input: OutcomeInputDto,
    purpose?: string,
  ): Promise<StaffMeetingDto> {
    const meeting = await this.meetingInMunicipality(actor, id);
    await this.cases.authorize(actor, meeting.citizenId, {
      action: 'update',
      resource: 'meeting',
      purpose: purpose ?? this.participantPurpose(actor, meeting),
    });
    if (input.outcome === 'cancelled_by_jobcentre') {
      if (!UPCOMING_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
    } else {
      if (CANCELLED_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
      // Held can be recorded on the meeting's day (straight after it); a no-show only once it has started.
      const notYet =
        input.outcome === 'no_show'
          ? meeting.startsAt.getTime() > Date.now()
          : inCopenhagen(meeting.startsAt).date > inCopenhagen(new Date()).date;
      if (notYet) throw new MeetingsException(MeetingsErrorCode.NotOver);
    }
    const notes = {
      ...(input.sharedSummary !== undefined ? { sharedSummary: input.sharedSummary || null } : {}),
      ...(input.internalNote !== undefined ? { internalNote: input.internalNote || null } : {}),
    };
    if (meeting.status === input.outcome) {
      await this.meetings.update({ id: meeting.id }, notes);
      return (await this.staffDtos(actor, [(await this.meetings.findOneBy({ id: meeting.id }))!]))[0];
    }
    const kinds = {
      held: ['held', 'meeting_held'],
      no_show: ['no_show', 'meeting_missed'],
      cancelled_by_jobcentre: ['cancelled', 'meeting_cancelled_by_jobcentre'],
    } as const;
    const [notice, timeline] = kinds[input.outcome];
    const changed = await this.applyChange(
      meeting,
      { status: input.outcome, outcomeAt: new Date(), outcomeBy: actor.id, ...notes },
      notice,
      timeline,
      'jobcentre',
    );
    return (await this.staffDtos(actor, [changed]))[0];
  }

  async updateNotes(
    actor: StaffPrincipal,
    id: string,
    input: NotesInputDto,
    purpose?: string,
  ): Promise<StaffMeetingDto> {
    const meeting = await this.meetingInMunicipality(actor, id);
    await this.cases.authorize(actor, meeting.citizenId, {
      action: 'update',
      resource: 'meeting',
      purpose: purpose ?? this.participantPurpose(actor, meeting),
    });
    const notes = {
      ...(input.sharedSummary !== undefined ? { sharedSummary: input.sharedSummary || null } : {}),
      ...(input.internalNote !== undefined ? { internalNote: input.internalNote || null } : {}),
    };
    if (Object.keys(notes).length) await this.meetings.update({ id: meeting.id }, notes);
    return (await this.staffDtos(actor, [(await this.meetings.findOneBy({ id: meeting.id }))!]))[0];
  }

  async availability(actor: StaffPrincipal): Promise<AvailabilityDto> {
    const today = inCopenhagen(new Date()).date;
    const [windows, blocks] = await Promise.all([
      this.windows.find({
        where: { caseworkerId: actor.id },
        order: { weekday: 'ASC', startTime: 'ASC', form: 'ASC' },
      }),
      this.blocks
        .createQueryBuilder('b')
        .where('b.caseworkerId = :id AND b.date >= :today', { id: actor.id, today })
        .orderBy('b.date')
        .addOrderBy('b.startTime')
        .getMany(),
    ]);
    return {
      windows: windows.map((w) => ({
        weekday: w.weekday,
        startTime: w.startTime,
        endTime: w.endTime,
        form: w.form,
        slotMinutes: w.slotMinutes,
        address: w.address,
      })),
      blocks: blocks.map((b) => ({ date: b.date, startTime: b.startTime, endTime: b.endTime, reason: b.reason })),
    };
  }

  /** Replaces the caseworker's weekly windows and upcoming blocks (meetings already made stay). */
  async setAvailability(actor: StaffPrincipal, input: AvailabilityDto): Promise<AvailabilityDto> {
    const errors: Array<{ field: string; message: string }> = [];
    input.windows.forEach((w, i) => {
      if (w.endTime <= w.startTime)
        errors.push({ field: `windows.${i}.endTime`, message: 'endTime must be after startTime' });
      if (w.form === 'in_person' && !w.address)
        errors.push({ field: `windows.${i}.address`, message: 'address is required for in_person availability' });
    });
    input.blocks.forEach((b, i) => {
      if (!!b.startTime !== !!b.endTime)
        errors.push({
          field: `blocks.${i}.endTime`,
          message: 'give both startTime and endTime, or neither for the whole day',
        });
      else if (b.startTime && b.endTime! <= b.startTime)
        errors.push({ field: `blocks.${i}.endTime`, message: 'endTime must be after startTime' });
    });
    if (errors.length) throw PlatformException.validation(errors);
    const today = inCopenhagen(new Date()).date;
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(AvailabilityWindowEntity, { caseworkerId: actor.id });
      await manager
        .createQueryBuilder()
        .delete()
        .from(AvailabilityBlockEntity)
        .where('caseworker_id = :id AND date >= :today', { id: actor.id, today })
        .execute();
      if (input.windows.length) {
        await manager.insert(
          AvailabilityWindowEntity,
          input.windows.map((w) => ({
            caseworkerId: actor.id,
            municipalityCode: actor.municipalityCode,
            weekday: w.weekday,
            startTime: w.startTime,
            endTime: w.endTime,
            form: w.form,
            slotMinutes: w.slotMinutes,
            address: w.form === 'in_person' ? (w.address ?? null) : null,
          })),
        );
      }
      if (input.blocks.length) {
        await manager.insert(
          AvailabilityBlockEntity,
          input.blocks.map((b) => ({
            caseworkerId: actor.id,
            date: b.date,
            startTime: b.startTime ?? null,
            endTime: b.endTime ?? null,
            reason: b.reason ?? null,
          })),
        );
      }
    });
    return this.availability(actor);
  }

  // ── calendar feeds ──────────────────────────────────────────────────────────

  /** A new secret feed address for the citizen or caseworker; the previous one stops working. */
  async createFeed(owner: { kind: 'citizen' | 'staff'; id: string }): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.feeds.upsert(
      { ownerId: owner.id, ownerKind: owner.kind, tokenHash: sha256(token), createdAt: new Date() },
      ['ownerId'],
    );
    return `${this.config.publicUrl}/api/v1/calendar-feeds/${token}.ics`;
  }

  /** The feed: meetings from 30 days back and ahead. No names or personal details leave in it. */
  async feed(token: string, language: Language): Promise<string> {
    const feed = /^[A-Za-z0-9_-]{43}$/.test(token) ? await this.feeds.findOneBy({ tokenHash: sha256(token) }) : null;
    if (!feed) throw new MeetingsException(MeetingsErrorCode.FeedNotFound);
    const rows = await this.meetings
      .createQueryBuilder('m')
      .where(feed.ownerKind === 'citizen' ? 'm.citizenId = :id' : 'm.caseworkerId = :id', { id: feed.ownerId })
      .andWhere('m.startsAt >= :since', { since: new Date(Date.now() - 30 * 86_400_000) })
      .orderBy('m.startsAt')
      .take(2000)
      .getMany();
    const names =
      feed.ownerKind === 'citizen'
        ? await this.identity.staffNames([...new Set(rows.map((r) => r.caseworkerId))])
        : new Map<string, string>();
    const since = new Date(Date.now() - 30 * 86_400_000);
    const more = (
      await Promise.all(
        this.feedSources.map((source) => source({ kind: feed.ownerKind, id: feed.ownerId }, since, language)),
      )
    ).flat();
    const units = await this.reference.unitNamesOf(rows.map((r) => r.municipalityCode));
    const events = [...rows.map((m) => this.icsEvent(m, language, names, units)), ...more].sort(
      (a, b) => a.start.getTime() - b.start.getTime(),
    );
    return buildCalendar(language === 'da' ? 'Jobunivers – jobsamtaler' : 'Jobunivers – job meetings', events);
  }

  // ── reminders ───────────────────────────────────────────────────────────────

  /**
   * Writes the reminders now due (24 h and 1 h before) and announces them. Idempotent: a reminder
   * is unique per meeting, kind and sequence (a moved meeting gets new ones), so repeated or
   * concurrent runs, restarts and retries never send one twice. Runs every minute on the job queue.
   */
  async sendDueReminders(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
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
      );
      if (rows.length === 0) return 0;
      const notices = await manager.findBy(MeetingNoticeEntity, { id: In(rows.map((r) => r.id)) });
      for (const notice of notices) await this.dispatch(manager, notice, 'system');
      return notices.length;
    });
  }

  // ── for other modules ───────────────────────────────────────────────────────

  /** How many meetings the citizen did not turn up to (screening indicator). */
  missedMeetings(citizenId: string, manager?: EntityManager): Promise<number> {
    return (manager?.getRepository(MeetingEntity) ?? this.meetings).countBy({ citizenId, status: 'no_show' });
  }

  /**
   * The meetings that count for the contact rules, per citizen: held ones and those still to come
   * (invited, booked, change requested), with their Copenhagen date. No-shows and cancelled meetings
   * are left out — they meet no requirement.
   */
  async contactMeetings(
    citizenIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, Array<{ id: string; date: string; state: 'held' | 'upcoming' }>>> {
    const result = new Map<string, Array<{ id: string; date: string; state: 'held' | 'upcoming' }>>();
    if (citizenIds.length === 0) return result;
    const rows: Array<{ id: string; citizen_id: string; date: string; status: string }> = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT id, citizen_id, to_char(starts_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS date, status FROM meetings.meeting
        WHERE citizen_id = ANY($1::uuid[]) AND (status = 'held' OR status = ANY($2::text[])) ORDER BY starts_at, id`,
      [[...new Set(citizenIds)], UPCOMING_STATUSES],
    );
    for (const r of rows) {
      const list = result.get(r.citizen_id) ?? [];
      list.push({ id: r.id, date: r.date, state: r.status === 'held' ? 'held' : 'upcoming' });
      result.set(r.citizen_id, list);
    }
    return result;
  }

  /** Start of each citizen's next upcoming meeting. */
  async nextMeetings(citizenIds: string[]): Promise<Map<string, Date>> {
    if (citizenIds.length === 0) return new Map();
    const rows: Array<{ citizen_id: string; starts_at: Date }> = await this.meetings.query(
      `SELECT citizen_id, min(starts_at) AS starts_at FROM meetings.meeting
        WHERE citizen_id = ANY($1::uuid[]) AND status = ANY($2::text[]) AND starts_at > now() GROUP BY citizen_id`,
      [citizenIds, UPCOMING_STATUSES],
    );
    return new Map(rows.map((r) => [r.citizen_id, r.starts_at]));
  }

  // ── internals ───────────────────────────────────────────────────────────────

  /**
   * Every newly registered citizen is invited to visitation by their caseworker at the first free
   * slot before the legal deadline in a form they prefer. Runs inside the registration transaction;
   * a slot taken meanwhile is skipped (savepoint). No free slot: the visitation item on the
   * screening queue stays for the caseworker to book by hand.
   */
  private async inviteToVisitation(
    { citizen, preferredMeetingForms }: CitizenRegisteredEvent,
    manager: EntityManager,
  ): Promise<RegistrationNextSteps> {
    if (!citizen.assignedCaseworkerId) return {};
    const today = inCopenhagen(citizen.registeredAt).date;
    const deadline = visitationDeadline(citizen);
    const forms: MeetingForm[] = preferredMeetingForms.length ? preferredMeetingForms : ['in_person', 'video', 'phone'];
    const candidates = (
      await this.slotsOf([citizen.assignedCaseworkerId], today, deadline, undefined, [], manager)
    ).filter((s) => forms.includes(s.form));
    // Earliest first; at the same time, the citizen's preferred form first.
    candidates.sort((a, b) => a.start.getTime() - b.start.getTime() || forms.indexOf(a.form) - forms.indexOf(b.form));
    const contact = await this.cases.contactOf(citizen.id, manager);
    for (const slot of candidates.slice(0, 10)) {
      await manager.query('SAVEPOINT visitation_invite');
      try {
        const saved = await this.insertMeeting(manager, {
          citizenId: citizen.id,
          caseworkerId: slot.caseworkerId,
          municipalityCode: citizen.municipalityCode,
          kind: 'visitation',
          origin: 'system',
          form: slot.form,
          startsAt: slot.start,
          endsAt: slot.end,
          status: 'invited',
          topic: null,
          formal: true,
          ...this.placeOf(slot.form, slot.address, contact?.phone ?? null),
        });
        await manager.query('RELEASE SAVEPOINT visitation_invite');
        await this.announce(manager, saved, 'invited', 'visitation_invited', 'jobcentre');
        // The notification goes out in the app and, by the citizen's default choices for meetings, by e-mail.
        return {
          visitationInvitation: {
            meetingId: saved.id,
            sentAt: saved.scheduledAt,
            startsAt: saved.startsAt,
            form: saved.form,
            channels: contact?.email ? ['in_app', 'email'] : ['in_app'],
          },
        };
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT visitation_invite');
        // Taken by a concurrent registration (an overlap, or the deadlock two simultaneous inserts make): try the next slot.
        if (!overlapConstraint(error) && !isDeadlock(error)) throw error;
      }
    }
    return {};
  }

  /** A new meeting: version 0, scheduled now, nothing recorded yet. */
  private insertMeeting(
    manager: EntityManager,
    fields: Pick<
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
      Partial<Pick<MeetingEntity, 'formal'>>,
  ): Promise<MeetingEntity> {
    return manager.save(
      manager.create(MeetingEntity, {
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
      }),
    );
  }

  private placeOf(
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
   * and timeline entry in the same transaction.
   */
  private async applyChange(
    meeting: MeetingEntity,
    changes: Partial<MeetingEntity>,
    notice: NoticeKind,
    timelineKind: keyof MeetingsCaseEvents,
    by: MeetingEvent['by'],
    bumpSequence = true,
  ): Promise<MeetingEntity> {
    return this.refuseOverlap(() =>
      this.dataSource.transaction(async (manager) => {
        const scheduleChanged = changes.startsAt !== undefined || changes.form !== undefined;
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
  }

  /** The notice (outbox row, once per meeting/kind/sequence), the listeners and the citizen's timeline. */
  private async announce(
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

  private async dispatch(
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
    for (const handler of this.handlers) await handler(event, manager);
  }

  /**
   * Runs a write; an overlap refused by the database becomes a 409 problem. Two transactions that
   * insert overlapping meetings at the same instant each wait for the other's exclusion check —
   * PostgreSQL breaks that deadlock by aborting one; that one is simply run again (and then sees
   * the committed winner as an overlap).
   */
  private async refuseOverlap<T>(write: () => Promise<T>): Promise<T> {
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

  private async ownMeeting(citizen: CitizenPrincipal, id: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findOneBy({ id, citizenId: citizen.id });
    if (!meeting) throw new MeetingsException(MeetingsErrorCode.MeetingNotFound);
    return meeting;
  }

  private cutoff(meeting: MeetingEntity): Date {
    return new Date(meeting.startsAt.getTime() - this.config.meetings.changeCutoffHours * 3_600_000);
  }

  private async changeableByCitizen(citizen: CitizenPrincipal, id: string): Promise<MeetingEntity> {
    const meeting = await this.ownMeeting(citizen, id);
    if (!UPCOMING_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
    if (Date.now() > this.cutoff(meeting).getTime()) {
      throw new MeetingsException(
        MeetingsErrorCode.PastCutoff,
        `Meetings can be changed or cancelled here until ${this.config.meetings.changeCutoffHours} hours before they start; contact the jobcentre.`,
      );
    }
    return meeting;
  }

  private async meetingInMunicipality(actor: StaffPrincipal, id: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!meeting) throw new MeetingsException(MeetingsErrorCode.MeetingNotFound);
    return meeting;
  }

  /** The caseworker who holds the meeting needs no further purpose to open it. */
  private participantPurpose(actor: StaffPrincipal, meeting: MeetingEntity): string | undefined {
    return meeting.caseworkerId === actor.id ? 'meeting' : undefined;
  }

  private async auditList(
    actor: StaffPrincipal,
    rows: MeetingEntity[],
    resource: string,
    purpose: string,
  ): Promise<void> {
    await this.audit.recordMany(
      { kind: 'staff', id: actor.id, name: actor.name, municipalityCode: actor.municipalityCode },
      [...new Set(rows.map((r) => r.citizenId))].map((citizenId) => ({
        citizenId,
        action: 'read' as const,
        resource,
        resourceId: citizenId,
        purpose,
      })),
    );
  }

  private async citizenDtos(rows: MeetingEntity[]): Promise<MeetingDto[]> {
    const citizenId = rows.find((r) => r.kind === 'visitation')?.citizenId;
    const [names, kase] = await Promise.all([
      this.identity.staffNames([...new Set(rows.map((r) => r.caseworkerId))]),
      citizenId ? this.cases.caseOf(citizenId) : undefined,
    ]);
    return rows.map((m) => this.toDto(m, names, kase));
  }

  /**
   * The latest day a visitation meeting may be moved to: its legal deadline, or its current day when it
   * already lies later (invited late, no earlier slot): moving never makes it later than it is. Other
   * meetings: no limit (null).
   */
  private async moveByOf(meeting: MeetingEntity): Promise<string | null> {
    return meeting.kind === 'visitation' ? moveBy(meeting, await this.cases.caseOf(meeting.citizenId)) : null;
  }

  private async citizenDto(meeting: MeetingEntity): Promise<MeetingDto> {
    return (await this.citizenDtos([meeting]))[0];
  }

  private async staffDtos(actor: StaffPrincipal, rows: MeetingEntity[]): Promise<StaffMeetingDto[]> {
    const [names, cases] = await Promise.all([
      this.identity.staffNames([...new Set(rows.map((r) => r.caseworkerId))]),
      this.cases.casesOf(actor.municipalityCode, [...new Set(rows.map((r) => r.citizenId))]),
    ]);
    return rows.map((m) => ({
      ...this.toDto(m, names, cases.get(m.citizenId)),
      citizenId: m.citizenId,
      citizenName: cases.get(m.citizenId)?.name ?? '',
      internalNote: m.internalNote,
      formal: m.formal,
    }));
  }

  private toDto(m: MeetingEntity, names: Map<string, string>, kase: CitizenCase | undefined): MeetingDto {
    const cutoff = this.cutoff(m);
    const changeable = UPCOMING_STATUSES.includes(m.status) && Date.now() <= cutoff.getTime();
    return {
      id: m.id,
      kind: m.kind,
      origin: m.origin,
      form: m.form,
      start: m.startsAt.toISOString(),
      end: m.endsAt.toISOString(),
      status: m.status,
      topic: m.topic,
      caseworkerId: m.caseworkerId,
      caseworkerName: names.get(m.caseworkerId) ?? '',
      address: m.address,
      phoneNumber: m.phoneNumber,
      videoUrl: m.videoUrl,
      changeRequest: m.changeRequest,
      cancelReason: m.cancelReason,
      sharedSummary: m.sharedSummary,
      rating: m.rating === null ? null : { score: m.rating, comment: m.ratingComment },
      sequence: m.sequence,
      changeable,
      changeableUntil: cutoff.toISOString(),
      mustAttend: isCallIn(m),
      cancellable: changeable && !isCallIn(m),
      moveBy: m.kind === 'visitation' ? moveBy(m, kase) : null,
    };
  }

  /** The meeting as a calendar event, named for the municipality's unit (its unit name, not a fixed "jobcentret"). */
  private icsEvent(
    m: MeetingEntity,
    language: Language,
    caseworkerNames: Map<string, string>,
    unitNames: Map<string, string>,
  ): IcsEvent {
    const da = language === 'da';
    const unit = unitNames.get(m.municipalityCode) ?? (da ? 'kommunen' : 'the municipality');
    const what =
      m.kind === 'visitation'
        ? da
          ? `Visitationssamtale med ${unit}`
          : `Visitation meeting with ${unit}`
        : da
          ? `Jobsamtale med ${unit}`
          : `Job meeting with ${unit}`;
    const form = FORM_WORDS[language][m.form];
    const caseworker = caseworkerNames.get(m.caseworkerId);
    const lines = [
      ...(caseworker ? [da ? `Med ${caseworker}` : `With ${caseworker}`] : []),
      m.form === 'phone' ? (da ? `${unit} ringer til dig.` : `${unit} will call you.`) : '',
      m.form === 'video' && m.videoUrl ? (da ? `Deltag: ${m.videoUrl}` : `Join: ${m.videoUrl}`) : '',
      `${this.config.citizenAppUrl}/samtaler/${m.id}`,
    ].filter(Boolean);
    return {
      uid: `${m.id}@jobunivers`,
      sequence: m.sequence,
      start: m.startsAt,
      end: m.endsAt,
      stamp: m.updatedAt,
      status: CANCELLED_STATUSES.includes(m.status)
        ? 'CANCELLED'
        : m.status === 'invited' || m.status === 'change_requested'
          ? 'TENTATIVE'
          : 'CONFIRMED',
      summary: `${what} (${form})`,
      description: lines.join('\n'),
      location: m.form === 'in_person' ? m.address : m.form === 'video' ? m.videoUrl : null,
      url: m.form === 'video' ? m.videoUrl : null,
      organizer: { name: unit, email: mailAddressOf(this.config.notifications.mailFrom) },
    };
  }
}

const sha256 = (token: string): Buffer => createHash('sha256').update(token).digest();

/** deadlock_detected: two simultaneous exclusion checks waiting on each other. */
const isDeadlock = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '40P01';

function overlapConstraint(error: unknown): keyof typeof OVERLAP | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23P01' && driverError.constraint && driverError.constraint in OVERLAP
    ? (driverError.constraint as keyof typeof OVERLAP)
    : undefined;
}
