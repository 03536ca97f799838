import { DATE_PATTERN as DATE, INSTANT_PATTERN as INSTANT, trim, IsUuid, IntRange } from '@jobunivers/api/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { MEETING_STATUSES, type MeetingKind, type MeetingOrigin, type MeetingStatus } from '../entities/meeting.entity';
import { MEETING_FORMS, type MeetingForm } from '../slots';

const FORM_MESSAGE = (field: string) => `${field} must be in_person, video or phone`;
/** An instant with its offset or Z, e.g. 2026-11-24T10:30:00+01:00. */
const instantMessage = (field: string) =>
  `${field} must be a date and time with an offset, e.g. 2026-11-24T10:30:00+01:00`;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SlotQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'First day (YYYY-MM-DD, Copenhagen); default today' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;
  @ApiPropertyOptional({
    example: '2026-12-06',
    description: 'Last day, inclusive; default two weeks from `from`; at most 62 days after it',
  })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;
  @ApiPropertyOptional({ enum: MEETING_FORMS })
  @IsOptional()
  @IsIn(MEETING_FORMS, { message: FORM_MESSAGE('form') })
  form?: MeetingForm;
}

export class CalendarQueryDto {
  @ApiPropertyOptional({
    example: '2026-11-23',
    description: 'First day (YYYY-MM-DD, Copenhagen); default Monday this week',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;
  @ApiPropertyOptional({
    example: '2026-11-29',
    description: 'Last day, inclusive; default 6 days after `from`; at most 62 days after it',
  })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;
}

export class SlotDto {
  @ApiProperty({ example: '2026-11-24T09:30:00.000Z' }) start!: string;
  @ApiProperty({ example: '2026-11-24T10:00:00.000Z' }) end!: string;
  @ApiProperty({ enum: MEETING_FORMS }) form!: MeetingForm;
  @ApiProperty({ format: 'uuid' }) caseworkerId!: string;
  @ApiProperty() caseworkerName!: string;
  @ApiProperty({ description: 'The citizen’s own caseworker (false: another caseworker of the jobcentre)' })
  ownCaseworker!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'For in-person meetings' }) address!: string | null;
}

export class SlotListDto {
  @ApiProperty({ type: [SlotDto] }) items!: SlotDto[];
}

export class BookMeetingDto {
  @ApiProperty({ example: '2026-11-24T10:30:00+01:00' })
  @IsString({ message: instantMessage('start') })
  @Matches(INSTANT, { message: instantMessage('start') })
  @IsISO8601({}, { message: instantMessage('start') })
  start!: string;
  @ApiProperty({ enum: MEETING_FORMS }) @IsIn(MEETING_FORMS, { message: FORM_MESSAGE('form') }) form!: MeetingForm;
  @ApiPropertyOptional({ format: 'uuid', description: 'From the chosen slot; default my own caseworker' })
  @IsOptional()
  @IsUuid('caseworkerId must be a UUID')
  caseworkerId?: string;
  @ApiPropertyOptional({ maxLength: 300, example: 'Mit CV og jobsøgning' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'topic must be text' })
  @Length(0, 300, { message: 'topic must be at most 300 characters' })
  topic?: string;
}

export class RescheduleDto {
  @ApiPropertyOptional({ example: '2026-11-25T13:00:00+01:00' })
  @IsOptional()
  @IsString({ message: instantMessage('start') })
  @Matches(INSTANT, { message: instantMessage('start') })
  @IsISO8601({}, { message: instantMessage('start') })
  start?: string;
  @ApiPropertyOptional({ enum: MEETING_FORMS })
  @IsOptional()
  @IsIn(MEETING_FORMS, { message: FORM_MESSAGE('form') })
  form?: MeetingForm;
}

export class CancelDto {
  @ApiProperty({ maxLength: 500, example: 'Jeg skal til jobsamtale hos en virksomhed' })
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @Length(1, 500, { message: 'reason must be 1–500 characters' })
  reason!: string;
}

