import { IsUuid } from '@jobunivers/api/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { API_SCOPES } from '../api-client.service';

export const ROLES = [
  'citizen',
  'employer',
  'caseworker',
  'team_lead',
  'municipality_admin',
  'employer_consultant',
] as const;

export class MeDto {
  @ApiProperty({ enum: ['citizen', 'staff', 'client', 'employer'] }) kind!: 'citizen' | 'staff' | 'client' | 'employer';
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Mette Kjær' }) name!: string;
  @ApiProperty({ enum: ROLES, isArray: true, description: 'Empty for API clients (they have scopes).' })
  roles!: string[];
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiPropertyOptional({ enum: API_SCOPES, isArray: true, description: 'API clients only.' }) scopes?: string[];
  @ApiPropertyOptional({ example: '12345678', description: "Employers only: the company's CVR number." }) cvr?: string;
  @ApiPropertyOptional({ example: 'Bygma A/S', description: "Employers only: the company's name." })
  companyName?: string;
}

export class DevUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ROLES, description: "The user's main role." }) role!: (typeof ROLES)[number];
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ example: 'Mette Kjær' }) name!: string;
  @ApiPropertyOptional({ example: '12345678', description: "Employer users: the company's CVR number." }) cvr?: string;
  @ApiPropertyOptional({ example: 'Bygma A/S', description: "Employer users: the company's name." })
  companyName?: string;
}

export class DevSignInDto {
  @ApiProperty({ format: 'uuid', description: 'An id from GET /api/v1/auth/dev/users' })
  @IsUuid('userId must be a demo user id (a UUID)')
  userId!: string;
}

/** RFC 6749 §4.4.2 access token request (application/x-www-form-urlencoded). */
export class TokenRequestDto {
  @ApiProperty({ enum: ['client_credentials'] }) @IsString() @IsNotEmpty() grant_type!: string;
  @ApiPropertyOptional({
    description: 'Space-separated scopes; default all the client holds.',
    example: 'citizens:read citizens:write',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  scope?: string;
  @ApiPropertyOptional({ description: 'Client id, when not sent with HTTP Basic.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  client_id?: string;
  @ApiPropertyOptional({ description: 'Client secret, when not sent with HTTP Basic.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  client_secret?: string;
}

export class TokenResponseDto {
  @ApiProperty() access_token!: string;
  @ApiProperty({ enum: ['Bearer'] }) token_type!: 'Bearer';
  @ApiProperty({ example: 3600 }) expires_in!: number;
  @ApiProperty({ example: 'citizens:read citizens:write' }) scope!: string;
}

export class ApiClientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'demo-municipal-system' }) clientId!: string;
  @ApiProperty({ example: 'Aarhus Kommune – fagsystem' }) name!: string;
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
  @ApiProperty({ enum: API_SCOPES, isArray: true }) scopes!: string[];
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) rotatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
}

export class ApiClientWithSecretDto extends ApiClientDto {
  @ApiProperty({ description: 'Shown once. Store it in the integrating system; it cannot be read again.' })
  clientSecret!: string;
}

export class CreateApiClientDto {
  @ApiProperty({ example: 'Aarhus Kommune – fagsystem' }) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty({ enum: API_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true, message: `each value in scopes must be one of: ${API_SCOPES.join(', ')}` })
  scopes!: string[];
}

export { IdParamDto } from '@jobunivers/api/http';
