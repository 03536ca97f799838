import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@jobunivers/api/http';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;
export const MUNICIPALITY_SORTS = ['code', '-code', 'name', '-name'] as const;

export class MunicipalityDto {
  @ApiProperty({ example: '0751', description: '4-digit kommunekode' }) code!: string;
  @ApiProperty({ example: 'Aarhus' }) name!: string;
  @ApiProperty({ enum: REGIONS, example: 'Midtjylland' }) region!: string;
  @ApiProperty({ example: '1082' }) regionCode!: string;
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

  @ApiPropertyOptional({ enum: MUNICIPALITY_SORTS, default: 'code', description: 'Field to sort by; a leading "-" sorts descending.' })
  @IsOptional()
  @IsIn(MUNICIPALITY_SORTS)
  sort: (typeof MUNICIPALITY_SORTS)[number] = 'code';
}

export class MunicipalityCodeParamDto {
  @ApiProperty({ example: '0751' })
  @Matches(/^\d{4}$/, { message: 'code must be a 4-digit municipality code' })
  code!: string;
}
