import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NSIS_LEVELS } from '@jobunivers/api/identity';

export class SsoQueryDto {
  @IsString() @MaxLength(20000) SAMLRequest!: string;
  @IsOptional() @IsString() @MaxLength(500) RelayState?: string;
  @IsOptional() @IsString() @MaxLength(200) SigAlg?: string;
  @IsOptional() @IsString() @MaxLength(2000) Signature?: string;
}

export class SsoFormDto {
  @IsString() @MaxLength(20000) SAMLRequest!: string;
  @IsOptional() @IsString() @MaxLength(500) RelayState?: string;
  @IsString() @MaxLength(100) person!: string;
  @IsIn(NSIS_LEVELS) loa!: (typeof NSIS_LEVELS)[number];
}

export class SloQueryDto {
  /** The SP's LogoutRequest (SP-initiated logout)… */
  @IsOptional() @IsString() @MaxLength(20000) SAMLRequest?: string;
  /** …or its LogoutResponse to our own LogoutRequest (IdP-initiated logout). */
  @IsOptional() @IsString() @MaxLength(20000) SAMLResponse?: string;
  @IsOptional() @IsString() @MaxLength(500) RelayState?: string;
  @IsOptional() @IsString() @MaxLength(200) SigAlg?: string;
  @IsOptional() @IsString() @MaxLength(2000) Signature?: string;
}
