import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@jobunivers/api/http';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class OccupationDto {
  @ApiProperty({ example: '2512', description: 'ISCO-08 unit group' }) code!: string;
  @ApiProperty({ example: 'Softwareudviklere' }) titleDa!: string;
  @ApiProperty({ example: 'Software developers' }) titleEn!: string;
}

export class OccupationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Words of the Danish or English title (accents ignored), or a code prefix',
    example: 'sygepl',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class OccupationCodeParamDto {
  @ApiProperty({ example: '2512' })
  @Matches(/^\d{4}$/, { message: 'code must be a 4-digit ISCO-08 unit group' })
  code!: string;
}

export class SkillDto {
  @ApiProperty({ example: 'forklift' }) id!: string;
  @ApiProperty({ example: 'Truckcertifikat' }) da!: string;
  @ApiProperty({ example: 'Forklift licence' }) en!: string;
}

export class SkillListDto {
  @ApiProperty({ type: [SkillDto] }) items!: SkillDto[];
}

export class SkillQueryDto {
  @ApiPropertyOptional({ description: 'Words of the Danish or English name', example: 'truck' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
