import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_PATTERN, PageQueryDto, trim, IsUuid } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { isValidCpr, normaliseCpr } from '../cpr';
import { BENEFIT_TYPES, type BenefitType, type CaseStatus, type Outcome, OUTCOMES } from '../entities/citizen.entity';

/** A CPR number with a possible birth date (DDMMYYXXXX or DDMMYY-XXXX). */
function IsCpr(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCpr',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && normaliseCpr(value) !== undefined && isValidCpr(value),
      },
    });
}

/** Not after today (Copenhagen) — a YYYY-MM-DD date. */
function NotInFuture(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'notInFuture',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value <= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()),
      },
    });
}

export class RegisterCitizenDto {
  @ApiProperty({
    example: '0101901234',
    description: 'CPR number, 10 digits; a hyphen after the 6th digit is accepted',
  })
  @IsString({ message: 'cpr must be a CPR number (DDMMYYXXXX)' })
  @IsCpr({ message: 'cpr must be a CPR number: 10 digits (DDMMYYXXXX or DDMMYY-XXXX) starting with a real date' })
  cpr!: string;
  @ApiProperty({ example: 'Sofie' })
  @Transform(trim)
  @IsString({ message: 'firstName must be text' })
  @Length(1, 100, { message: 'firstName must be 1–100 characters' })
  firstName!: string;
  @ApiProperty({ example: 'Jensen' })
  @Transform(trim)
  @IsString({ message: 'lastName must be text' })
  @Length(1, 100, { message: 'lastName must be 1–100 characters' })
  lastName!: string;
  @ApiProperty({ example: 'sofie@example.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;
  @ApiProperty({ example: '+45 20 30 40 50' })
  @Transform(trim)
  @IsString({ message: 'phone must be a phone number' })
  @Matches(/^\+?[\d ]{8,20}$/, {
    message: 'phone must be a phone number (8–20 digits, spaces and a leading + allowed)',
  })
  phone!: string;
  @ApiProperty({ example: '8000' })
  @IsString({ message: 'postalCode must be a 4-digit Danish postal code' })
  @Matches(/^\d{4}$/, { message: 'postalCode must be a 4-digit Danish postal code' })
  postalCode!: string;
  @ApiProperty({
    enum: BENEFIT_TYPES,
    description:
      'dagpenge, kontanthjælp, jobparat kontanthjælp or ledighedsydelse; decides the contact rules’ target group',
  })
  @IsIn(BENEFIT_TYPES, { message: `benefitType must be one of: ${BENEFIT_TYPES.join(', ')}` })
  benefitType!: BenefitType;
  @ApiProperty({ example: '2026-11-01', description: 'First day of unemployment (YYYY-MM-DD), not in the future' })
  @IsISO8601({ strict: true }, { message: 'unemployedSince must be a date (YYYY-MM-DD)' })
  @Matches(DATE_PATTERN, { message: 'unemployedSince must be a date (YYYY-MM-DD)' })
  @NotInFuture({ message: 'unemployedSince must not be in the future' })
  unemployedSince!: string;
  @ApiPropertyOptional({
    example: '3F A-kasse',
    description: 'The unemployment insurance fund (a-kasse), for unemployment benefit',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'unemploymentFund must be 1–100 characters' })
  unemploymentFund?: string;
  @ApiPropertyOptional({
    enum: ['in_person', 'video', 'phone'],
    isArray: true,
    description: 'Meeting forms the citizen prefers, best first; the visitation invitation respects them',
  })
  @IsOptional()
  @IsArray({ message: 'preferredMeetingForms must be a list' })
  @ArrayUnique({ message: 'preferredMeetingForms must not repeat a form' })
  @IsIn(['in_person', 'video', 'phone'], {
    each: true,
    message: 'preferredMeetingForms must be in_person, video or phone',
  })
  preferredMeetingForms?: Array<'in_person' | 'video' | 'phone'>;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The caseworker who gets the case. Default: the registering caseworker; for a team lead or a municipal system the least-loaded caseworker',
  })
  @IsOptional()
  @IsUuid('caseworkerId must be a UUID')
  caseworkerId?: string;
  @ApiPropertyOptional({
    description:
      'Exempt from Digital Post (fritaget for Digital Post): formal call-ins are printed and posted by the municipality instead. Default false.',
  })
  @IsOptional()
  @IsBoolean({ message: 'digitalPostExempt must be true or false' })
  digitalPostExempt?: boolean;
}

export class VisitationInvitationDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'date-time', description: 'When the invitation went out' }) sentAt!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ enum: ['in_person', 'video', 'phone'] }) form!: 'in_person' | 'video' | 'phone';
  @ApiProperty({
    enum: ['in_app', 'email'],
    isArray: true,
    description: 'How the citizen was told: in the app, and by e-mail unless they chose otherwise',
  })
  channels!: Array<'in_app' | 'email'>;
}

