import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBooleanString, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, trim, IntRange } from '@jobunivers/api/http';

export class OccupationRefDto {
  @ApiProperty({ example: '2221' }) code!: string;
  @ApiProperty({ example: 'Sygeplejersker' }) title!: string;
}

export class SalaryDto {
  @ApiProperty({ example: 'DKK' }) currency!: string;
  @ApiPropertyOptional() value?: number;
  @ApiPropertyOptional() minValue?: number;
  @ApiPropertyOptional() maxValue?: number;
  @ApiPropertyOptional({ example: 'MONTH' }) unitText?: string;
}

/** A job ad as the apps show it in lists and on its page. */
export class JobAdDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() employer!: string;
  @ApiProperty({ description: 'Plain text (markup removed on import)' }) description!: string;
  @ApiProperty({ type: OccupationRefDto }) occupation!: OccupationRefDto;
  @ApiProperty({ type: String, nullable: true }) streetAddress!: string | null;
  @ApiProperty({ example: '8000' }) postalCode!: string;
  @ApiProperty({ example: 'Aarhus C' }) locality!: string;
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ example: 'Aarhus' }) municipalityName!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['full_time', 'part_time'] }) hours!:
    'full_time' | 'part_time' | null;
  @ApiProperty({ type: [String], example: ['FULL_TIME', 'PERMANENT'] }) employmentType!: string[];
  @ApiProperty({ type: String, nullable: true, example: '37 timer om ugen' }) workHours!: string | null;
  @ApiProperty({ type: [String], description: 'Catalogue skill ids' }) skills!: string[];
  @ApiProperty({ type: [String], description: 'Skills in the employer’s words, not in the catalogue' })
  otherSkills!: string[];
  @ApiProperty({ example: 'da' }) language!: string;
  @ApiProperty({ type: SalaryDto, nullable: true }) salary!: SalaryDto | null;
  @ApiProperty({ example: '2026-11-20' }) datePosted!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) validThrough!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where to apply' }) url!: string | null;
  @ApiProperty({ description: 'Still open (validThrough not passed)' }) open!: boolean;
  @ApiProperty({ description: 'Added by this municipality (staff may edit it)' }) ownedByMyMunicipality!: boolean;
  @ApiPropertyOptional({ description: 'Kilometres from the search centre or the citizen’s home' }) distanceKm?: number;
}

export class JobAdPageDto {
  @ApiProperty({ type: [JobAdDto] }) items!: JobAdDto[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
  @ApiProperty() totalPages!: number;
}

export class JobAdQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'Words to search title, employer and text (Danish stemming, accents ignored); quotes and - work as on the web',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;
  @ApiPropertyOptional({ description: 'ISCO-08 unit group (4 digits) or a group prefix (1–3 digits)' })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'occupation must be 1–4 digits of an ISCO-08 code' })
  occupation?: string;
  @ApiPropertyOptional({ description: 'Municipality code (4 digits); with radiusKm, the centre of the search' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipality must be a 4-digit municipality code' })
  municipality?: string;
  @ApiPropertyOptional({ description: 'Postal code as the centre of a radius search' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'postalCode must be a 4-digit postal code' })
  postalCode?: string;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 500,
    description: 'Within this distance of postalCode, municipality or (for a citizen) home',
  })
  @IsOptional()
  @IntRange(1, 500, { query: true })
  radiusKm?: number;
  @ApiPropertyOptional({ enum: ['full_time', 'part_time'] })
  @IsOptional()
  @IsIn(['full_time', 'part_time'], { message: 'hours must be full_time or part_time' })
  hours?: 'full_time' | 'part_time';
  @ApiPropertyOptional({ description: 'Staff: only ads added by my municipality (including expired ones)' })
  @IsOptional()
  @IsBooleanString({ message: 'mine must be true or false' })
  mine?: string;
}

export class ImportResultDto {
  @ApiProperty({ description: 'Position in the request' }) index!: number;
  @ApiProperty({ enum: ['created', 'updated', 'invalid'] }) status!: 'created' | 'updated' | 'invalid';
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
  @ApiPropertyOptional({ type: String }) identifier?: string | null;
  @ApiPropertyOptional({
    description: 'Every bad field, with its path inside the posting',
    type: 'array',
    items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
  })
  errors?: Array<{ field: string; message: string }>;
}

export class BulkImportDto {
  @ApiProperty({ type: [ImportResultDto] }) items!: ImportResultDto[];
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() invalid!: number;
}
