import { DATE_PATTERN, trim, IsUuid } from '@jobunivers/api/http';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { JOBLOG_STATUSES, type JoblogStatus } from '../entities/joblog-entry.entity';

export class JoblogInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A job ad (employer and title are then taken from it)' })
  @IsOptional()
  @IsUuid('jobAdId must be a UUID')
  jobAdId?: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'Aarhus Kommune', description: 'Required without jobAdId' })
  @ValidateIf((o: JoblogInputDto) => !o.jobAdId || o.employer !== undefined)
  @Transform(trim)
  @IsString({ message: 'employer must be text' })
  @Length(1, 200, { message: 'employer must be 1–200 characters' })
  employer?: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'Bogholder', description: 'Required without jobAdId' })
  @ValidateIf((o: JoblogInputDto) => !o.jobAdId || o.title !== undefined)
  @Transform(trim)
  @IsString({ message: 'title must be text' })
  @Length(1, 200, { message: 'title must be 1–200 characters' })
  title?: string;
  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD, not in the future' })
  @Matches(DATE_PATTERN, { message: 'appliedOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'appliedOn must be a date (YYYY-MM-DD)' })
  appliedOn!: string;
  @ApiProperty({ enum: JOBLOG_STATUSES })
  @IsIn(JOBLOG_STATUSES, { message: 'status must be applied, interview, rejected, offer or hired' })
  status!: JoblogStatus;
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'notes must be text' })
  @Length(0, 2000, { message: 'notes must be at most 2000 characters' })
  notes?: string;
}

export class JoblogPatchDto extends PartialType(JoblogInputDto) {}

export class JoblogEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) jobAdId!: string | null;
  @ApiProperty() employer!: string;
  @ApiProperty() title!: string;
  @ApiProperty() appliedOn!: string;
  @ApiProperty({ enum: JOBLOG_STATUSES }) status!: JoblogStatus;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty() updatedAt!: string;
}

export class JoblogDto {
  @ApiProperty({ type: [JoblogEntryDto], description: 'Latest application first' }) items!: JoblogEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Date of the latest application' }) lastAppliedOn!:
    string | null;
}
