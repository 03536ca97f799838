import { trim, IsUuid } from '@jobunivers/api/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ALERT_MODES, type AlertMode } from '../entities/match-profile.entity';
import { SUGGESTION_ANSWERS, type SuggestionAnswer } from '../entities/job-suggestion.entity';
import { REASON_CODES, type ReasonCode } from '../job-matching.texts';
import { JobAdDto } from './job-ads.dto';

export class MatchFactorDto {
  @ApiProperty({ enum: ['occupation', 'skills', 'distance', 'hours', 'language', 'feedback'] }) factor!: string;
  @ApiProperty({ description: 'Points given (negative for feedback)' }) points!: number;
  @ApiProperty({ description: 'Most points the factor can give' }) max!: number;
}

export class SkillOfferDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() mode!: string;
}

export class MissingSkillDto {
  @ApiProperty({ example: 'forklift' }) id!: string;
  @ApiProperty({ example: 'Truckcertifikat' }) name!: string;
  @ApiProperty({ type: [SkillOfferDto], description: 'Published offers in the citizen’s municipality that develop it' })
  offers!: SkillOfferDto[];
}

export class MatchReasonDto {
  @ApiProperty({
    enum: REASON_CODES,
    description: 'What the reason is; apps word it from their own texts (`reasons` holds the server’s wording)',
  })
  code!: ReasonCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { title: 'Sygeplejersker' },
    description:
      'Values to fill in: exact/related {title} (occupation title in the Accept-Language), skills {matched, total}, km {km}, area {municipality}, language {language: ISO 639-1 code}, employer {employer}; the others none',
  })
  params!: Record<string, string>;
}

export class JobMatchDto {
  @ApiProperty({ type: JobAdDto }) jobAd!: JobAdDto;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({
    type: [String],
    example: ['Matcher dit jobønske: Sygeplejersker', '3 af 5 kompetencer', '18 km fra dig'],
    description:
      'Why it fits, worded by the server in the Accept-Language (da default, en); kept for integrators — apps word `reasonCodes`',
  })
  reasons!: string[];
  @ApiProperty({ type: [MatchReasonDto], description: 'The same reasons, in the same order, as codes and parameters' })
  reasonCodes!: MatchReasonDto[];
  @ApiProperty({ type: [MatchFactorDto] }) factors!: MatchFactorDto[];
  @ApiProperty({ type: [MissingSkillDto] }) missingSkills!: MissingSkillDto[];
  @ApiProperty() saved!: boolean;
  @ApiProperty() notRelevant!: boolean;
}

export class JobMatchesDto {
  @ApiProperty({ type: [JobMatchDto], description: 'Best first' }) items!: JobMatchDto[];
  @ApiProperty({ description: 'False when the profile lacks what matching needs (wished occupations or skills)' })
  profileReady!: boolean;
}

export class NotRelevantDto {
  @ApiPropertyOptional({ maxLength: 500, example: 'For langt væk' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason?: string;
}

export class SuggestJobDto {
  @ApiProperty({ format: 'uuid' }) @IsUuid('jobAdId must be a UUID') jobAdId!: string;
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'note must be text' })
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}

export class SuggestionAnswerDto {
  @ApiProperty({ enum: SUGGESTION_ANSWERS })
  @IsIn(SUGGESTION_ANSWERS, { message: 'answer must be applied or not_relevant' })
  answer!: SuggestionAnswer;
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @Length(0, 500, { message: 'reason must be at most 500 characters' })
  reason?: string;
}

export class JobSuggestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: JobAdDto }) jobAd!: JobAdDto;
  @ApiProperty() suggestedByName!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true, enum: SUGGESTION_ANSWERS }) answer!: SuggestionAnswer | null;
  @ApiProperty({ type: String, nullable: true }) answerReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) answeredAt!: string | null;
}

export class JobSuggestionsDto {
  @ApiProperty({ type: [JobSuggestionDto], description: 'Unanswered first, then newest' }) items!: JobSuggestionDto[];
}

export class SavedJobsDto {
  @ApiProperty({ type: [JobAdDto], description: 'Most recently saved first' }) items!: JobAdDto[];
}

export class JobAlertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: JobAdDto }) jobAd!: JobAdDto;
  @ApiProperty() score!: number;
  @ApiProperty({ enum: ['instant', 'daily'] }) mode!: 'instant' | 'daily';
  @ApiProperty() createdAt!: string;
}

export class JobAlertsDto {
  @ApiProperty({ type: [JobAlertDto], description: 'Newest first' }) items!: JobAlertDto[];
  @ApiProperty({ enum: ALERT_MODES }) mode!: AlertMode;
}

export class AlertSettingsDto {
  @ApiProperty({ enum: ALERT_MODES, description: 'instant: when a fitting ad arrives; daily: one digest a day; off' })
  @IsIn(ALERT_MODES, { message: 'mode must be instant, daily or off' })
  mode!: AlertMode;
}