export class RegistrationNextStepsDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-12-20',
    description: 'The legal deadline for the visitation meeting',
  })
  visitationDeadline!: string | null;
  @ApiProperty({
    type: VisitationInvitationDto,
    nullable: true,
    description:
      'The invitation to the visitation meeting; null when no free time before the deadline was found (the screening queue shows the citizen)',
  })
  visitationInvitation!: VisitationInvitationDto | null;
}

export class RegisteredCitizenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assignedCaseworkerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignedCaseworkerName!: string | null;
  @ApiProperty({ type: RegistrationNextStepsDto }) nextSteps!: RegistrationNextStepsDto;
}

export class CitizenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '010190-xxxx', description: 'Masked; reveal with POST /citizens/{id}/cpr/reveal (audited)' })
  cprMasked!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) postalCode!: string | null;
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ enum: BENEFIT_TYPES }) benefitType!: BenefitType;
  @ApiProperty({ example: '2026-11-01' }) unemployedSince!: string;
  @ApiProperty({ example: 3, description: 'Whole weeks of unemployment so far (or until the case closed)' })
  weeksUnemployed!: number;
  @ApiProperty({ nullable: true, type: String }) unemploymentFund!: string | null;
  @ApiProperty({ enum: ['active', 'closed'] }) status!: CaseStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assignedCaseworkerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignedCaseworkerName!: string | null;
  @ApiProperty() registeredAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome!: Outcome | null;
  @ApiProperty({ nullable: true, type: String }) outcomeDate!: string | null;
  @ApiProperty({ description: 'Exempt from Digital Post: formal call-ins go on the letters-to-print list' })
  digitalPostExempt!: boolean;
}

export class CitizenListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '010190-xxxx' }) cprMasked!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: BENEFIT_TYPES }) benefitType!: BenefitType;
  @ApiProperty() unemployedSince!: string;
  @ApiProperty() weeksUnemployed!: number;
  @ApiProperty({ enum: ['active', 'closed'] }) status!: CaseStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assignedCaseworkerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) assignedCaseworkerName!: string | null;
  @ApiProperty() registeredAt!: string;
  @ApiProperty({
    enum: ['undecided', 'self_service', 'personal'],
    description: '`undecided` until the first screening',
  })
  track!: string;
  @ApiProperty({ description: 'Open items on the screening queue' }) openQueueItems!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Start of the next upcoming meeting' }) nextMeetingAt!:
    string | null;
}

export const CITIZEN_SORTS = [
  'name',
  '-name',
  'registeredAt',
  '-registeredAt',
  'unemployedSince',
  '-unemployedSince',
] as const;

export class CitizenQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      '`me` (my caseload), `all` (the municipality), or a caseworker id; default `me` for caseworkers, `all` otherwise',
  })
  @IsOptional()
  @Matches(/^(me|all|unassigned|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assignedTo must be me, all, unassigned or a caseworker id',
  })
  assignedTo?: string;
  @ApiPropertyOptional({ enum: ['active', 'closed', 'all'], default: 'active' })
  @IsOptional()
  @IsIn(['active', 'closed', 'all'], { message: 'status must be active, closed or all' })
  status?: 'active' | 'closed' | 'all';
  @ApiPropertyOptional({ description: 'Name, or a CPR number (whole, with or without hyphen)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: CITIZEN_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(CITIZEN_SORTS, { message: `sort must be one of: ${CITIZEN_SORTS.join(', ')}` })
  sort?: (typeof CITIZEN_SORTS)[number];
}

export class CprDto {
  @ApiProperty({ example: '010190-1234' }) cpr!: string;
}

export class OutcomeDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES, { message: `outcome must be one of: ${OUTCOMES.join(', ')}` })
  outcome!: Outcome;
  @ApiProperty({ example: '2026-12-01', description: 'The day the outcome took effect (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'date must be a date (YYYY-MM-DD)' })
  @Matches(DATE_PATTERN, { message: 'date must be a date (YYYY-MM-DD)' })
  date!: string;
}

export class DigitalPostInputDto {
  @ApiProperty({ description: 'Exempt from Digital Post (fritaget for Digital Post)' })
  @IsBoolean({ message: 'digitalPostExempt must be true or false' })
  digitalPostExempt!: boolean;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUuid('caseworkerId must be a UUID') caseworkerId!: string;
}

export class TimelineEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ example: 'registered' }) kind!: string;
  @ApiProperty({
    example: 'Du blev tilmeldt jobcentret som ledig fra 1. november 2026.',
    description: 'Plain language, in the Accept-Language (da default, en)',
  })
  text!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) params!: Record<string, string>;
}

export class TimelineQueryDto extends PageQueryDto {}