export class ChangeRequestInputDto extends RescheduleDto {
  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @Length(1, 500, { message: 'message must be 1–500 characters' })
  message!: string;
}

export class RatingInputDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IntRange(1, 5) score!: number;
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'comment must be text' })
  @Length(0, 1000, { message: 'comment must be at most 1000 characters' })
  comment?: string;
}

export class InviteDto {
  @ApiProperty({ example: '2026-11-24T10:30:00+01:00' })
  @IsString({ message: instantMessage('start') })
  @Matches(INSTANT, { message: instantMessage('start') })
  @IsISO8601({}, { message: instantMessage('start') })
  start!: string;
  @ApiProperty({ enum: MEETING_FORMS }) @IsIn(MEETING_FORMS, { message: FORM_MESSAGE('form') }) form!: MeetingForm;
  @ApiPropertyOptional({ minimum: 15, maximum: 180, description: 'Default 30' })
  @IsOptional()
  @IntRange(15, 180)
  durationMinutes?: number;
  @ApiPropertyOptional({ enum: ['visitation', 'job_meeting'], description: 'Default job_meeting' })
  @IsOptional()
  @IsIn(['visitation', 'job_meeting'], { message: 'kind must be visitation or job_meeting' })
  kind?: MeetingKind;
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'topic must be text' })
  @Length(0, 300, { message: 'topic must be at most 300 characters' })
  topic?: string;
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'In person: where; default the address of my in-person availability',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'address must be text' })
  @Length(1, 200, { message: 'address must be 1–200 characters' })
  address?: string;
  @ApiPropertyOptional({
    description:
      "A formal call-in (indkaldelse): also sent as a Digital Post letter, whatever the citizen's notification settings. Default false; a visitation invitation is always formal.",
  })
  @IsOptional()
  @IsBoolean({ message: 'formal must be true or false' })
  formal?: boolean;
}

export const OUTCOMES = ['held', 'no_show', 'cancelled_by_jobcentre'] as const;
export class OutcomeInputDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES, { message: 'outcome must be held, no_show or cancelled_by_jobcentre' })
  outcome!: (typeof OUTCOMES)[number];
  @ApiPropertyOptional({ maxLength: 5000, description: 'The citizen reads this' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'sharedSummary must be text' })
  @Length(0, 5000, { message: 'sharedSummary must be at most 5000 characters' })
  sharedSummary?: string;
  @ApiPropertyOptional({ maxLength: 5000, description: 'Staff only' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'internalNote must be text' })
  @Length(0, 5000, { message: 'internalNote must be at most 5000 characters' })
  internalNote?: string;
}

export class NotesInputDto {
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'sharedSummary must be text' })
  @Length(0, 5000, { message: 'sharedSummary must be at most 5000 characters' })
  sharedSummary?: string;
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'internalNote must be text' })
  @Length(0, 5000, { message: 'internalNote must be at most 5000 characters' })
  internalNote?: string;
}

export class ChangeRequestDto {
  @ApiPropertyOptional({ enum: MEETING_FORMS }) form?: MeetingForm;
  @ApiPropertyOptional() start?: string;
  @ApiProperty() message!: string;
  @ApiProperty() requestedAt!: string;
}

