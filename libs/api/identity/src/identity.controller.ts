import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type HttpReply, SignedIn } from '@jobunivers/api/http';
import { MeDto } from './dto/identity.dto';
import { type AuthenticatedRequest, CurrentPrincipal, type Principal } from './principal';
import { SessionService } from './session.service';

export function toMe(principal: Principal): MeDto {
  return principal.kind === 'client'
    ? {
        kind: 'client',
        id: principal.id,
        name: principal.name,
        roles: [],
        municipalityCode: principal.municipalityCode,
        scopes: principal.scopes,
      }
    : principal.kind === 'employer'
      ? {
          kind: 'employer',
          id: principal.id,
          name: principal.name,
          roles: principal.roles,
          municipalityCode: principal.municipalityCode,
          cvr: principal.cvr,
          companyName: principal.companyName,
        }
      : {
          kind: principal.kind,
          id: principal.id,
          name: principal.name,
          roles: principal.roles,
          municipalityCode: principal.municipalityCode,
        };
}

@ApiTags('identity')
@Controller()
export class IdentityController {
  constructor(private readonly sessions: SessionService) {}

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Who is signed in' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): MeDto {
    return toMe(principal);
  }

  @Post('auth/sign-out')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the browser session (at once)' })
  @ApiNoContentResponse()
  async signOut(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: HttpReply): Promise<void> {
    if (req.sessionId) await this.sessions.end(req.sessionId, res);
  }
}
