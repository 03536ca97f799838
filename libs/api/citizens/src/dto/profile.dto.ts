import { trim, IntRange } from '@jobunivers/api/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MEETING_FORMS = ['in_person', 'video', 'phone'] as const;
export const NOTIFICATION_CHANNELS = ['in_app', 'push', 'email'] as const;
export const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE'] as const;

export class SkillEntryDto {
  @ApiPropertyOptional({
    example: 'forklift',
    description: 'A skill catalogue id (GET /skills); leave out for your own words',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  id?: string;
  @ApiProperty({ example: 'Truckcertifikat' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'skills.name must be 1–100 characters' })
  name!: string;
}

export class EducationDto {
  @ApiProperty({ example: 'Kontoruddannelse' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'education.title must be 1–200 characters' })
  title!: string;
  @ApiPropertyOptional({ example: 'Business College Syd' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  institution?: string;
  @ApiPropertyOptional({ example: 2015 })
  @IsOptional()
  @IntRange(1940, 2100, { message: 'education.completedYear must be a year' })
  completedYear?: number;
}

export class ExperienceDto {
  @ApiProperty({ example: 'Butiksassistent' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'experience.title must be 1–200 characters' })
  title!: string;
  @ApiProperty({ example: 'Netto' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'experience.employer must be 1–200 characters' })
  employer!: string;
  @ApiProperty({ example: '2019-03' })
  @Matches(MONTH, { message: 'experience.from must be a month (YYYY-MM)' })
  from!: string;
  @ApiPropertyOptional({ example: '2024-06' })
  @IsOptional()
  @Matches(MONTH, { message: 'experience.to must be a month (YYYY-MM)' })
  to?: string;
  @ApiPropertyOptional({ example: '5223' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'experience.occupationCode must be a 4-digit ISCO-08 code' })
  occupationCode?: string;
}

export class LanguageDto {
  @ApiProperty({ example: 'da', description: 'ISO 639-1 code' })
  @Matches(/^[a-z]{2}$/, { message: 'languages.language must be a 2-letter ISO 639-1 code' })
  language!: string;
  @ApiProperty({ enum: ['basic', 'good', 'fluent', 'native'] })
  @IsIn(['basic', 'good', 'fluent', 'native'], { message: 'languages.level must be basic, good, fluent or native' })
  level!: 'basic' | 'good' | 'fluent' | 'native';
}

export class WorkAreaDto {
  @ApiPropertyOptional({ example: 30, description: 'How far from home (km)' })
  @IsOptional()
  @IntRange(1, 300, { message: 'workArea.radiusKm must be a whole number of km, 1–300' })
  radiusKm?: number;
  @ApiPropertyOptional({ example: ['0751', '0746'], description: 'Or these municipalities' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(98)
  @ArrayUnique()
  @Matches(/^\d{4}$/, { each: true, message: 'workArea.municipalityCodes must be 4-digit municipality codes' })
  municipalityCodes?: string[];
}

export class ContactDto {
  @ApiProperty({ example: 'sofie@example.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'contact.email must be an e-mail address' })
  @MaxLength(320)
  email!: string;
  @ApiProperty({ example: '+45 20 30 40 50' })
  @Transform(trim)
  @Matches(/^\+?[\d ]{8,20}$/, { message: 'contact.phone must be a phone number (8–20 digits)' })
  phone!: string;
  @ApiProperty({ example: '8000' })
  @Matches(/^\d{4}$/, { message: 'contact.postalCode must be a 4-digit postal code' })
  postalCode!: string;
}

export class ProfileInputDto {
  @ApiProperty({ type: ContactDto }) @ValidateNested() @Type(() => ContactDto) contact!: ContactDto;
  @ApiProperty({ example: ['2512'], description: 'Wished occupations, ISCO-08 unit groups (GET /occupations)' })
  @IsArray()
  @ArrayMaxSize(10, { message: 'wishedOccupations can hold at most 10 occupations' })
  @ArrayUnique({ message: 'wishedOccupations must not repeat an occupation' })
  @Matches(/^\d{4}$/, { each: true, message: 'wishedOccupations must be 4-digit ISCO-08 codes' })
  wishedOccupations!: string[];
  @ApiProperty({ type: [SkillEntryDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SkillEntryDto)
  skills!: SkillEntryDto[];
  @ApiProperty({ type: [EducationDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EducationDto)
  education!: EducationDto[];
  @ApiProperty({ type: [ExperienceDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ExperienceDto)
  experience!: ExperienceDto[];
  @ApiProperty({ type: WorkAreaDto }) @ValidateNested() @Type(() => WorkAreaDto) workArea!: WorkAreaDto;
  @ApiProperty({ enum: ['full_time', 'part_time', 'both'], nullable: true })
  @IsOptional()
  @IsIn(['full_time', 'part_time', 'both'], { message: 'hours must be full_time, part_time or both' })
  hours!: 'full_time' | 'part_time' | 'both' | null;
  @ApiProperty({ type: [LanguageDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LanguageDto)
  languages!: LanguageDto[];
  @ApiProperty({ enum: LICENCES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(LICENCES, { each: true, message: `drivingLicences must be categories among ${LICENCES.join(', ')}` })
  drivingLicences!: string[];
  @ApiProperty({ enum: MEETING_FORMS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(MEETING_FORMS, { each: true, message: 'preferredMeetingForms must be in_person, video or phone' })
  preferredMeetingForms!: string[];
  @ApiProperty({ enum: NOTIFICATION_CHANNELS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_CHANNELS, { each: true, message: 'notificationChannels must be in_app, push or email' })
  notificationChannels!: string[];
}

export class ProfileDto extends ProfileInputDto {
  @ApiProperty({ example: 75, description: 'How complete the profile is (0–100)' }) completeness!: number;
  @ApiProperty({
    isArray: true,
    enum: [
      'wishedOccupations',
      'skills',
      'education',
      'experience',
      'workArea',
      'hours',
      'languages',
      'preferredMeetingForms',
    ],
    description: 'Sections still empty',
  })
  missing!: string[];
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
}
