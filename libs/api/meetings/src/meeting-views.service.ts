import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { CitizenCasesService, type CitizenCase, visitationDeadline } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { IdentityService, type CitizenPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { Repository } from 'typeorm';
import { inCopenhagen } from '@jobunivers/api/time';
import type { MeetingDto, StaffMeetingDto } from './dto/meetings.dto';
import { MeetingEntity, UPCOMING_STATUSES } from './entities/meeting.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.errors';
import type { MeetingView } from './meetings.repository';

/** A formal call-in (the visitation, or an invitation from the caseworker): the citizen has a duty to attend and cannot cancel it. */
export const isCallIn = (m: Pick<MeetingEntity, 'kind' | 'origin'>): boolean =>
  m.kind === 'visitation' || m.origin !== 'citizen';

/** See {@link MeetingViewsService.moveByOf}: the legal deadline, or the meeting's own day when that is later. */
function moveBy(m: MeetingView, kase: CitizenCase | undefined): string | null {
  if (!kase) return null;
  const deadline = visitationDeadline(kase);
  const day = inCopenhagen(m.startsAt).date;
  return day > deadline ? day : deadline;
}

/**
 * Finding a meeting the caller may see (the citizen's own, or one in the caseworker's municipality), the rules of what
 * a citizen may still change, and the meeting as the citizen and as staff see it.
 */
@Injectable()
export class MeetingViewsService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async ownMeeting(citizen: CitizenPrincipal, id: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findOneBy({ id, citizenId: citizen.id });
    if (!meeting) throw new MeetingsException(MeetingsErrorCode.MeetingNotFound);
    return meeting;
  }

  /** Until when the citizen may change or cancel the meeting here. */
  cutoff(meeting: Pick<MeetingEntity, 'startsAt'>): Date {
    return new Date(meeting.startsAt.getTime() - this.config.meetings.changeCutoffHours * 3_600_000);
  }

  async changeableByCitizen(citizen: CitizenPrincipal, id: string): Promise<MeetingEntity> {
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

  async meetingInMunicipality(actor: StaffPrincipal, id: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!meeting) throw new MeetingsException(MeetingsErrorCode.MeetingNotFound);
    return meeting;
  }

  /** The caseworker who holds the meeting needs no further purpose to open it. */
  participantPurpose(actor: StaffPrincipal, meeting: MeetingEntity): string | undefined {
    return meeting.caseworkerId === actor.id ? 'meeting' : undefined;
  }

  /** One audited read per citizen in a list of meetings. */
  async auditList(actor: StaffPrincipal, rows: MeetingEntity[], resource: string, purpose: string): Promise<void> {
    await this.audit.recordListRead(actor, { citizenIds: rows.map((r) => r.citizenId), resource, purpose });
  }

  async citizenDtos(rows: MeetingView[]): Promise<MeetingDto[]> {
    const citizenId = rows.find((r) => r.kind === 'visitation')?.citizenId;
    const [names, kase] = await Promise.all([
      this.identity.staffNames([...new Set(rows.map((r) => r.caseworkerId))]),
      citizenId ? this.cases.caseOf(citizenId) : undefined,
    ]);
    return rows.map((m) => this.toDto(m, names, kase));
  }

  async citizenDto(meeting: MeetingEntity): Promise<MeetingDto> {
    return (await this.citizenDtos([meeting]))[0];
  }

  /**
   * The latest day a visitation meeting may be moved to: its legal deadline, or its current day when it
   * already lies later (invited late, no earlier slot): moving never makes it later than it is. Other
   * meetings: no limit (null).
   */
  async moveByOf(meeting: MeetingEntity): Promise<string | null> {
    return meeting.kind === 'visitation' ? moveBy(meeting, await this.cases.caseOf(meeting.citizenId)) : null;
  }

  async staffDtos(actor: StaffPrincipal, rows: MeetingEntity[]): Promise<StaffMeetingDto[]> {
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

  async staffDto(actor: StaffPrincipal, meeting: MeetingEntity): Promise<StaffMeetingDto> {
    return (await this.staffDtos(actor, [meeting]))[0];
  }

  private toDto(m: MeetingView, names: Map<string, string>, kase: CitizenCase | undefined): MeetingDto {
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
}
