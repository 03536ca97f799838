import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CitizenCase, CitizenCasesService } from '@jobunivers/api/citizens';
import type { CitizenPrincipal } from '@jobunivers/api/identity';
import { DataSource, Repository } from 'typeorm';
import { inCopenhagen } from '@jobunivers/api/time';
import type {
  BookMeetingDto,
  ChangeRequestInputDto,
  MeetingDto,
  RatingInputDto,
  RescheduleDto,
} from './dto/meetings.dto';
import { CANCELLED_STATUSES, MeetingEntity, UPCOMING_STATUSES } from './entities/meeting.entity';
import { AvailabilityService } from './availability.service';
import { MeetingViewsService, isCallIn } from './meeting-views.service';
import { MeetingWriterService } from './meeting-writer.service';
import { MeetingsErrorCode, MeetingsException } from './meetings.errors';
import { MeetingsRepository } from './meetings.repository';
import { SlotFlights } from './slot-flights';

/**
 * The citizen's side of meetings: book a free slot, see their meetings, move, cancel (not a call-in), accept an
 * invitation, ask for a change, rate a held meeting.
 */
@Injectable()
export class MeetingBookingService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly availability: AvailabilityService,
    private readonly views: MeetingViewsService,
    private readonly writer: MeetingWriterService,
    private readonly cases: CitizenCasesService,
    private readonly dataSource: DataSource,
    private readonly repository: MeetingsRepository,
    private readonly flights: SlotFlights,
  ) {}

  async book(citizen: CitizenPrincipal, input: BookMeetingDto): Promise<MeetingDto> {
    const start = new Date(input.start);
    // The losers of a burst: a slot of the citizen's jobcentre (caseworkers cached) that this process has just booked
    // or is booking now is refused before any statement — even before the case is read.
    if (
      input.caseworkerId &&
      (await this.availability.isCaseworker(citizen.municipalityCode, input.caseworkerId)) &&
      (await this.flights.taken(input.caseworkerId, start))
    )
      throw new MeetingsException(MeetingsErrorCode.SlotTaken);
    const kase = await this.cases.activeCase(citizen.id);
    const caseworkerId = input.caseworkerId ?? kase.assignedCaseworkerId;
    if (!caseworkerId || !(await this.availability.isCaseworker(kase.municipalityCode, caseworkerId)))
      throw new MeetingsException(MeetingsErrorCode.UnknownCaseworker);
    // Attempts at one slot that arrive together: one goes on, the others wait for its outcome (see SlotFlights).
    const meeting = await this.flights.run(
      caseworkerId,
      start,
      () => this.bookSlot(kase, caseworkerId, start, input),
      () => new MeetingsException(MeetingsErrorCode.SlotTaken),
    );
    return this.views.citizenDto(meeting);
  }

  /**
   * Books the caseworker's slot at `start` if it is one and free: refused early by one read when a meeting holds it,
   * else by the slot's claim (the transaction's first statement) when a simultaneous booking got there first.
   */
  private async bookSlot(
    kase: CitizenCase,
    caseworkerId: string,
    start: Date,
    input: BookMeetingDto,
  ): Promise<MeetingEntity> {
    const { slot, taken } = await this.availability.slotAt(caseworkerId, input.form, start);
    if (!slot)
      throw new MeetingsException(MeetingsErrorCode.NotASlot, 'Choose one of the free times from /me/meeting-slots.');
    if (taken) throw new MeetingsException(MeetingsErrorCode.SlotTaken);
    const contact = input.form === 'phone' ? await this.cases.contactOf(kase.id) : undefined;
    return this.writer.refuseOverlap(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await this.writer.insert(manager, {
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
          ...this.writer.placeOf(input.form, slot.address, contact?.phone ?? null),
        });
        await this.writer.announce(manager, saved, 'booked', 'meeting_booked', 'citizen');
        return saved;
      }),
    );
  }

  async myMeetings(citizen: CitizenPrincipal): Promise<MeetingDto[]> {
    const rows = await this.repository.citizenMeetings(citizen.id, 500);
    const now = Date.now();
    const upcoming = rows.filter((m) => m.endsAt.getTime() > now && !CANCELLED_STATUSES.includes(m.status)).reverse();
    const past = rows.filter((m) => !upcoming.includes(m));
    return this.views.citizenDtos([...upcoming, ...past]);
  }

  async myMeeting(citizen: CitizenPrincipal, id: string): Promise<MeetingDto> {
    return this.views.citizenDto(await this.views.ownMeeting(citizen, id));
  }

  async reschedule(citizen: CitizenPrincipal, id: string, input: RescheduleDto): Promise<MeetingDto> {
    const meeting = await this.views.changeableByCitizen(citizen, id);
    const start = input.start ? new Date(input.start) : meeting.startsAt;
    const form = input.form ?? meeting.form;
    if (start.getTime() === meeting.startsAt.getTime() && form === meeting.form) return this.views.citizenDto(meeting);
    const moveBy = await this.views.moveByOf(meeting);
    if (moveBy && inCopenhagen(start).date > moveBy)
      throw new MeetingsException(
        MeetingsErrorCode.AfterDeadline,
        `Choose a time on or before ${moveBy}, or ask the jobcentre to change the meeting.`,
      );
    const { slot, taken } = await this.availability.slotAt(meeting.caseworkerId, form, start, meeting.id);
    if (!slot)
      throw new MeetingsException(MeetingsErrorCode.NotASlot, 'Choose one of the free times from /me/meeting-slots.');
    if (taken) throw new MeetingsException(MeetingsErrorCode.SlotTaken);
    const contact = form === 'phone' ? await this.cases.contactOf(citizen.id) : undefined;
    const changed = await this.writer.applyChange(
      meeting,
      {
        startsAt: slot.start,
        endsAt: slot.end,
        form,
        ...this.writer.placeOf(form, slot.address, contact?.phone ?? null, meeting),
        status: 'booked',
        changeRequest: null,
      },
      'rescheduled',
      'meeting_rescheduled',
      'citizen',
    );
    return this.views.citizenDto(changed);
  }

  async cancel(citizen: CitizenPrincipal, id: string, reason: string): Promise<MeetingDto> {
    if (isCallIn(await this.views.ownMeeting(citizen, id)))
      throw new MeetingsException(
        MeetingsErrorCode.AttendanceRequired,
        'The jobcentre called you to this meeting and you have a duty to attend. Move it to another time or ask the jobcentre to change it.',
      );
    const meeting = await this.views.changeableByCitizen(citizen, id);
    return this.views.citizenDto(
      await this.writer.applyChange(
        meeting,
        { status: 'cancelled', cancelReason: reason },
        'cancelled',
        'meeting_cancelled',
        'citizen',
      ),
    );
  }

  async accept(citizen: CitizenPrincipal, id: string): Promise<MeetingDto> {
    const meeting = await this.views.ownMeeting(citizen, id);
    if (meeting.status !== 'invited') throw new MeetingsException(MeetingsErrorCode.NotInvited);
    return this.views.citizenDto(
      await this.writer.applyChange(meeting, { status: 'booked' }, 'accepted', 'meeting_accepted', 'citizen'),
    );
  }

  /** The citizen asks for another form or time; the caseworker answers by rescheduling. */
  async requestChange(citizen: CitizenPrincipal, id: string, input: ChangeRequestInputDto): Promise<MeetingDto> {
    const meeting = await this.views.ownMeeting(citizen, id);
    if (!UPCOMING_STATUSES.includes(meeting.status)) throw new MeetingsException(MeetingsErrorCode.NotChangeable);
    const changeRequest = {
      ...(input.form ? { form: input.form } : {}),
      ...(input.start ? { start: new Date(input.start).toISOString() } : {}),
      message: input.message,
      requestedAt: new Date().toISOString(),
    };
    return this.views.citizenDto(
      await this.writer.applyChange(
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
    const meeting = await this.views.ownMeeting(citizen, id);
    if (meeting.status !== 'held') throw new MeetingsException(MeetingsErrorCode.NotHeld);
    await this.meetings.update({ id: meeting.id }, { rating: input.score, ratingComment: input.comment || null });
    return this.views.citizenDto((await this.meetings.findOneBy({ id: meeting.id }))!);
  }
}
