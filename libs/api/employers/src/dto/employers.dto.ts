import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_PATTERN, IntRange, IsUuid, PageQueryDto, trim } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsUUID,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { VISIBILITY_LEVELS, type VisibilityLevel } from '../entities/consent.entity';
import {
  REQUEST_KINDS,
  REQUEST_OUTCOMES,
  REQUEST_STATUSES,
  type RequestKind,
  type RequestOutcome,
  type RequestStatus,
} from '../entities/employer-request.entity';

export const MESSAGE_MAX = 4000;
const DESCRIPTION_MAX = 5000;
/** A real calendar date (YYYY-MM-DD). */
const IsDate = (field: string) => (target: object, key: string) => {
  IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` })(target, key);
  Matches(DATE_PATTERN, { message: `${field} must be a date (YYYY-MM-DD)` })(target, key);
};

// ── the company's side ─────────────────────────────────────────────────────

export class NewEmployerRequestDto {
  @ApiProperty({
    enum: REQUEST_KINDS,
    description: 'recruitment, internship (virksomhedspraktik), wage_subsidy (løntilskud) or question',
  })
  @IsIn(REQUEST_KINDS, { message: `kind must be one of: ${REQUEST_KINDS.join(', ')}` })
  kind!: RequestKind;

  @ApiProperty({ maxLength: 200, example: 'Tømrere til byggeri i Aarhus Ø' })
  @Transform(trim)
  @IsString({ message: 'title must be text' })
  @IsNotEmpty({ message: 'title is required' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @ApiProperty({ maxLength: DESCRIPTION_MAX, example: 'Vi søger to tømrere med erfaring i nybyg.' })
  @Transform(trim)
  @IsString({ message: 'description must be text' })
  @IsNotEmpty({ message: 'description is required' })
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  description!: string;

  @ApiProperty({ example: '7115', description: 'ISCO-08 unit group of the work (GET /api/v1/occupations)' })
  @Matches(/^\d{4}$/, { message: 'occupationCode must be a 4-digit ISCO-08 code' })
  occupationCode!: string;

  @ApiProperty({ example: '8000', description: "The workplace's postal code: it decides the municipality" })
  @Matches(/^\d{4}$/, { message: 'postalCode must be a 4-digit Danish postal code' })
  postalCode!: string;

  @ApiPropertyOptional({
    example: '0751',
    description:
      'The municipality, when the postal code lies in several (GET /api/v1/postal-codes/{code} lists them); otherwise optional',
  })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipalityCode must be a 4-digit municipality code' })
  municipalityCode?: string;

  @ApiPropertyOptional({ example: 37, minimum: 1, maximum: 60 })
  @IsOptional()
  @IntRange(1, 60)
  hoursPerWeek?: number;

  @ApiPropertyOptional({ example: 2, minimum: 1, maximum: 500 })
  @IsOptional()
  @IntRange(1, 500)
  positions?: number;

  @ApiPropertyOptional({ example: '2027-01-04', description: 'Wished start, at the latest (YYYY-MM-DD)' })
  @IsOptional()
  @IsDate('startBy')
  startBy?: string;
}

export class RequestMessageInputDto {
  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @IsNotEmpty({ message: 'message is required' })
  @MaxLength(MESSAGE_MAX, { message: `message must be at most ${MESSAGE_MAX} characters` })
  message!: string;
}

export class RequestMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['employer', 'staff'] }) authorKind!: 'employer' | 'staff';
  @ApiProperty() authorName!: string;
  @ApiProperty({ description: 'Plain text; show it as text, never as HTML' }) body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EmployerRequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REQUEST_KINDS }) kind!: RequestKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: '7115' }) occupationCode!: string;
  @ApiProperty({ example: 'Tømrere og bygningssnedkere' }) occupationTitle!: string;
  @ApiProperty({ example: 'Carpenters and joiners', description: 'The occupation in English' })
  occupationTitleEn!: string;
  @ApiProperty({ example: '8000' }) postalCode!: string;
  @ApiProperty({ example: '0751', description: 'The municipality the request went to' }) municipalityCode!: string;
  @ApiProperty({ example: 'Aarhus' }) municipalityName!: string;
  @ApiProperty({ nullable: true, type: Number }) hoursPerWeek!: number | null;
  @ApiProperty({ nullable: true, type: Number }) positions!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startBy!: string | null;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: RequestStatus;
  @ApiProperty({ enum: REQUEST_OUTCOMES, nullable: true }) outcome!: RequestOutcome | null;
  @ApiProperty({ example: '12345678' }) cvr!: string;
  @ApiProperty({ example: 'Østjysk Byg A/S' }) companyName!: string;
  @ApiProperty({ description: 'Who at the company sent it' }) createdByName!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The employer consultant handling it' })
  consultantName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The published job ad, if any' })
  jobAdId!: string | null;
  @ApiProperty({ description: 'Candidates who accepted and whom the company can see' }) candidates!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
}

export class EmployerRequestThreadDto extends EmployerRequestDto {
  @ApiProperty({ type: [RequestMessageDto] }) messages!: RequestMessageDto[];
}

export class EmployerRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', ...REQUEST_STATUSES], description: '`open`: every status but closed' })
  @IsOptional()
  @IsIn(['open', ...REQUEST_STATUSES], { message: `status must be one of: open, ${REQUEST_STATUSES.join(', ')}` })
  status?: RequestStatus | 'open';
}

export class StaffRequestQueryDto extends EmployerRequestQueryDto {
  @ApiPropertyOptional({ enum: ['me', 'unassigned', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['me', 'unassigned', 'all'], { message: 'assigned must be me, unassigned or all' })
  assigned?: 'me' | 'unassigned' | 'all';
}

// ── the consultant's side ──────────────────────────────────────────────────

export class AssignRequestDto {
  @ApiProperty({ format: 'uuid', description: 'An employer consultant (or team lead) of the municipality' })
  @IsUuid('staffId must be a UUID')
  staffId!: string;
}

export class ConsultantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Rasmus Bech' }) name!: string;
}

export class ConsultantsDto {
  @ApiProperty({ type: [ConsultantDto] }) items!: ConsultantDto[];
}

export class CloseRequestDto {
  @ApiProperty({ enum: REQUEST_OUTCOMES })
  @IsIn(REQUEST_OUTCOMES, { message: `outcome must be one of: ${REQUEST_OUTCOMES.join(', ')}` })
  outcome!: RequestOutcome;
}

export class ReasonDto {
  @ApiProperty({ example: 'exact', description: 'exact, related, skills, area, km, full_time, part_time, language' })
  code!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { km: '12' } })
  params!: Record<string, string>;
  @ApiProperty({ example: 'Ønsker at arbejde som tømrer' }) text!: string;
}

export class StaffCandidateDto {
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['anonymous', 'named'] }) visibility!: 'anonymous' | 'named';
  @ApiProperty({ example: 82, description: 'The match score (0–100), as for job matches' }) score!: number;
  @ApiProperty({ type: [ReasonDto] }) reasons!: ReasonDto[];
  @ApiProperty({
    enum: ['invited', 'accepted', 'declined', 'withdrawn'],
    nullable: true,
    description: 'An earlier proposal for this request, if any',
  })
  proposal!: string | null;
}

export class StaffCandidatesDto {
  @ApiProperty({ type: [StaffCandidateDto] }) items!: StaffCandidateDto[];
}

export class NewProposalsDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 50 })
  @IsArray({ message: 'citizenIds must be a list of citizen ids' })
  @ArrayMinSize(1, { message: 'citizenIds must name at least one citizen' })
  @ArrayMaxSize(50, { message: 'citizenIds can name at most 50 citizens' })
  @ArrayUnique({ message: 'citizenIds must not repeat a citizen' })
  @IsUUID('all', { each: true, message: 'each value in citizenIds must be a UUID' })
  citizenIds!: string[];
}

export class ProposalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ enum: ['invited', 'accepted', 'declined', 'withdrawn'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) answeredAt!: string | null;
}

export class PlacementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid', description: 'The accepted proposal (candidate) the placement is for' })
  proposalId!: string;
  @ApiProperty({ enum: ['internship', 'wage_subsidy'] }) kind!: 'internship' | 'wage_subsidy';
  @ApiProperty({ example: 'Østjysk Byg A/S' }) companyName!: string;
  @ApiProperty({ description: "The citizen's name, or the candidate's label when the company sees them anonymously" })
  candidateName!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ enum: ['active', 'ended', 'hired'] }) status!: 'active' | 'ended' | 'hired';
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endedAt!: string | null;
}

export class EmployerPlacementsDto {
  @ApiProperty({ type: [PlacementDto] }) items!: PlacementDto[];
}

export class StaffRequestDetailDto extends EmployerRequestThreadDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) consultantId!: string | null;
  @ApiProperty({ type: [ProposalDto] }) proposals!: ProposalDto[];
  @ApiProperty({ type: [PlacementDto] }) placements!: PlacementDto[];
}

export class NewPlacementDto {
  @ApiProperty({ format: 'uuid', description: 'An accepted proposal of this request' })
  @IsUuid('proposalId must be a UUID')
  proposalId!: string;
  @ApiProperty({ example: '2027-01-04' }) @IsDate('startDate') startDate!: string;
  @ApiProperty({ example: '2027-02-26' }) @IsDate('endDate') endDate!: string;
  @ApiProperty({ example: 30, minimum: 1, maximum: 60 }) @IntRange(1, 60) hoursPerWeek!: number;
}

export class PlacementReportDto {
  @ApiProperty({ enum: ['ended', 'hired'], description: 'The placement ended, or led to a hire' })
  @IsIn(['ended', 'hired'], { message: 'outcome must be ended or hired' })
  outcome!: 'ended' | 'hired';
}

export class JobAdCreatedDto {
  @ApiProperty({ format: 'uuid' }) jobAdId!: string;
}

export class EmployerKpisDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ description: 'Requests received in the period' }) requests!: number;
  @ApiProperty({ description: 'Of those, answered by a consultant within 2 working days' })
  answeredWithinTwoWorkingDays!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The share (0–1); null without requests' })
  answeredShare!: number | null;
  @ApiProperty({ description: 'Citizens proposed to companies in the period' }) candidatesSent!: number;
  @ApiProperty({ description: 'Candidates who accepted' }) candidatesAccepted!: number;
  @ApiProperty({ description: 'Hires: requests closed as hired and placements that led to a hire' }) hires!: number;
}

export class EmployerKpiQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'Default: 30 days before `to`' })
  @IsOptional()
  @IsDate('from')
  from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Default: today' })
  @IsOptional()
  @IsDate('to')
  to?: string;
}

// ── the citizen's side ─────────────────────────────────────────────────────

export class EmployerVisibilityDto {
  @ApiProperty({
    enum: VISIBILITY_LEVELS,
    description:
      'hidden: no company sees you (default); anonymous: companies you accept see your occupations, skills, experience and area, never your name; named: also your name and the contact details you choose',
  })
  level!: VisibilityLevel;
  @ApiProperty({ description: 'With named: the company may see your e-mail address' }) shareEmail!: boolean;
  @ApiProperty({ description: 'With named: the company may see your phone number' }) sharePhone!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}

export class EmployerVisibilityInputDto {
  @ApiProperty({ enum: VISIBILITY_LEVELS })
  @IsIn(VISIBILITY_LEVELS, { message: `level must be one of: ${VISIBILITY_LEVELS.join(', ')}` })
  level!: VisibilityLevel;
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'shareEmail must be true or false' })
  shareEmail?: boolean;
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'sharePhone must be true or false' })
  sharePhone?: boolean;
}

export class EmployerInvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Østjysk Byg A/S' }) companyName!: string;
  @ApiProperty({ enum: REQUEST_KINDS }) kind!: RequestKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'Tømrere og bygningssnedkere' }) occupationTitle!: string;
  @ApiProperty({ example: '8000 Aarhus C' }) place!: string;
  @ApiProperty({ nullable: true, type: Number }) hoursPerWeek!: number | null;
  @ApiProperty({ enum: ['invited', 'accepted', 'declined', 'withdrawn'] }) status!: string;
  @ApiProperty({
    enum: VISIBILITY_LEVELS,
    description: 'What the company sees of you if you accept (your current level)',
  })
  visibility!: VisibilityLevel;
  @ApiProperty({ description: 'The request is still open' }) open!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) answeredAt!: string | null;
}

export class EmployerInvitationsDto {
  @ApiProperty({ type: [EmployerInvitationDto] }) items!: EmployerInvitationDto[];
}

export class InvitationAnswerDto {
  @ApiProperty({ description: 'true: the company may see you (at your visibility level); false: no thanks' })
  @IsBoolean({ message: 'accept must be true or false' })
  accept!: boolean;
}

// ── what the company sees of a candidate ──────────────────────────────────

export class CandidateExperienceDto {
  @ApiProperty({ example: 'Tømrer' }) title!: string;
  @ApiProperty({ nullable: true, type: String, example: '7115' }) occupationCode!: string | null;
  @ApiProperty({ example: 2019, description: 'Years only: no employer names' }) fromYear!: number;
  @ApiProperty({ nullable: true, type: Number }) toYear!: number | null;
}

export class CandidateContactDto {
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
}

export class EmployerCandidateDto {
  @ApiProperty({ format: 'uuid', description: 'The proposal (the candidate for this request), not the citizen' })
  id!: string;
  @ApiProperty({ enum: ['anonymous', 'named'] }) visibility!: 'anonymous' | 'named';
  @ApiProperty({ example: 'Kandidat 1', description: 'A label for anonymous candidates; the name for named ones' })
  label!: string;
  @ApiPropertyOptional({ description: 'named only' }) name?: string;
  @ApiPropertyOptional({ type: CandidateContactDto, description: 'named only: what the citizen chose to share' })
  contact?: CandidateContactDto;
  @ApiProperty({ type: [String], example: ['Tømrere og bygningssnedkere'] }) occupations!: string[];
  @ApiProperty({ type: [String], example: ['Truckcertifikat'] }) skills!: string[];
  @ApiProperty({ type: [CandidateExperienceDto] }) experience!: CandidateExperienceDto[];
  @ApiProperty({ example: 'Aarhus', description: 'The municipality of the home area, not the address' }) area!: string;
  @ApiProperty({ type: [ReasonDto], description: 'Why the candidate fits the request' }) reasons!: ReasonDto[];
  @ApiProperty({ format: 'date-time' }) acceptedAt!: string;
}

export class CandidateParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUuid('id must be a UUID') id!: string;
  @ApiProperty({ format: 'uuid', description: 'The candidate (proposal) id' })
  @IsUuid('candidateId must be a UUID')
  candidateId!: string;
}

export class EmployerCandidatesDto {
  @ApiProperty({ type: [EmployerCandidateDto] }) items!: EmployerCandidateDto[];
}
