import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_PATTERN as DATE, trim, IsUuid } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { KPI_KEYS } from '../kpi-definitions';

export class KpiQueryDto {
  @ApiPropertyOptional({
    example: '2026-06-01',
    description: 'First day (Europe/Copenhagen), default: the first of the month five months ago',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day, included (default: today)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;

  @ApiPropertyOptional({
    example: 'Team Nord',
    description: "One team's citizens and meetings (default: the whole municipality)",
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'team must be text' })
  @MaxLength(100, { message: 'team must be at most 100 characters' })
  team?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One caseworker's citizens and meetings" })
  @IsOptional()
  @IsUuid('caseworker must be a staff id (UUID)')
  caseworker?: string;
}

export class KpiPointDto {
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true }) numerator!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How many the value is computed over (cases, meetings, ratings, …)',
  })
  denominator!: number | null;
}

export class KpiGroupDto {
  @ApiProperty({ enum: ['unemployment_benefit', 'cash_benefit', 'job_ready_cash_benefit', 'unemployment_allowance'] })
  targetGroup!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
}

export class KpiDto {
  @ApiProperty({ enum: KPI_KEYS }) key!: string;
  @ApiProperty({ enum: ['share', 'days', 'minutes', 'count', 'score'], description: 'share: 0–1; score: 1–5' })
  unit!: string;
  @ApiProperty({ enum: ['up', 'down', 'zero', 'none'], description: 'Which way is better' }) goal!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'How it is computed, in plain words' }) definition!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Over the whole period (or now, for snapshots)' }) value!:
    number | null;
  @ApiProperty({ type: Number, nullable: true }) numerator!: number | null;
  @ApiProperty({ type: Number, nullable: true }) denominator!: number | null;
  @ApiProperty({ description: 'Measured now, not per month' }) snapshot!: boolean;
  @ApiProperty({ type: [KpiPointDto] }) series!: KpiPointDto[];
  @ApiPropertyOptional({ type: [Number], description: 'Number of ratings 1, 2, 3, 4, 5' }) distribution?: number[];
  @ApiPropertyOptional({
    type: Number,
    example: 0.75,
    description: 'The line the law draws: contact_coverage at least this share, exempt_share at most this share',
  })
  target?: number;
  @ApiPropertyOptional({
    type: [KpiGroupDto],
    description: 'The value per target group over the period (contact_coverage, exempt_share)',
  })
  groups?: KpiGroupDto[];
}

export class OverdueCitizenDto {
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'visitation_due' }) reason!: string;
  @ApiProperty({ example: '2026-11-10' }) dueDate!: string;
  @ApiProperty() daysOverdue!: number;
  @ApiProperty({ type: String, nullable: true }) caseworkerName!: string | null;
}

export class OverdueDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [OverdueCitizenDto], description: 'The oldest first, at most 100' }) items!: OverdueCitizenDto[];
}

export class TeamDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) caseworkerIds!: string[];
}

export class KpiReportDto {
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ example: '2026-06-01' }) from!: string;
  @ApiProperty({ example: '2026-11-22' }) to!: string;
  @ApiProperty({ type: String, nullable: true }) team!: string | null;
  @ApiProperty({ type: String, nullable: true }) caseworker!: string | null;
  @ApiProperty({ type: [String], example: ['2026-10', '2026-11'] }) months!: string[];
  @ApiProperty({ type: [TeamDto] }) teams!: TeamDto[];
  @ApiProperty({ type: [KpiDto] }) kpis!: KpiDto[];
  @ApiProperty({ type: OverdueDto }) overdue!: OverdueDto;
}
