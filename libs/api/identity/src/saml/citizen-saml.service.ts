import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import {
  type PassportSamlConfig,
  type Profile,
  SAML,
  Strategy,
  ValidateInResponseTo,
  type VerifiedCallback,
} from '@node-saml/passport-saml';
import { readFileSync } from 'node:fs';
import { Passport } from 'passport';
import type { HttpReply, HttpRequest } from '@jobunivers/api/http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { IdentityService } from '../identity.service';
import type { CitizenPrincipal, EmployerPrincipal } from '../principal';
import { type SamlSessionInfo, SessionService } from '../session.service';
import { meetsRequiredLevel, OIOSAML } from './oiosaml';
import { PgSamlCacheProvider } from './pg-cache-provider';
import { devKeyPair, type KeyPair } from './saml-keys';

export const SAML_ACS_PATH = '/api/v1/auth/citizen/saml/acs';
export const SAML_SLO_PATH = '/api/v1/auth/citizen/saml/slo';
export const DEV_IDP_SLO_PATH = '/api/v1/dev-idp/saml/slo';
export const SAML_METADATA_PATH = '/api/v1/auth/citizen/saml/metadata';
export const DEV_IDP_SSO_PATH = '/api/v1/dev-idp/saml/sso';
export const DEV_IDP_ENTITY_PATH = '/api/v1/dev-idp/saml';

export type SignInOutcome =
  | { kind: 'signed-in'; principal: CitizenPrincipal | EmployerPrincipal; saml: SamlSessionInfo }
  | { kind: 'not-registered' }
  | { kind: 'refused'; reason: 'assurance' | 'invalid' };

const keyPairs = new Map<string, Promise<KeyPair>>();
/** One key pair per name and data dir, even when several parts ask at once. */
export function sharedDevKeyPair(dataDir: string, name: string, commonName: string): Promise<KeyPair> {
  const id = `${dataDir}:${name}`;
  if (!keyPairs.has(id)) keyPairs.set(id, devKeyPair(dataDir, name, commonName));
  return keyPairs.get(id)!;
}

/**
 * Citizens sign in with MitID through NemLog-in (OIOSAML 3, SAML 2.0 Web SSO), as a passport-saml
 * service provider. In dev mode the bundled test IdP (dev-idp module) stands in for NemLog-in.
 */
