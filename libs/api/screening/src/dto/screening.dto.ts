import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_PATTERN, PageQueryDto, trim, IsUuid, IntRange } from '@jobunivers/api/http';
import { BENEFIT_TYPES } from '@jobunivers/api/citizens';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { QUEUE_REASONS, type QueueItemStatus, type QueueReason } from '../entities/queue-item.entity';
import { type Track, TRACKS } from '../entities/screening.entity';

const DATE_MESSAGE = (field: string) => `${field} must be a date (YYYY-MM-DD)`;

export class SelfAssessmentInputDto {
  @ApiProperty({
    minimum: 1,
    maximum: 5,
    description: 'How sure are you of finding work within 3 months? 1 = not at all, 5 = very',
  })
  @IntRange(1, 5)
  jobConfidence!: number;
  @ApiProperty({ description: 'Health limits what work I can do' })
  @IsBoolean({ message: 'healthLimitations must be true or false' })
  healthLimitations!: boolean;
  @ApiProperty({ minimum: 1, maximum: 5, description: 'How confident are you using digital self-service? 1–5' })
  @IntRange(1, 5)
  digitalConfidence!: number;
  @ApiProperty({ enum: ['native', 'good', 'some', 'none'], description: 'Danish' })
  @IsIn(['native', 'good', 'some', 'none'], { message: 'danishLevel must be native, good, some or none' })
  danishLevel!: 'native' | 'good' | 'some' | 'none';
  @ApiProperty() @IsBoolean({ message: 'childcareChallenges must be true or false' }) childcareChallenges!: boolean;
  @ApiProperty() @IsBoolean({ message: 'transportChallenges must be true or false' }) transportChallenges!: boolean;
  @ApiProperty({ description: 'I would like personal help from a caseworker' })
  @IsBoolean({ message: 'wantsPersonalHelp must be true or false' })
  wantsPersonalHelp!: boolean;
}

export class SelfAssessmentDto extends SelfAssessmentInputDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({
    isArray: true,
    enum: [
      'low_job_confidence',
      'health_limitations',
      'low_digital_confidence',
      'language',
      'childcare',
      'transport',
      'wants_personal_help',
    ],
    description: 'Answers a caseworker should look at',
  })
  flags!: string[];
}

export class LatestSelfAssessmentDto {
  @ApiProperty({ type: SelfAssessmentDto, nullable: true }) latest!: SelfAssessmentDto | null;
}

export class HelpRequestInputDto {
  @ApiProperty({ example: 'Jeg har brug for hjælp til at komme videre.', maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @Length(1, 2000, { message: 'message must be 1–2000 characters' })
  message!: string;
}

export class HelpRequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: string;
}

export class IndicatorsDto {
  @ApiProperty() weeksUnemployed!: number;
  @ApiProperty({ enum: BENEFIT_TYPES }) benefitType!: string;
  @ApiProperty({ type: SelfAssessmentDto, nullable: true }) selfAssessment!: SelfAssessmentDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Days since the citizen last signed in; null if never' })
  daysSinceSignIn!: number | null;
  @ApiProperty({ description: 'Meetings the citizen did not turn up to (no-shows)' }) missedMeetings!: number;
  @ApiProperty({ description: 'Earlier, closed cases of the same person' }) earlierCases!: number;
  @ApiProperty({ description: 'Open queue items for the citizen' }) openQueueItems!: number;
}

export class ScreeningInputDto {
  @ApiProperty({ description: "The caseworker's own professional assessment (internal)", maxLength: 4000 })
  @Transform(trim)
  @IsString({ message: 'assessment must be text' })
  @Length(1, 4000, { message: 'assessment must be 1–4000 characters' })
  assessment!: string;
  @ApiProperty({ enum: TRACKS }) @IsIn(TRACKS, { message: 'track must be self_service or personal' }) track!: Track;
  @ApiProperty({ description: 'Written for the citizen, in plain language', maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'summaryForCitizen must be text' })
  @Length(1, 2000, { message: 'summaryForCitizen must be 1–2000 characters' })
  summaryForCitizen!: string;
  @ApiProperty({ example: '2027-01-15', description: 'When to screen next (YYYY-MM-DD, after today)' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE('nextScreeningDate') })
  @Matches(DATE_PATTERN, { message: DATE_MESSAGE('nextScreeningDate') })
  nextScreeningDate!: string;
}

export class ScreeningDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() caseworkerName!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The indicators shown when the screening was made',
  })
  indicators!: Record<string, unknown>;
  @ApiProperty() assessment!: string;
  @ApiProperty({ enum: TRACKS }) track!: Track;
  @ApiProperty() summaryForCitizen!: string;
  @ApiProperty() nextScreeningDate!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) citizenComment!: string | null;
  @ApiProperty() changeRequested!: boolean;
}

export class MyScreeningDto {
  @ApiProperty({ enum: ['undecided', ...TRACKS], description: '`undecided` until the first screening' }) track!:
    'undecided' | Track;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ nullable: true, type: String }) screenedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) caseworkerName!: string | null;
  @ApiProperty({ nullable: true, type: String }) nextScreeningDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty() changeRequested!: boolean;
}

export class ScreeningCommentDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'comment must be text' })
  @Length(1, 2000, { message: 'comment must be 1–2000 characters' })
  comment!: string;
  @ApiProperty({ description: 'I would like the track or the assessment changed' })
  @IsBoolean({ message: 'requestChange must be true or false' })
  requestChange!: boolean;
}

export class QueueItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ enum: QUEUE_REASONS }) reason!: QueueReason;
  @ApiProperty({ example: '2026-11-30' }) dueDate!: string;
  @ApiProperty({ description: 'Due date passed while still open' }) overdue!: boolean;
  @ApiProperty({ description: 'Days past the due date (0 when not overdue)' }) daysOverdue!: number;
  @ApiProperty({ enum: ['open', 'resolved', 'dismissed'] }) status!: QueueItemStatus;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() createdAt!: string;
}

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['me', 'all'],
    description: 'Default: `me` for caseworkers (own caseload), `all` for team leads',
  })
  @IsOptional()
  @IsIn(['me', 'all'], { message: 'scope must be me or all' })
  scope?: 'me' | 'all';
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'dismissed'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'resolved', 'dismissed'], { message: 'status must be open, resolved or dismissed' })
  status?: QueueItemStatus;
  @ApiPropertyOptional({ description: 'Only overdue items' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUuid('citizenId must be a UUID') citizenId?: string;
}

export class DismissDto {
  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @Length(1, 500, { message: 'reason must be 1–500 characters' })
  reason!: string;
}
