import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, type HttpReply, type Page, Public, toPage } from '@jobunivers/api/http';
import { DevSignInDto, DevUserDto, MeDto } from './dto/identity.dto';
import { toMe } from './identity.controller';
import { IdentityService } from './identity.service';
import { SessionService } from './session.service';

const DEV_ONLY = 'demo shortcut; answers 404 unless AUTH_MODE=dev (refused in production)';

/** The demo and test shortcut: pick a demo user and get a session exactly as a real sign-in gives. */
@ApiTags('identity')
@Controller('auth/dev')
@ApiProblems(404) // outside dev mode these routes answer 404, as if they did not exist
export class DevAuthController {
  constructor(
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
  ) {}

  @Get('users')
  @Public(DEV_ONLY)
  @ApiOperation({ summary: 'Demo users (dev mode only)' })
  @ApiPageResponse(DevUserDto)
  async users(): Promise<Page<DevUserDto>> {
    const users = await this.identity.listDevUsers();
    return toPage(users, users.length, { page: 1, limit: Math.max(users.length, 1) });
  }

  @Post('sign-in')
  @Public(DEV_ONLY)
  @HttpCode(200)
  @ApiOperation({ summary: 'Start a session as a demo user (dev mode only)' })
  @ApiOkResponse({ type: MeDto })
  async signIn(@Body() body: DevSignInDto, @Res({ passthrough: true }) res: HttpReply): Promise<MeDto> {
    const principal = await this.identity.devPrincipal(body.userId);
    await this.sessions.start(principal, 'dev', res);
    return toMe(principal);
  }
}
