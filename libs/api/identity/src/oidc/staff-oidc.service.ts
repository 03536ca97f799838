import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import * as oidc from 'openid-client';
import { LessThan, Repository } from 'typeorm';
import { DEV_ISSUER } from '../demo/identity.demo-seed';
import { OidcLoginEntity } from '../entities/oidc-login.entity';
import { IdentityService } from '../identity.service';
import type { StaffPrincipal } from '../principal';
import {
  DEV_OIDC_CLIENT_ID,
  DEV_OIDC_PATH,
  devOidcClientSecret,
  rolesForGroups,
  STAFF_CALLBACK_PATH,
} from './dev-oidc';

/** A sign-in answered later than this after it started is refused. */
const LOGIN_TTL_MS = 10 * 60_000;

export type StaffSignInOutcome =
  | { kind: 'signed-in'; principal: StaffPrincipal; returnTo: string }
  /** Why, as a short code the staff console explains. */
  | {
      kind: 'refused';
      reason: 'unavailable' | 'invalid' | 'expired' | 'cancelled' | 'no-role' | 'no-municipality' | 'inactive';
    };

/**
 * Staff sign in with their municipality's identity provider over OpenID Connect: authorization
 * code flow with PKCE (S256), state and nonce, ID token validated by `openid-client`. Groups in
 * the ID token map to roles; the provider is the source of truth for name, e-mail and roles, so
 * they are updated at every sign-in (just-in-time provisioning on the first).
 */
@Injectable()
export class StaffOidcService {
  private readonly logger = new Logger('StaffOidc');
  private discovered?: Promise<oidc.Configuration>;

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(OidcLoginEntity) private readonly logins: Repository<OidcLoginEntity>,
    private readonly identity: IdentityService,
  ) {}

  private get dev(): boolean {
    return this.config.authMode === 'dev';
  }

  get issuer(): string | undefined {
    return this.dev ? this.config.publicUrl + DEV_OIDC_PATH : this.config.staffOidc.issuer;
  }

  /** The provider's metadata, discovered once (and again after a failure). */
  private configuration(): Promise<oidc.Configuration> {
    const { staffOidc } = this.config;
    const issuer = this.issuer;
    const clientId = this.dev ? DEV_OIDC_CLIENT_ID : staffOidc.clientId;
    const secret = this.dev ? devOidcClientSecret(this.config) : staffOidc.clientSecret;
    if (!issuer || !clientId || !secret)
      return Promise.reject(
        new Error(
          'Staff sign-in is not configured (STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET).',
        ),
      );
    // The bundled dev provider runs on this API's own (possibly plain http) origin.
    const options = this.dev && issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : undefined;
    this.discovered ??= oidc
      .discovery(new URL(issuer), clientId, secret, undefined, options)
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }

  /** Starts a sign-in: remembers state, nonce and PKCE verifier, answers the provider's URL. */
  async authorizationUrl(returnTo: string): Promise<string | undefined> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.configuration();
    } catch (error) {
      this.logger.warn(`Staff identity provider unavailable: ${(error as Error).message}`);
      return undefined;
    }
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.logins.delete({ createdAt: LessThan(new Date(Date.now() - LOGIN_TTL_MS)) });
    await this.logins.insert({ state, nonce, codeVerifier, returnTo, createdAt: new Date() });
    const params: Record<string, string> = {
      redirect_uri: this.config.publicUrl + STAFF_CALLBACK_PATH,
      scope: 'openid profile email',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    // Demo: always show the test provider's picker, so one browser can switch between demo staff.
    if (this.dev) params['prompt'] = 'login';
    return oidc.buildAuthorizationUrl(configuration, params).href;
  }

  /** Finishes a sign-in from the provider's redirect (`callbackUrl` is the full URL it called). */
  async complete(callbackUrl: URL): Promise<StaffSignInOutcome> {
    const state = callbackUrl.searchParams.get('state');
    const login = state ? await this.logins.findOneBy({ state }) : null;
    if (!login || !(await this.logins.delete({ state: login.state })).affected)
      return { kind: 'refused', reason: 'invalid' };
    if (login.createdAt.getTime() < Date.now() - LOGIN_TTL_MS) return { kind: 'refused', reason: 'expired' };
    if (callbackUrl.searchParams.get('error') === 'access_denied') return { kind: 'refused', reason: 'cancelled' };

    let claims: oidc.IDToken;
    try {
      const configuration = await this.configuration();
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
    } catch (error) {
      this.logger.warn(`Staff sign-in refused: ${(error as Error).message}`);
      return { kind: 'refused', reason: 'invalid' };
    }
    return this.provision(claims, login.returnTo);
  }

  /** Maps the ID token's claims to a staff member (created on first sign-in, updated after). */
  private async provision(claims: oidc.IDToken, returnTo: string): Promise<StaffSignInOutcome> {
    const { staffOidc } = this.config;
    const groups = asStrings(claims[staffOidc.groupsClaim]);
    const roles = rolesForGroups(this.config, groups);
    if (roles.length === 0) return { kind: 'refused', reason: 'no-role' };
    const municipalityCode = staffOidc.municipalityCode ?? claims[staffOidc.municipalityClaim];
    if (typeof municipalityCode !== 'string' || !/^\d{4}$/.test(municipalityCode))
      return { kind: 'refused', reason: 'no-municipality' };

    const issuer = this.dev ? DEV_ISSUER : claims.iss;
    const name =
      typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim().slice(0, 200) : claims.sub;
    const email = typeof claims['email'] === 'string' ? claims['email'].slice(0, 320) : '';
    const user = await this.identity.provisionStaff({
      issuer,
      subject: claims.sub,
      name,
      email,
      roles,
      municipalityCode,
    });
    if (!user) return { kind: 'refused', reason: 'inactive' };
    return {
      kind: 'signed-in',
      principal: {
        kind: 'staff',
        id: user.id,
        name: user.name,
        municipalityCode: user.municipalityCode,
        roles: user.roles,
      },
      returnTo,
    };
  }
}

/** A groups claim may come as an array or as one space- or comma-separated string. */
function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
