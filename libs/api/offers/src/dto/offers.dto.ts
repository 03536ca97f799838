import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  DATE_PATTERN as DATE,
  INSTANT_PATTERN as INSTANT,
  PageQueryDto,
  trim,
  IsUuid,
  IntRange,
} from '@jobunivers/api/http';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BENEFIT_TYPES } from '@jobunivers/api/citizens';
import {
  OFFER_KINDS,
  OFFER_MODES,
  OFFER_STATUSES,
  type OfferKind,
  type OfferMode,
  type OfferStatus,
} from '../entities/offer.entity';
import { ITEM_STATUSES, type ItemStatus } from '../entities/plan.entity';

const text = (field: string, max: number) => [
  Transform(trim),
  IsString({ message: `${field} must be text` }),
  Length(1, max, { message: `${field} must be 1–${max} characters` }),
];
const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

export class OfferSessionDto {
  @ApiProperty({ example: '2026-12-07T09:00:00+01:00' })
  @Matches(INSTANT, { message: 'start must be a date and time with an offset' })
  @IsISO8601({}, { message: 'start must be a date and time with an offset' })
  start!: string;
  @ApiProperty({ example: '2026-12-07T12:00:00+01:00' })
  @Matches(INSTANT, { message: 'end must be a date and time with an offset' })
  @IsISO8601({}, { message: 'end must be a date and time with an offset' })
  end!: string;
}

