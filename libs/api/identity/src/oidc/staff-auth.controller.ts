import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { type HttpReply, type HttpRequest, Public } from '@jobunivers/api/http';
import { RateLimit } from '../rate-limit';
import { safeReturnPath } from '../saml/citizen-auth.controller';
import { SessionService } from '../session.service';
import { StaffOidcService } from './staff-oidc.service';

/** The staff console page that explains a refused or failed sign-in (`?fejl=<reason>`). */
const LOGIN_PAGE = '/log-ind';

@ApiTags('identity')
@Controller('auth/staff')
export class StaffAuthController {
  constructor(
    private readonly oidc: StaffOidcService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @RateLimit('auth', { perRoute: true })
  @Public("starts staff sign-in at the municipality's identity provider")
  @ApiOperation({
    summary: "Staff sign-in (redirects to the municipality's OpenID Connect provider)",
    description:
      'Authorization code flow with PKCE. If the provider cannot be reached, the browser is sent back to the staff console, which says so.',
  })
  @ApiQuery({ name: 'returnTo', required: false, description: 'Path in the staff console to come back to' })
  @ApiFoundResponse({ description: 'Redirect to the identity provider' })
  async login(@Res() res: HttpReply, @Query('returnTo') returnTo?: string): Promise<void> {
    const url = await this.oidc.authorizationUrl(safeReturnPath(returnTo));
    res.redirect(url ?? `${this.config.staffAppUrl}${LOGIN_PAGE}?fejl=unavailable`, 302);
  }

  @Get('callback')
  @RateLimit('auth', { perRoute: true })
  @Public('OIDC redirect URI: the identity provider sends the browser back here with a code')
  @ApiExcludeEndpoint()
  async callback(@Req() req: HttpRequest, @Res() res: HttpReply): Promise<void> {
    const outcome = await this.oidc.complete(new URL(req.originalUrl, this.config.publicUrl));
    if (outcome.kind === 'signed-in') {
      await this.sessions.start(outcome.principal, 'oidc', res);
      res.redirect(this.config.staffAppUrl + outcome.returnTo, 303);
    } else {
      res.redirect(`${this.config.staffAppUrl}${LOGIN_PAGE}?fejl=${outcome.reason}`, 303);
    }
  }
}
