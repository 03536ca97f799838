import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_OR_INSTANT_PATTERN, PageQueryDto, IsUuid } from '@jobunivers/api/http';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { REASONS, SEEN } from '../access-log-groups';

export class AuditEventDto {
  @ApiProperty({ example: '1' }) id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ enum: ['citizen', 'staff', 'client'] }) actorKind!: string;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiProperty({ example: 'Mette Kjær' }) actorName!: string;
  @ApiProperty({ example: '0751' }) actorMunicipalityCode!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) citizenId!: string | null;
  @ApiProperty({ enum: ['read', 'create', 'update', 'delete', 'reveal', 'export'] }) action!: string;
  @ApiProperty({ example: 'citizen.profile' }) resource!: string;
  @ApiProperty({ nullable: true, type: String }) resourceId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'caseload' }) purpose!: string | null;
  @ApiProperty({ enum: ['allowed', 'denied'] }) outcome!: string;
}

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUuid('citizenId must be a UUID') citizenId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUuid('actorId must be a UUID') actorId?: string;
  @ApiPropertyOptional({
    description: 'From this day or time (YYYY-MM-DD, or a time with an offset), inclusive',
    example: '2026-11-01',
  })
  @IsOptional()
  @Matches(DATE_OR_INSTANT_PATTERN, { message: 'from must be a date (YYYY-MM-DD) or a time with an offset' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD) or a time with an offset' })
  from?: string;
  @ApiPropertyOptional({
    description: 'Up to this day or time (YYYY-MM-DD, or a time with an offset), exclusive',
    example: '2026-12-01',
  })
  @IsOptional()
  @Matches(DATE_OR_INSTANT_PATTERN, { message: 'to must be a date (YYYY-MM-DD) or a time with an offset' })
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD) or a time with an offset' })
  to?: string;
}

/** One entry of the citizen's own access log: who looked at my data, when and why. */
export class AccessLogEntryDto {
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ enum: ['staff', 'client', 'employer'] }) actorKind!: string;
  @ApiProperty({ example: 'Mette Kjær', description: 'The person, or the municipal system' }) actorName!: string;
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ enum: ['read', 'create', 'update', 'delete', 'reveal', 'export'] }) action!: string;
  @ApiProperty({ example: 'citizen.profile' }) resource!: string;
  @ApiProperty({ nullable: true, type: String }) purpose!: string | null;
}

export class AccessLogQueryDto extends PageQueryDto {}

/** One line of the citizen's readable access log: one person (or system) on one day, what they saw and why. */
export class AccessLogGroupDto {
  @ApiProperty({ example: '2026-12-07', description: 'The day (Europe/Copenhagen)' }) date!: string;
  @ApiProperty({ enum: ['staff', 'client', 'employer'] }) actorKind!: string;
  @ApiProperty({ example: 'Mette Kjær', description: 'The person, the municipal system, or the company' })
  actorName!: string;
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ description: 'First look that day' }) firstAt!: string;
  @ApiProperty({ description: 'Last look that day' }) lastAt!: string;
  @ApiProperty({ description: 'How many audit rows the line stands for' }) count!: number;
  @ApiProperty({
    enum: SEEN,
    isArray: true,
    description:
      'What was seen, as codes the apps put in words (`lists`: the citizen’s name in a list such as a caseload)',
  })
  seen!: string[];
  @ApiProperty({
    enum: REASONS,
    isArray: true,
    description: 'Why, as codes; `stated`: the caseworker’s own words, in `statedPurposes`',
  })
  reasons!: string[];
  @ApiProperty({ type: [String], description: 'Purposes the caseworker wrote, as written' }) statedPurposes!: string[];
  @ApiProperty({ description: 'Something was changed, created or exported (not only read)' }) changed!: boolean;
}
