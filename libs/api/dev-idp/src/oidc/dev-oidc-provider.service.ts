import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '@jobunivers/api/config';
import {
  DEMO_STAFF,
  DEV_OIDC_CLIENT_ID,
  DEV_OIDC_PATH,
  devOidcClientSecret,
  groupsForRoles,
  sharedDevKeyPair,
  STAFF_CALLBACK_PATH,
} from '@jobunivers/api/identity';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHmac, createPrivateKey } from 'node:crypto';
import type Provider from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';

const SCOPE = 'openid profile email';

/**
 * The bundled test OpenID Provider (`oidc-provider`) for dev and demo mode: it plays a
 * municipality's identity provider for the demo staff, with real discovery, signed ID tokens,
 * PKCE and the authorization code flow. Mounted under {@link DEV_OIDC_PATH}; loaded only in dev
 * mode (its state lives in memory: one API instance, as a demo runs).
 */
@Injectable()
export class DevOidcProvider implements OnModuleInit {
  private provider?: Promise<Provider>;

  constructor(
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  get issuer(): string {
    return this.config.publicUrl + DEV_OIDC_PATH;
  }

  onModuleInit(): void {
    if (this.config.authMode !== 'dev') return;
    // Mounted as middleware on Node's request and response (it runs before routing): the interaction
    // pages are Nest's own routes, so they pass through; the provider answers the rest of its path —
    // discovery, authorization, token, JWKS, userinfo. (The mount strips DEV_OIDC_PATH from `req.url`.)
    this.adapterHost.httpAdapter?.use(
      DEV_OIDC_PATH,
      (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
        if ((req.url ?? '').startsWith('/interaction/')) return next();
        this.get()
          .then((provider) => provider.callback()(req, res))
          .catch(next);
      },
    );
  }

  get(): Promise<Provider> {
    this.provider ??= this.create();
    return this.provider;
  }

  private async create(): Promise<Provider> {
    const { default: OidcProvider } = await import('oidc-provider');
    const config = this.config;
    const idp = await sharedDevKeyPair(config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    const signingKey = {
      ...createPrivateKey(idp.key).export({ format: 'jwk' }),
      alg: 'RS256',
      use: 'sig',
      kid: 'jobunivers-dev-idp',
    };
    const configuration: Configuration = {
      clients: [
        {
          client_id: DEV_OIDC_CLIENT_ID,
          client_secret: devOidcClientSecret(config),
          client_name: 'Jobunivers staff console',
          redirect_uris: [config.publicUrl + STAFF_CALLBACK_PATH],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [signingKey as never] },
      cookies: {
        keys: [createHmac('sha256', config.secrets.sessionSecret).update('dev-oidc-cookies').digest('base64url')],
      },
      claims: { openid: ['sub'], profile: ['name', 'groups', 'municipality_code'], email: ['email'] },
      // The ID token carries the profile claims itself (as Entra ID's groups claim does).
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      ttl: {
        AuthorizationCode: 60,
        IdToken: 600,
        AccessToken: 600,
        Interaction: 600,
        Grant: 12 * 3600,
        Session: 12 * 3600,
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `${DEV_OIDC_PATH}/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => {
        const staff = DEMO_STAFF.find((s) => s.email === sub);
        if (!staff) return undefined;
        return {
          accountId: sub,
          claims: () => ({
            sub,
            name: staff.name,
            email: staff.email,
            groups: groupsForRoles(config, staff.roles),
            municipality_code: staff.municipalityCode,
          }),
        };
      },
      // The staff console is this provider's own first-party client: no consent screen.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const provider = ctx.oidc.provider;
        const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
        if (grantId) return provider.Grant.find(grantId);
        const grant = new provider.Grant({
          clientId: ctx.oidc.client!.clientId,
          accountId: ctx.oidc.session!.accountId!,
        });
        grant.addOIDCScope(SCOPE);
        await grant.save();
        return grant;
      },
    };
    return new OidcProvider(this.issuer, configuration);
  }
}
