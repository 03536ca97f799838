import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertCaseActive, CitizenCasesService } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, Repository } from 'typeorm';
import { addDays, copenhagenToUtc, inCopenhagen, isoWeekday } from '@jobunivers/api/time';
import type {
  CalendarQueryDto,
  InviteDto,
  NotesInputDto,
  OutcomeInputDto,
  RescheduleDto,
  StaffMeetingDto,
} from './dto/meetings.dto';
import { CANCELLED_STATUSES, MeetingEntity, UPCOMING_STATUSES } from './entities/meeting.entity';
import { AvailabilityService, dateRange } from './availability.service';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingWriterService } from './meeting-writer.service';
import { MeetingsErrorCode, MeetingsException } from './meetings.errors';

const DEFAULT_MINUTES = 30;

/**
 * The caseworker's side of meetings: the calendar, calling a citizen in, moving a meeting, recording the outcome and
 * the notes. Each citizen shown is an audited read, under the purpose given (or as the meeting's own caseworker).
 */
@Injectable()
export class StaffMeetingsService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly availability: AvailabilityService,
    private readonly views: MeetingViewsService,
    private readonly writer: MeetingWriterService,
    private readonly cases: CitizenCasesService,
    private readonly dataSource: DataSource,
  ) {}

  /** The caseworker calls the citizen to a meeting (an invitation the citizen accepts or answers). */
  async invite(actor: StaffPrincipal, citizenId: string, input: InviteDto, purpose?: string): Promise<StaffMeetingDto> {
    const start = new Date(input.start);
    if (start.getTime() <= Date.now())
      throw PlatformException.validation([{ field: 'start', message: 'start must be in the future' }]);
    const end = new Date(start.getTime() + (input.durationMinutes ?? DEFAULT_MINUTES) * 60_000);
    let address: string | null = null;
    if (input.form === 'in_person') {
      address = input.address ?? (await this.availability.inPersonAddress(actor.id));
      if (!address)
        throw new MeetingsException(
          MeetingsErrorCode.NoAddress,
          'Give an address, or add in-person availability with an address.',
        );
    }
    const meeting = await this.writer.refuseOverlap(() =>
      this.dataSource.transaction(async (manager) => {
        const kase = await this.cases.authorize(
          actor,
          citizenId,
          { action: 'create', resource: 'meeting', purpose },
          manager,
        );
        assertCaseActive(kase);
        const contact = await this.cases.contactOf(kase.id, manager);
        const saved = await this.writer.insert(manager, {
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
          ...this.writer.placeOf(input.form, address, contact?.phone ?? null),
        });
        await this.writer.announce(
          manager,
          saved,
          'invited',
          saved.kind === 'visitation' ? 'visitation_invited' : 'meeting_invited',
          'jobcentre',
        );
        return saved;
      }),
    );
    return this.views.staffDto(actor, meeting);
  }

  /** The caseworker's own calendar between two dates (each citizen shown is an audited read). */
  async calendar(actor: StaffPrincipal, query: CalendarQueryDto): Promise<StaffMeetingDto[]> {
    const today = inCopenhagen(new Date()).date;
    const { from, to } = dateRange(query, addDays(today, 1 - isoWeekday(today)), 6);
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
    await this.views.auditList(actor, rows, 'meetings.calendar', 'calendar');
    return this.views.staffDtos(actor, rows);
  }

  async citizenMeetings(actor: StaffPrincipal, citizenId: string, purpose?: string): Promise<StaffMeetingDto[]> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'meetings', purpose });
    const rows = await this.meetings.find({ where: { citizenId: kase.id }, order: { startsAt: 'DESC' }, take: 500 });
    return this.views.staffDtos(actor, rows);
  }

  async staffMeeting(actor: StaffPrincipal, id: string, purpose?: string): Promise<StaffMeetingDto> {
    const meeting = await this.authorized(actor, id, 'read', purpose);
    return this.views.staffDto(actor, meeting);
  }

  /** Staff move a meeting (any time, e.g. answering a change request); the database still refuses overlaps. */
  async staffReschedule(
    actor: StaffPrincipal,
    id: string,
    input: RescheduleDto,
    purpose?: string,
  ): Promise<StaffMeetingDto> {
    const meeting = await this.authorized(actor, id, 'update', purpose);
    if (!UPCOMING_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
    const start = input.start ? new Date(input.start) : meeting.startsAt;
    if (input.start && start.getTime() <= Date.now())
      throw PlatformException.validation([{ field: 'start', message: 'start must be in the future' }]);
    const form = input.form ?? meeting.form;
    let address = meeting.address;
    if (form === 'in_person' && !address) {
      address = await this.availability.inPersonAddress(meeting.caseworkerId);
      if (!address) throw new MeetingsException(MeetingsErrorCode.NoAddress);
    }
    const contact = form === 'phone' ? await this.cases.contactOf(meeting.citizenId) : undefined;
    const changed = await this.writer.applyChange(
      meeting,
      {
        startsAt: start,
        endsAt: new Date(start.getTime() + (meeting.endsAt.getTime() - meeting.startsAt.getTime())),
        form,
        ...this.writer.placeOf(form, address, contact?.phone ?? null, meeting),
        status: meeting.status === 'booked' ? 'booked' : 'invited',
        changeRequest: null,
      },
      'rescheduled',
      'meeting_rescheduled',
      'jobcentre',
    );
    return this.views.staffDto(actor, changed);
  }

  async recordOutcome(
    actor: StaffPrincipal,
    id: string,
    input: OutcomeInputDto,
    purpose?: string,
  ): Promise<StaffMeetingDto> {
    const meeting = await this.authorized(actor, id, 'update', purpose);
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
    const notes = notesOf(input);
    if (meeting.status === input.outcome) {
      await this.meetings.update({ id: meeting.id }, notes);
      return this.views.staffDto(actor, (await this.meetings.findOneBy({ id: meeting.id }))!);
    }
    const kinds = {
      held: ['held', 'meeting_held'],
      no_show: ['no_show', 'meeting_missed'],
      cancelled_by_jobcentre: ['cancelled', 'meeting_cancelled_by_jobcentre'],
    } as const;
    const [notice, timeline] = kinds[input.outcome];
    const changed = await this.writer.applyChange(
      meeting,
      { status: input.outcome, outcomeAt: new Date(), outcomeBy: actor.id, ...notes },
      notice,
      timeline,
      'jobcentre',
    );
    return this.views.staffDto(actor, changed);
  }

  async updateNotes(
    actor: StaffPrincipal,
    id: string,
    input: NotesInputDto,
    purpose?: string,
  ): Promise<StaffMeetingDto> {
    const meeting = await this.authorized(actor, id, 'update', purpose);
    const notes = notesOf(input);
    if (Object.keys(notes).length) await this.meetings.update({ id: meeting.id }, notes);
    return this.views.staffDto(actor, (await this.meetings.findOneBy({ id: meeting.id }))!);
  }

  /** A meeting of the caseworker's municipality, its citizen's case opened under the purpose (audited). */
  private async authorized(
    actor: StaffPrincipal,
    id: string,
    action: 'read' | 'update',
    purpose?: string,
  ): Promise<MeetingEntity> {
    const meeting = await this.views.meetingInMunicipality(actor, id);
    await this.cases.authorize(actor, meeting.citizenId, {
      action,
      resource: 'meeting',
      purpose: purpose ?? this.views.participantPurpose(actor, meeting),
    });
    return meeting;
  }
}

/** The notes given in the input (an empty text clears one; one left out stays as it is). */
function notesOf(input: NotesInputDto): Pick<Partial<MeetingEntity>, 'sharedSummary' | 'internalNote'> {
  return {
    ...(input.sharedSummary !== undefined ? { sharedSummary: input.sharedSummary || null } : {}),
    ...(input.internalNote !== undefined ? { internalNote: input.internalNote || null } : {}),
  };
}
