import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@jobunivers/api/http';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MunicipalityDto } from './municipality.dto';

export class PostalCodeDto {
  @ApiProperty({ example: '8000' }) code!: string;
  @ApiProperty({ example: 'Aarhus C' }) name!: string;
  @ApiProperty({
    type: [MunicipalityDto],
    description: 'The municipalities the postal code lies in (most lie in one).',
  })
  municipalities!: MunicipalityDto[];
  @ApiProperty({ example: 56.15 }) latitude!: number;
  @ApiProperty({ example: 10.2 }) longitude!: number;
}

export class PostalCodeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Postal code prefix, or town name prefix (case-insensitive)', example: '80' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only postal codes in this municipality', example: '0751' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'municipality must be a 4-digit municipality code' })
  municipality?: string;
}

export class PostalCodeParamDto {
  @ApiProperty({ example: '8000' })
  @Matches(/^\d{4}$/, { message: 'code must be a 4-digit postal code' })
  code!: string;
}
