import { Controller, Get, Header, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { Public } from '@jobunivers/api/http';
import type { Request, Response } from 'express';
import { RateLimit } from '../rate-limit';
import { SessionService } from '../session.service';
import { CitizenSamlService } from './citizen-saml.service';

/** Only paths inside the citizen app: never an open redirect. */
export const safeReturnPath = (value: unknown): string => (typeof value === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(value) ? value : '/');

@ApiTags('identity')
@Controller('auth/citizen')
export class CitizenAuthController {
  constructor(
    private readonly saml: CitizenSamlService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Get('login')
  @RateLimit()
  @Public('starts MitID sign-in through NemLog-in')
  @ApiOperation({ summary: 'Sign in with MitID (redirects to NemLog-in with a signed SAML AuthnRequest)' })
  @ApiQuery({ name: 'returnTo', required: false, description: 'Path in the citizen app to come back to' })
  @ApiFoundResponse({ description: 'Redirect to NemLog-in' })
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string): Promise<void> {
    await this.saml.login(req, res, safeReturnPath(returnTo));
  }

  @Post('saml/acs')
  @RateLimit()
  @Public('SAML assertion consumer: NemLog-in posts the signed response here')
  @ApiExcludeEndpoint()
  async acs(@Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.saml.consume(req, res);
    const app = this.config.citizenAppUrl;
    if (outcome.kind === 'signed-in') {
      await this.sessions.start(outcome.principal, 'saml', res);
      res.redirect(303, app + safeReturnPath((req.body as Record<string, unknown>)['RelayState']));
    } else if (outcome.kind === 'not-registered') {
      res.redirect(303, `${app}/ikke-tilmeldt`);
    } else {
      res.redirect(303, `${app}/log-ind-fejl?reason=${outcome.reason}`);
    }
  }

  @Get('saml/metadata')
  @Public('SAML service provider metadata for NemLog-in registration')
  @Header('Content-Type', 'application/samlmetadata+xml')
  @ApiProduces('application/samlmetadata+xml')
  @ApiOkResponse({ description: 'SAML 2.0 SP metadata (entity id, ACS, signing certificate)' })
  metadata(): Promise<string> {
    return this.saml.metadata();
  }
}