export class OfferInputDto {
  @ApiProperty({ maxLength: 200 }) @apply(...text('titleDa', 200)) titleDa!: string;
  @ApiProperty({ maxLength: 200 }) @apply(...text('titleEn', 200)) titleEn!: string;
  @ApiProperty({ maxLength: 5000 }) @apply(...text('descriptionDa', 5000)) descriptionDa!: string;
  @ApiProperty({ maxLength: 5000 }) @apply(...text('descriptionEn', 5000)) descriptionEn!: string;
  @ApiProperty({ maxLength: 200, example: 'Jobcenter Aarhus' }) @apply(...text('provider', 200)) provider!: string;
  @ApiProperty({ enum: OFFER_KINDS })
  @IsIn(OFFER_KINDS, { message: `kind must be one of ${OFFER_KINDS.join(', ')}` })
  kind!: OfferKind;
  @ApiProperty({ enum: OFFER_MODES })
  @IsIn(OFFER_MODES, { message: 'mode must be virtual, in_person or hybrid' })
  mode!: OfferMode;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @apply(...text('location', 200))
  location?: string | null;
  @ApiPropertyOptional({ description: 'No fixed sessions: the citizen goes at their own pace' })
  @IsOptional()
  @IsBoolean({ message: 'selfPaced must be true or false' })
  selfPaced?: boolean;
  @ApiPropertyOptional({ type: [OfferSessionDto] })
  @IsOptional()
  @IsArray({ message: 'sessions must be a list' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OfferSessionDto)
  sessions?: OfferSessionDto[];
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'Places; absent or null: unlimited' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IntRange(1, 100_000, { message: 'capacity must be a whole number of places (1–100000), or null' })
  capacity?: number | null;
  @ApiPropertyOptional({ enum: BENEFIT_TYPES, isArray: true, description: 'Empty: every benefit type' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(BENEFIT_TYPES, { each: true, message: `benefitTypes must each be one of: ${BENEFIT_TYPES.join(', ')}` })
  benefitTypes?: string[];
  @ApiPropertyOptional({
    enum: ['self_service', 'personal', 'undecided'],
    isArray: true,
    description: 'Empty: every track',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(['self_service', 'personal', 'undecided'], {
    each: true,
    message: 'tracks must be self_service, personal or undecided',
  })
  tracks?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'requiresApproval must be true or false' })
  requiresApproval?: boolean;
  @ApiPropertyOptional({ isArray: true, type: String, description: 'Catalogue skill ids (GET /skills)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  skills?: string[];
  @ApiPropertyOptional({ enum: OFFER_STATUSES })
  @IsOptional()
  @IsIn(OFFER_STATUSES, { message: 'status must be draft, published or archived' })
  status?: OfferStatus;
}

export class OfferPatchDto extends PartialType(OfferInputDto) {}

export class OfferQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words in title, description or provider (accents and case ignored)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 100)
  q?: string;
  @ApiPropertyOptional({ enum: OFFER_KINDS })
  @IsOptional()
  @IsIn(OFFER_KINDS, { message: `kind must be one of ${OFFER_KINDS.join(', ')}` })
  kind?: OfferKind;
  @ApiPropertyOptional({ enum: OFFER_MODES })
  @IsOptional()
  @IsIn(OFFER_MODES, { message: 'mode must be virtual, in_person or hybrid' })
  mode?: OfferMode;
  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'Only offers with a session on or after this date, or self-paced',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;
  @ApiPropertyOptional({ enum: OFFER_STATUSES, description: 'Staff only; citizens always see published offers' })
  @IsOptional()
  @IsIn(OFFER_STATUSES, { message: 'status must be draft, published or archived' })
  status?: OfferStatus;
}

export class OfferDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() titleDa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() descriptionDa!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty() provider!: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind!: OfferKind;
  @ApiProperty({ enum: OFFER_MODES }) mode!: OfferMode;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty() selfPaced!: boolean;
  @ApiProperty({ type: [OfferSessionDto] }) sessions!: OfferSessionDto[];
  @ApiProperty({ type: Number, nullable: true }) capacity!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Free places; null: unlimited' }) placesLeft!:
    number | null;
  @ApiProperty({ type: [String] }) benefitTypes!: string[];
  @ApiProperty({ type: [String] }) tracks!: string[];
  @ApiProperty() requiresApproval!: boolean;
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty({ enum: OFFER_STATUSES }) status!: OfferStatus;
}

export class GoalDto {
  @ApiProperty({ maxLength: 500, example: 'Job som bogholder i en mindre virksomhed' })
  @apply(...text('text', 500))
  text!: string;
  @ApiProperty({ isArray: true, type: String, example: ['4311'], description: 'ISCO-08 unit groups' })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^\d{4}$/, { each: true, message: 'occupations must be ISCO-08 unit group codes (4 digits)' })
  occupations!: string[];
}

export class ActivityInputDto {
  @ApiProperty({ maxLength: 200, example: 'Opdatér mit CV' }) @apply(...text('activity.title', 200)) title!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-01' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(DATE, { message: 'activity.dueDate must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'activity.dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;
}

export class AddItemDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An offer; or give `activity`' })
  @IsOptional()
  @IsUuid('offerId must be a UUID')
  offerId?: string;
  @ApiPropertyOptional({ type: ActivityInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityInputDto)
  activity?: ActivityInputDto;
}

export class PatchItemDto {
  @ApiPropertyOptional({
    enum: ['completed', 'dropped', 'accepted', 'declined'],
    description: '`accepted`/`declined` answer a caseworker’s suggestion',
  })
  @IsOptional()
  @IsIn(['completed', 'dropped', 'accepted', 'declined'], {
    message: 'status must be completed, dropped, accepted or declined',
  })
  status?: 'completed' | 'dropped' | 'accepted' | 'declined';
  @ApiPropertyOptional({ type: ActivityInputDto, description: 'Own activities only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityInputDto)
  activity?: ActivityInputDto;
}

export class OfferSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() titleDa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind!: OfferKind;
  @ApiProperty({ enum: OFFER_MODES }) mode!: OfferMode;
  @ApiProperty() provider!: string;
  @ApiProperty({ type: [OfferSessionDto] }) sessions!: OfferSessionDto[];
  @ApiProperty() requiresApproval!: boolean;
}

export class ActivityDto {
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) dueDate!: string | null;
}

export class PlanItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ITEM_STATUSES }) status!: ItemStatus;
  @ApiProperty({ type: OfferSummaryDto, nullable: true }) offer!: OfferSummaryDto | null;
  @ApiProperty({ type: ActivityDto, nullable: true }) activity!: ActivityDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Place on the waitlist (1 = next)' }) waitlistPosition!:
    number | null;
  @ApiProperty({ type: String, nullable: true }) suggestionNote!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why an application was rejected (or approved)' })
  decisionReason!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'My rating of the offer (1–5), when given' }) rating!:
    number | null;
  @ApiProperty() createdAt!: string;
}

export class ItemRatingDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IntRange(1, 5) score!: number;
}

export class PlanDto {
  @ApiProperty({ type: GoalDto, nullable: true }) goal!: GoalDto | null;
  @ApiProperty({ type: [PlanItemDto] }) items!: PlanItemDto[];
}

export class SuggestDto {
  @ApiProperty({ format: 'uuid' }) @IsUuid('offerId must be a UUID') offerId!: string;
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['me', 'all'],
    description: 'Own caseload (default for caseworkers) or the municipality (default for team leads)',
  })
  @IsOptional()
  @IsIn(['me', 'all'], { message: 'scope must be me or all' })
  scope?: 'me' | 'all';
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'The plan item' }) id!: string;
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ type: OfferSummaryDto }) offer!: OfferSummaryDto;
  @ApiProperty({ type: Number, nullable: true }) placesLeft!: number | null;
  @ApiProperty() appliedAt!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' })
  decision!: 'approve' | 'reject';
  @ApiPropertyOptional({ maxLength: 1000, description: 'Required when rejecting: the citizen reads it' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 1000, { message: 'reason must be at most 1000 characters' })
  reason?: string;
}
