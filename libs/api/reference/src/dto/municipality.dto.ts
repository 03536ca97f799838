import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;
export const MUNICIPALITY_SORTS = ['code', '-code', 'name', '-name'] as const;

export class MunicipalityDto {
  @ApiProperty({ example: '0751', description: '4-digit kommunekode' }) code!: string;
  @ApiProperty({ example: 'Aarhus' }) name!: string;
  @ApiProperty({ enum: REGIONS, example: 'Midtjylland' }) region!: string;
  @ApiProperty({ example: '1082' }) regionCode!: string;
  @ApiProperty({
    example: 'Jobcenter Aarhus',
    description:
      'The name the municipality signs call-in letters, notifications and calendar invitations with (set by its admins)',
  })
  unitName!: string;
  @ApiProperty({ example: 56.15, description: 'Latitude of the centre point (WGS84)' }) latitude!: number;
  @ApiProperty({ example: 10.2, description: 'Longitude of the centre point (WGS84)' }) longitude!: number;
}

export class MunicipalityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Name prefix (case-insensitive) or exact code', example: 'Aar' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: (typeof REGIONS)[number];

  @ApiPropertyOptional({
    enum: MUNICIPALITY_SORTS,
    default: 'code',
    description: 'Field to sort by; a leading "-" sorts descending.',
  })
  @IsOptional()
  @IsIn(MUNICIPALITY_SORTS)
  sort: (typeof MUNICIPALITY_SORTS)[number] = 'code';
}

export class MunicipalityCodeParamDto {
  @ApiProperty({ example: '0751' })
  @Matches(/^\d{4}$/, { message: 'code must be a 4-digit municipality code' })
  code!: string;
}

export class UnitNameInputDto {
  @ApiProperty({
    example: 'Rudersdal Kommune, Job og Ydelse',
    minLength: 2,
    maxLength: 150,
    description: 'How the municipality names itself to citizens in letters and notifications',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'unitName must be text' })
  @Length(2, 150, { message: 'unitName must be 2–150 characters' })
  unitName!: string;
}