/** Passport's middleware: it reads the request's query and body, and answers redirects on Node's response. */
type PassportHandler = (req: HttpRequest | IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

@Injectable()
export class CitizenSamlService {
  private readonly logger = new Logger('CitizenSaml');
  private setup?: Promise<{ passport: InstanceType<typeof Passport>; strategy: Strategy; sp: KeyPair; saml: SAML }>;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly sessions: SessionService,
  ) {}

  get spEntityId(): string {
    return this.config.publicUrl + SAML_METADATA_PATH;
  }

  private async build() {
    const { config } = this;
    const dev = config.authMode === 'dev';
    if (
      !dev &&
      !(config.saml.idpSsoUrl && config.saml.idpCertFile && config.saml.spKeyFile && config.saml.spCertFile)
    ) {
      throw new PlatformException(
        PlatformErrorCode.ServiceUnavailable,
        'NemLog-in is not configured (SAML_IDP_SSO_URL, SAML_IDP_CERT_FILE, SAML_SP_KEY_FILE, SAML_SP_CERT_FILE).',
      );
    }
    const sp = dev
      ? await sharedDevKeyPair(config.dataDir, 'sp', 'Jobunivers SP (dev)')
      : { key: readFileSync(config.saml.spKeyFile!, 'utf8'), cert: readFileSync(config.saml.spCertFile!, 'utf8') };
    const idpCert = dev
      ? (await sharedDevKeyPair(config.dataDir, 'dev-idp', 'Jobunivers dev IdP')).cert
      : readFileSync(config.saml.idpCertFile!, 'utf8');
    const options: PassportSamlConfig = {
      name: 'nemlogin',
      callbackUrl: config.publicUrl + SAML_ACS_PATH,
      entryPoint: dev ? config.publicUrl + DEV_IDP_SSO_PATH : config.saml.idpSsoUrl,
      logoutUrl: dev ? config.publicUrl + DEV_IDP_SLO_PATH : (config.saml.idpSloUrl ?? ''),
      logoutCallbackUrl: config.publicUrl + SAML_SLO_PATH,
      issuer: this.spEntityId,
      idpIssuer: dev ? config.publicUrl + DEV_IDP_ENTITY_PATH : undefined,
      idpCert,
      privateKey: sp.key,
      publicCert: sp.cert,
      decryptionPvk: sp.key,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'sha256',
      identifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      audience: this.spEntityId,
      acceptedClockSkewMs: 60_000,
      maxAssertionAgeMs: 10 * 60_000,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: 10 * 60_000,
      cacheProvider: new PgSamlCacheProvider(this.dataSource, 10 * 60_000),
      disableRequestedAuthnContext: true,
      authnRequestBinding: 'HTTP-Redirect',
      passReqToCallback: false,
    };
    const strategy = new Strategy(
      options,
      (profile: Profile | null, done: VerifiedCallback) => done(null, profile ?? undefined),
      (profile: Profile | null, done: VerifiedCallback) => done(null, profile ?? undefined),
    );
    const passport = new Passport();
    passport.use('nemlogin', strategy);
    // The same settings, used directly for NemLog-in's LogoutRequests (no passport session involved).
    return { passport, strategy, sp, saml: new SAML(options) };
  }

  private ready() {
    this.setup ??= this.build().catch((error: unknown) => {
      this.setup = undefined;
      throw error;
    });
    return this.setup;
  }

  /**
   * Redirects the browser to NemLog-in with a signed AuthnRequest; `returnTo` comes back as RelayState.
   * Passport answers the redirect itself, on Node's response under Fastify's reply.
   */
  async login(req: HttpRequest, res: HttpReply, returnTo: string): Promise<void> {
    const { passport } = await this.ready();
    await new Promise<void>((resolve, reject) => {
      const next = (err?: unknown) => (err ? reject(err) : resolve());
      // passport-saml reads `additionalParams` (its own option, unknown to passport's types) for the RelayState.
      const authenticate = passport.authenticate.bind(passport) as (
        strategy: string,
        options: object,
      ) => PassportHandler;
      res.raw.once('finish', () => resolve());
      authenticate('nemlogin', { session: false, additionalParams: { RelayState: returnTo } })(req, res.raw, next);
    });
  }

  /** Validates the posted SAMLResponse (signature, audience, time, InResponseTo once) and finds the citizen. */
  async consume(req: HttpRequest, res: HttpReply): Promise<SignInOutcome> {
    const { passport } = await this.ready();
    const profile = await new Promise<Profile | undefined>((resolve) => {
      const callback = (err: unknown, user?: unknown) => {
        if (err) this.logger.warn(`SAML response refused: ${err instanceof Error ? err.message : String(err)}`);
        resolve(err || !user ? undefined : (user as Profile));
      };
      (passport.authenticate('nemlogin', { session: false }, callback) as PassportHandler)(req, res.raw, () =>
        resolve(undefined),
      );
    });
    if (!profile) return { kind: 'refused', reason: 'invalid' };
    if (!meetsRequiredLevel(profile[OIOSAML.loa])) return { kind: 'refused', reason: 'assurance' };
    const saml = { nameID: profile.nameID, nameIDFormat: profile.nameIDFormat, sessionIndex: profile.sessionIndex };
    // MitID Erhverv: the professional profile's CVR binds the employee to the company.
    const cvr = profile[OIOSAML.cvr];
    if (cvr !== undefined) {
      const [orgName, uuid] = [profile[OIOSAML.orgName], profile[OIOSAML.professionalUuid]];
      const names = [profile[OIOSAML.fullName], profile[OIOSAML.firstName], profile[OIOSAML.lastName]];
      const directory = this.identity.employerDirectory();
      if (typeof cvr !== 'string' || !/^\d{8}$/.test(cvr) || typeof orgName !== 'string' || typeof uuid !== 'string')
        return { kind: 'refused', reason: 'invalid' };
      if (!directory) return { kind: 'refused', reason: 'invalid' };
      const name =
        typeof names[0] === 'string' ? names[0] : [names[1], names[2]].filter((n) => typeof n === 'string').join(' ');
      const user = await directory.signIn({ cvr, orgName, professionalUuid: uuid, name: name || orgName });
      return { kind: 'signed-in', principal: this.identity.employerPrincipal(user) as EmployerPrincipal, saml };
    }
    const cpr = profile[OIOSAML.cprNumber];
    const citizen = typeof cpr === 'string' ? await this.identity.citizenDirectory()?.findActiveByCpr(cpr) : undefined;
    if (!citizen) return { kind: 'not-registered' };
    return {
      kind: 'signed-in',
      principal: {
        kind: 'citizen',
        id: citizen.id,
        name: citizen.name,
        municipalityCode: citizen.municipalityCode,
        roles: ['citizen'],
      },
      saml,
    };
  }

  /** The signed LogoutRequest URL at NemLog-in for a SAML session (SP-initiated single logout). */
  async logoutUrl(saml: SamlSessionInfo, relayState: string): Promise<string> {
    const { strategy } = await this.ready();
    return new Promise((resolve, reject) => {
      const req = {
        user: { ...saml, issuer: this.spEntityId },
        query: { RelayState: relayState },
        body: {},
      } as unknown as HttpRequest;
      strategy.logout(req as never, (err: Error | null, url?: string | null) =>
        err || !url ? reject(err ?? new Error('no logout URL')) : resolve(url),
      );
    });
  }

  /** Validates NemLog-in's LogoutResponse (redirect binding: signature over the query, InResponseTo once). */
  async confirmLogout(req: HttpRequest, res: HttpReply): Promise<boolean> {
    const { passport } = await this.ready();
    return new Promise<boolean>((resolve) => {
      const callback = (err: unknown) => {
        if (err) this.logger.warn(`SAML logout response refused: ${err instanceof Error ? err.message : String(err)}`);
        resolve(false);
      };
      (passport.authenticate('nemlogin', { session: false }, callback) as PassportHandler)(req, res.raw, () =>
        resolve(true),
      );
    });
  }

  /**
   * IdP-initiated single logout: NemLog-in sends a signed LogoutRequest (redirect binding). It is
   * validated, the matching sessions end, and the browser goes back with a signed LogoutResponse.
   * Answers false when the request was refused (nothing ended; the caller explains).
   */
  async handleLogoutRequest(req: HttpRequest, res: HttpReply): Promise<boolean> {
    const { saml } = await this.ready();
    try {
      const originalQuery = req.originalUrl.split('?')[1] ?? '';
      const query = req.query as Record<string, string>;
      const { profile, loggedOut } = await saml.validateRedirectAsync(query, originalQuery);
      if (!loggedOut || !profile?.nameID) return false;
      const ended = await this.sessions.revokeSaml(profile.nameID, profile.sessionIndex);
      this.logger.log(`NemLog-in single logout ended ${ended} session(s)`);
      const relayState = typeof query['RelayState'] === 'string' ? query['RelayState'] : '';
      res.redirect(await saml.getLogoutResponseUrlAsync(profile, relayState, {}, true), 302);
      return true;
    } catch (err) {
      this.logger.warn(`SAML logout request refused: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  async metadata(): Promise<string> {
    const { strategy, sp } = await this.ready();
    return strategy.generateServiceProviderMetadata(sp.cert, sp.cert);
  }
}
