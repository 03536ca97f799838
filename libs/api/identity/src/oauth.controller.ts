import { Body, Controller, Header, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Public } from '@jobunivers/api/http';
import { ApiClientService, type IssuedToken } from './api-client.service';
import { TokenRequestDto, TokenResponseDto } from './dto/identity.dto';
import { IdentityErrorCode, IdentityException, oauthErrorOf } from './identity.errors';
import { RateLimit } from './rate-limit';

function basicCredentials(authorization?: string): { id: string; secret: string } | undefined {
  if (!authorization?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
  return {
    id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
    secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
  };
}

@ApiTags('identity')
@Controller('oauth')
export class OAuthController {
  constructor(private readonly clients: ApiClientService) {}

  @Post('token')
  @RateLimit('auth', { perRoute: true })
  @ApiProblems(401)
  @Public('OAuth2 token endpoint: the client authenticates with its credentials in the request')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'OAuth2 client credentials grant (RFC 6749 §4.4)',
    description:
      'Client id and secret by HTTP Basic or in the form body. Errors carry the RFC 6749 `error` code beside the problem fields.',
  })
  @ApiOkResponse({ type: TokenResponseDto })
  async token(@Body() body: TokenRequestDto, @Headers('authorization') authorization?: string): Promise<IssuedToken> {
    try {
      if (body.grant_type !== 'client_credentials')
        throw new IdentityException(
          IdentityErrorCode.UnsupportedGrantType,
          `grant_type ${body.grant_type} is not supported.`,
        );
      const basic = basicCredentials(authorization);
      const id = basic?.id ?? body.client_id;
      const secret = basic?.secret ?? body.client_secret;
      if (!id || !secret)
        throw new IdentityException(
          IdentityErrorCode.InvalidClient,
          'Send client_id and client_secret (HTTP Basic or form fields).',
        );
      return await this.clients.issueToken(id, secret, body.scope);
    } catch (error) {
      // RFC 6749 §5.2: token errors also carry the OAuth `error` code.
      const oauthError = error instanceof IdentityException ? oauthErrorOf(error.code) : undefined;
      throw oauthError && error instanceof IdentityException
        ? new IdentityException(error.code, error.detail, { ...error.extensions, error: oauthError })
        : error;
    }
  }
}
