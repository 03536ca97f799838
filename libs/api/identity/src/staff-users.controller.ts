import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, type Page, PageQueryDto, StaffOnly } from '@jobunivers/api/http';
import { IdParamDto } from './dto/identity.dto';
import { IdentityErrorCode, IdentityException } from './identity.errors';
import { IdentityService } from './identity.service';
import { CurrentPrincipal, type StaffPrincipal } from './principal';
import { SessionService } from './session.service';

export class StaffUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Mette Kjær' }) name!: string;
  @ApiProperty({ example: 'mette.kjaer@aarhus.example.dk' }) email!: string;
  @ApiProperty({ enum: ['caseworker', 'team_lead', 'municipality_admin', 'employer_consultant'], isArray: true })
  roles!: string[];
  @ApiProperty({ example: '0751' }) municipalityCode!: string;
}

export class RevokedSessionsDto {
  @ApiProperty({ example: 2, description: 'How many live sessions were ended' }) revoked!: number;
}

/** The municipality's staff; admins can end a person's sessions at once (lost laptop, leaver). */
@ApiTags('identity')
@Controller('staff-users')
export class StaffUsersController {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
  ) {}

  @Get()
  @StaffOnly('team_lead', 'municipality_admin')
  @ApiOperation({ summary: "The municipality's staff" })
  @ApiPageResponse(StaffUserDto)
  async list(@CurrentPrincipal() principal: StaffPrincipal, @Query() query: PageQueryDto): Promise<Page<StaffUserDto>> {
    const page = await this.identity.listStaff(principal.municipalityCode, query);
    return {
      ...page,
      items: page.items.map((s) => ({
        id: s.id,
        name: s.name,
        email: s.email,
        roles: s.roles,
        municipalityCode: s.municipalityCode,
      })),
    };
  }

  @Post(':id/revoke-sessions')
  @StaffOnly('municipality_admin')
  @HttpCode(200)
  @ApiOperation({ summary: "End all of a staff member's sessions at once" })
  @ApiOkResponse({ type: RevokedSessionsDto })
  async revokeSessions(
    @CurrentPrincipal() principal: StaffPrincipal,
    @Param() { id }: IdParamDto,
  ): Promise<RevokedSessionsDto> {
    const staff = await this.identity.findStaff(id, principal.municipalityCode);
    if (!staff) throw new IdentityException(IdentityErrorCode.StaffUserNotFound);
    return { revoked: await this.sessions.revokeAllFor('staff', staff.id) };
  }
}
