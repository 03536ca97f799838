import { ApiProperty } from '@nestjs/swagger';
import { trim } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { REQUIREMENT_KINDS, TARGET_GROUPS } from '../contact/contact-rules';

export class ContactRequirementRuleDto {
  @ApiProperty({
    enum: REQUIREMENT_KINDS,
    description:
      'first_meeting: the first (mandatory) meeting; job_meetings: meetings within a period; month_16_meeting: the meeting around month 16',
  })
  kind!: string;
  @ApiProperty({ example: 1, description: 'How many held meetings' }) count!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 183,
    description: 'Within this many days of the unemployment’s start',
  })
  withinDays!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Due around this day of the unemployment' })
  atDay!: number | null;
  @ApiProperty({ example: 0, description: 'A meeting counts from this day of the unemployment' }) fromDay!: number;
  @ApiProperty({
    enum: ['any', 'in_person_first'],
    description: 'in_person_first: offered in person unless the citizen asks for phone or video',
  })
  form!: string;
  @ApiProperty({ description: 'Lifted by an exemption (the municipality’s allowed share)' }) exemptable!: boolean;
}

export class ContactRuleGroupDto {
  @ApiProperty({ enum: TARGET_GROUPS, description: 'The target group (follows the citizen’s benefit)' })
  targetGroup!: string;
  @ApiProperty({ description: 'Close to the labour market: counted in the 75 % coverage and the exemption quota' })
  closeToLabourMarket!: boolean;
  @ApiProperty({ type: [ContactRequirementRuleDto] }) requirements!: ContactRequirementRuleDto[];
}

export class ContactRuleSetDto {
  @ApiProperty({ example: 'lov-1750-2026' }) id!: string;
  @ApiProperty({ example: '2026-07-01', description: 'Applies to unemployment that started on or after this day' })
  validFrom!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-12-31',
    description: 'Last start day it applies to; null: until further notice',
  })
  validTo!: string | null;
  @ApiProperty({ description: 'The law and guidance the numbers come from' }) source!: string;
  @ApiProperty({ example: 0.25, description: 'Share of a target group’s 6-month cohort that may be exempted' })
  maxExemptShare!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.75,
    description: 'Share that must have had its meetings within 6 months',
  })
  coverageTarget!: number | null;
  @ApiProperty({ type: [ContactRuleGroupDto] }) groups!: ContactRuleGroupDto[];
}

export class ContactRuleSetListDto {
  @ApiProperty({ type: [ContactRuleSetDto] }) items!: ContactRuleSetDto[];
}

export class PlannedRequirementDto {
  @ApiProperty({ enum: REQUIREMENT_KINDS }) kind!: string;
  @ApiProperty({ example: 1, description: 'The n-th meeting of its kind' }) index!: number;
  @ApiProperty({ example: '2026-11-02', description: 'First day a meeting counts for it' }) from!: string;
  @ApiProperty({ example: '2027-05-04' }) dueBy!: string;
  @ApiProperty({ enum: ['any', 'in_person_first'] }) form!: string;
  @ApiProperty({ enum: ['met', 'due', 'overdue', 'exempt'] }) status!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The held meeting that met it (met), or the booked meeting that will (due)',
  })
  meetingId!: string | null;
}

export class ContactExemptionDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'Name of the caseworker who exempted the citizen' }) by!: string;
  @ApiProperty({ example: '2026-12-01T09:30:00.000Z' }) at!: string;
}

export class ContactPlanDto {
  @ApiProperty({ example: 'lov-1750-2026' }) ruleSetId!: string;
  @ApiProperty({ enum: TARGET_GROUPS }) targetGroup!: string;
  @ApiProperty({ example: '2026-11-02' }) unemployedSince!: string;
  @ApiProperty({ type: [PlannedRequirementDto] }) requirements!: PlannedRequirementDto[];
  @ApiProperty({ type: ContactExemptionDto, nullable: true }) exemption!: ContactExemptionDto | null;
}

export class ContactExemptionInputDto {
  @ApiProperty({ minLength: 10, maxLength: 1000, example: 'Har fået job fra 1. februar, samtaler giver ikke mening.' })
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @Length(10, 1000, { message: 'reason must be 10–1000 characters' })
  reason!: string;
}

export class ExemptionQuotaDto {
  @ApiProperty({ enum: TARGET_GROUPS }) targetGroup!: string;
  @ApiProperty({ example: 'lov-1750-2026' }) ruleSetId!: string;
  @ApiProperty({ example: '2026-H2', description: 'The half-year the citizen’s unemployment started in' })
  cohort!: string;
  @ApiProperty({ example: '2026-07-01' }) cohortFrom!: string;
  @ApiProperty({ example: '2026-12-31' }) cohortTo!: string;
  @ApiProperty({
    description: 'Citizens of the municipality in this target group whose unemployment started in the cohort',
  })
  cohortSize!: number;
  @ApiProperty({ description: 'Of them, exempt now' }) exempt!: number;
  @ApiProperty({ example: 0.25 }) maxShare!: number;
  @ApiProperty({ description: 'How many may be exempt (the share of the cohort, rounded down)' }) allowed!: number;
  @ApiProperty({ description: 'allowed − exempt (never below 0)' }) remaining!: number;
}
