import { Controller, Get, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { ApiProblems, CitizenSelf, EmployerOnly, type HttpReply, type HttpRequest, Public } from '@jobunivers/api/http';
import type { AuthenticatedRequest } from '../principal';
import { RateLimit } from '../rate-limit';
import { SessionService } from '../session.service';
import { CitizenSamlService } from './citizen-saml.service';

export class CitizenLogoutDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Where to send the browser to end the NemLog-in session too (single logout); null when the session did not come from NemLog-in.',
  })
  logoutUrl!: string | null;
}

/** Only paths inside the citizen app: never an open redirect. */
export const safeReturnPath = (value: unknown): string =>
  typeof value === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(value) ? value : '/';

/** Ends the session here and answers NemLog-in's single-logout URL (SAML sessions only). */
async function samlLogout(
  saml: CitizenSamlService,
  sessions: SessionService,
  req: AuthenticatedRequest,
  res: HttpReply,
): Promise<CitizenLogoutDto> {
  const session = req.sessionId ? await sessions.find(req.sessionId) : undefined;
  if (req.sessionId) await sessions.end(req.sessionId, res);
  if (!session?.samlNameId || !session.samlNameIdFormat) return { logoutUrl: null };
  const logoutUrl = await saml.logoutUrl(
    {
      nameID: session.samlNameId,
      nameIDFormat: session.samlNameIdFormat,
      sessionIndex: session.samlSessionIndex ?? undefined,
    },
    '/',
  );
  return { logoutUrl };
}

/** The employer entrance ("For virksomheder"): MitID Erhverv through the same NemLog-in service provider. */
@ApiTags('identity')
@Controller('auth/employer')
export class EmployerAuthController {
  constructor(
    private readonly saml: CitizenSamlService,
    private readonly sessions: SessionService,
  ) {}

  @Get('login')
  @ApiProblems(503)
  @RateLimit('auth', { perRoute: true })
  @Public('starts MitID Erhverv sign-in through NemLog-in')
  @ApiOperation({
    summary: 'Sign in with MitID Erhverv (redirects to NemLog-in with a signed SAML AuthnRequest)',
    description:
      "The assertion's professional profile (CVR number) binds the employee to the company; it comes back to the public app's employer section.",
  })
  @ApiQuery({
    name: 'returnTo',
    required: false,
    description: 'Path in the public app to come back to (default /virksomhed)',
  })
  @ApiFoundResponse({ description: 'Redirect to NemLog-in' })
  async login(@Req() req: HttpRequest, @Res() res: HttpReply, @Query('returnTo') returnTo?: string): Promise<void> {
    const path = safeReturnPath(returnTo);
    await this.saml.login(req, res, path === '/' ? '/virksomhed' : path);
  }

  @Post('logout')
  @EmployerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign the employer out here and at NemLog-in (single logout)' })
  @ApiOkResponse({ type: CitizenLogoutDto })
  logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: HttpReply): Promise<CitizenLogoutDto> {
    return samlLogout(this.saml, this.sessions, req, res);
  }
}

@ApiTags('identity')
@Controller('auth/citizen')
export class CitizenAuthController {
  constructor(
    private readonly saml: CitizenSamlService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @ApiProblems(503)
  @RateLimit('auth', { perRoute: true })
  @Public('starts MitID sign-in through NemLog-in')
  @ApiOperation({ summary: 'Sign in with MitID (redirects to NemLog-in with a signed SAML AuthnRequest)' })
  @ApiQuery({ name: 'returnTo', required: false, description: 'Path in the citizen app to come back to' })
  @ApiFoundResponse({ description: 'Redirect to NemLog-in' })
  async login(@Req() req: HttpRequest, @Res() res: HttpReply, @Query('returnTo') returnTo?: string): Promise<void> {
    await this.saml.login(req, res, safeReturnPath(returnTo));
  }

  @Post('saml/acs')
  @RateLimit('auth', { perRoute: true })
  @Public('SAML assertion consumer: NemLog-in posts the signed response here')
  @ApiExcludeEndpoint()
  async acs(@Req() req: HttpRequest, @Res() res: HttpReply): Promise<void> {
    const outcome = await this.saml.consume(req, res);
    const app = this.config.citizenAppUrl;
    if (outcome.kind === 'signed-in') {
      await this.sessions.start(outcome.principal, 'saml', res, outcome.saml);
      res.redirect(app + safeReturnPath((req.body as Record<string, unknown>)['RelayState']), 303);
    } else if (outcome.kind === 'not-registered') {
      res.redirect(`${app}/ikke-tilmeldt`, 303);
    } else {
      res.redirect(`${app}/log-ind-fejl?reason=${outcome.reason}`, 303);
    }
  }

  @Post('logout')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign out here and at NemLog-in (single logout)',
    description:
      'Ends the Jobunivers session at once, and answers the URL of a signed LogoutRequest that ends the NemLog-in session too.',
  })
  @ApiOkResponse({ type: CitizenLogoutDto })
  logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: HttpReply): Promise<CitizenLogoutDto> {
    return samlLogout(this.saml, this.sessions, req, res);
  }

  @Get('saml/slo')
  @Public("SAML single logout: NemLog-in's LogoutResponse comes back here, and its LogoutRequest arrives here")
  @ApiExcludeEndpoint()
  async slo(@Req() req: HttpRequest, @Res() res: HttpReply): Promise<void> {
    if (typeof (req.query as Record<string, unknown>)['SAMLRequest'] === 'string') {
      // NemLog-in ends the session (e.g. the citizen signed out of another service).
      const answered = await this.saml.handleLogoutRequest(req, res);
      if (!answered && !res.sent) res.redirect(`${this.config.citizenAppUrl}/log-ind-fejl?reason=logout`, 303);
      return;
    }
    const confirmed = await this.saml.confirmLogout(req, res);
    res.redirect(`${this.config.citizenAppUrl}/${confirmed ? '?logget-ud' : 'log-ind-fejl?reason=logout'}`, 303);
  }

  @Get('saml/metadata')
  @Public('SAML service provider metadata for NemLog-in registration')
  @Header('Content-Type', 'application/samlmetadata+xml')
  @ApiProduces('application/samlmetadata+xml')
  @ApiOperation({ summary: 'SAML service provider metadata (for registration with NemLog-in)' })
  @ApiOkResponse({ description: 'SAML 2.0 SP metadata (entity id, ACS, signing certificate)' })
  metadata(): Promise<string> {
    return this.saml.metadata();
  }
}