export class RatingDto {
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['visitation', 'job_meeting'] }) kind!: MeetingKind;
  @ApiProperty({ enum: ['citizen', 'caseworker', 'system'], description: 'Who set it up' }) origin!: MeetingOrigin;
  @ApiProperty({ enum: MEETING_FORMS }) form!: MeetingForm;
  @ApiProperty() start!: string;
  @ApiProperty() end!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty({ type: String, nullable: true }) topic!: string | null;
  @ApiProperty({ format: 'uuid' }) caseworkerId!: string;
  @ApiProperty() caseworkerName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'In person' }) address!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Phone: the number the caseworker calls' }) phoneNumber!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Video: the join link' }) videoUrl!: string | null;
  @ApiProperty({ type: ChangeRequestDto, nullable: true }) changeRequest!: ChangeRequestDto | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) sharedSummary!: string | null;
  @ApiProperty({ type: RatingDto, nullable: true }) rating!: RatingDto | null;
  @ApiProperty({ description: 'iCalendar SEQUENCE' }) sequence!: number;
  @ApiProperty({ description: 'The citizen may still reschedule or cancel (before the cut-off)' }) changeable!: boolean;
  @ApiProperty({ description: 'Latest time the citizen can change or cancel here' }) changeableUntil!: string;
  @ApiProperty({
    description:
      'A formal call-in (the visitation, or an invitation from the caseworker): the citizen has a duty to attend; it can be moved or a change asked for, not cancelled',
  })
  mustAttend!: boolean;
  @ApiProperty({
    description:
      'The citizen may cancel it here now (changeable and not a call-in; a cancel of a call-in answers 409 meeting_attendance_required)',
  })
  cancellable!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    example: '2026-12-20',
    description:
      'Visitation: the latest day (Copenhagen) it may be moved to — its legal deadline, or its own day if later (a later time answers 409 meeting_after_deadline); null: no such limit',
  })
  moveBy!: string | null;
}

export class StaffMeetingDto extends MeetingDto {
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ type: String, nullable: true }) internalNote!: string | null;
  @ApiProperty({
    description:
      'A formal call-in: sent as a Digital Post letter whatever the notification settings (visitation always is)',
  })
  formal!: boolean;
}

export class MeetingListDto {
  @ApiProperty({ type: [MeetingDto], description: 'Upcoming first (soonest first), then past (latest first)' })
  items!: MeetingDto[];
}

export class StaffMeetingListDto {
  @ApiProperty({ type: [StaffMeetingDto] }) items!: StaffMeetingDto[];
}

export class AvailabilityWindowDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 Monday … 7 Sunday' })
  @IntRange(1, 7, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  weekday!: number;
  @ApiProperty({ example: '09:00' })
  @IsString()
  @Matches(TIME, { message: 'startTime must be a time (HH:MM)' })
  startTime!: string;
  @ApiProperty({ example: '12:00' })
  @IsString()
  @Matches(TIME, { message: 'endTime must be a time (HH:MM)' })
  endTime!: string;
  @ApiProperty({ enum: MEETING_FORMS }) @IsIn(MEETING_FORMS, { message: FORM_MESSAGE('form') }) form!: MeetingForm;
  @ApiProperty({ minimum: 15, maximum: 120, example: 30 }) @IntRange(15, 120) slotMinutes!: number;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'Required for in_person' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'address must be text' })
  @Length(0, 200, { message: 'address must be at most 200 characters' })
  address?: string | null;
}

export class AvailabilityBlockDto {
  @ApiProperty({ example: '2026-12-28' })
  @IsString()
  @Matches(DATE, { message: 'date must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'date must be a date (YYYY-MM-DD)' })
  date!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '13:00', description: 'Absent: the whole day' })
  @IsOptional()
  @Matches(TIME, { message: 'startTime must be a time (HH:MM)' })
  startTime?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '15:00' })
  @IsOptional()
  @Matches(TIME, { message: 'endTime must be a time (HH:MM)' })
  endTime?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200, { message: 'reason must be at most 200 characters' })
  reason?: string | null;
}

export class AvailabilityDto {
  @ApiProperty({ type: [AvailabilityWindowDto] })
  @IsArray({ message: 'windows must be a list' })
  @ArrayMaxSize(100, { message: 'windows can hold at most 100 entries' })
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowDto)
  windows!: AvailabilityWindowDto[];
  @ApiProperty({ type: [AvailabilityBlockDto], description: 'Days off and blocked hours' })
  @IsArray({ message: 'blocks must be a list' })
  @ArrayMaxSize(500, { message: 'blocks can hold at most 500 entries' })
  @ValidateNested({ each: true })
  @Type(() => AvailabilityBlockDto)
  blocks!: AvailabilityBlockDto[];
}

export class CalendarFeedDto {
  @ApiProperty({ description: 'Secret address of my calendar feed (a new one replaces the old)' }) url!: string;
}
