import { Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import { RealtimeService } from '@jobunivers/api/realtime';
import type { HttpReply } from '@jobunivers/api/http';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { SessionEntity } from './entities/session.entity';
import type { CitizenPrincipal, EmployerPrincipal, StaffPrincipal } from './principal';
import { csrfTokenFor, hashToken, newToken } from './tokens';

/**
 * The session cookie's name, from the config in this one place. In production `__Host-`: the browser
 * accepts it only with `Secure`, `Path=/` and no `Domain`, so no sibling subdomain can set or shadow
 * it. In development (API on plain http://localhost:3000) the plain name, as `Secure` needs https.
 */
export const sessionCookieName = (config: Pick<AppConfig, 'isProduction'>): string =>
  config.isProduction ? '__Host-jobunivers_session' : 'jobunivers_session';
/**
 * The double-submit CSRF cookie, which the SPAs read by this name. The server never trusts its value
 * (the header must equal an HMAC of the session id), so a planted one cannot help an attacker; it
 * gets the same attributes as the session cookie (`Secure` in production, `Path=/`, no `Domain`).
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/** Only touch `last_seen_at` this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;
/** How long a resolved session is reused for the next requests with the same cookie (a page's burst). */
const CACHE_MS = 2_000;
const CACHE_MAX = 50_000;
/** The live topic on which every instance hears that sessions were revoked somewhere. */
const REVOKED_TOPIC = 'platform:sessions';

export type SessionPrincipal = CitizenPrincipal | StaffPrincipal | EmployerPrincipal;

/** The principal a stored session stands for. */
export function principalOf(session: SessionEntity): SessionPrincipal {
  const base = { id: session.principalId, name: session.name, municipalityCode: session.municipalityCode };
  switch (session.principalKind) {
    case 'citizen':
      return { ...base, kind: 'citizen', roles: ['citizen'] };
    case 'employer':
      return {
        ...base,
        kind: 'employer',
        roles: ['employer'],
        cvr: session.cvr ?? '',
        companyName: session.companyName ?? '',
      };
    case 'staff':
      return { ...base, kind: 'staff', roles: session.roles as StaffPrincipal['roles'] };
  }
}

export interface SamlSessionInfo {
  nameID: string;
  nameIDFormat: string;
  sessionIndex?: string;
}

/**
 * Server-side sessions in PostgreSQL behind an httpOnly cookie. A session ends at its idle
 * timeout, its absolute lifetime, sign-out or revocation — whichever comes first, at once.
 */
@Injectable()
export class SessionService implements OnModuleInit {
  private readonly logger = new Logger('Sessions');
  /**
   * Resolved sessions by cookie token, each reused for {@link CACHE_MS}: the few requests a page fires
   * at once cost one look-up. Revocation must stay immediate on every instance, so an entry is only
   * trusted while this instance's live listener is connected and has been since the entry was made
   * (the realtime epoch), and every revocation clears the caches of all instances through it.
   */
  private readonly cache = new Map<string, { session: SessionEntity; until: number; epoch: number }>();
  private generation = 0;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    @Optional() private readonly realtime?: RealtimeService,
  ) {}

  onModuleInit(): void {
    const listen = (): void => {
      this.realtime
        ?.subscribe(REVOKED_TOPIC, () => this.forget())
        .catch((err: unknown) => {
          this.logger.warn(
            { err },
            'cannot listen for session revocations yet; sessions are looked up every time until then',
          );
          setTimeout(listen, 5_000).unref();
        });
    };
    listen();
  }

  async start(
    principal: SessionPrincipal,
    method: 'dev' | 'saml' | 'oidc',
    res: HttpReply,
    saml?: SamlSessionInfo,
  ): Promise<SessionEntity> {
    const token = newToken();
    const now = new Date();
    const session = await this.sessions.save(
      this.sessions.create({
        tokenHash: hashToken(token),
        principalKind: principal.kind,
        principalId: principal.id,
        municipalityCode: principal.municipalityCode,
        name: principal.name,
        roles: principal.roles,
        cvr: principal.kind === 'employer' ? principal.cvr : null,
        companyName: principal.kind === 'employer' ? principal.companyName : null,
        method,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.sessionMaxHours * 3_600_000),
        revokedAt: null,
        samlNameId: saml?.nameID ?? null,
        samlNameIdFormat: saml?.nameIDFormat ?? null,
        samlSessionIndex: saml?.sessionIndex ?? null,
      }),
    );
    const maxAge = this.config.sessionMaxHours * 3_600; // seconds (Max-Age), with Expires for old clients
    const cookie = { ...this.cookieAttributes(), maxAge, expires: new Date(now.getTime() + maxAge * 1000) };
    res.setCookie(this.cookieName, token, { ...cookie, httpOnly: true });
    res.setCookie(CSRF_COOKIE, this.csrfToken(session.id), { ...cookie, httpOnly: false });
    return session;
  }

  /** The name of the session cookie (see {@link sessionCookieName}); the guard reads this one. */
  get cookieName(): string {
    return sessionCookieName(this.config);
  }

  /** Path=/ and no Domain always (what `__Host-` demands); Secure in production. */
  private cookieAttributes() {
    return { sameSite: 'lax' as const, secure: this.config.isProduction, path: '/' };
  }

  /** The live session for a cookie token, or undefined; refreshes the idle timer. */
  async resolve(token: string): Promise<SessionEntity | undefined> {
    // The cache is keyed by the token itself: in memory only, like the request that carries it (hashed for the database).
    const epoch = this.realtime?.listeningEpoch;
    const now = Date.now();
    const hit = this.cache.get(token);
    let session: SessionEntity | null;
    if (hit && epoch !== undefined && hit.epoch === epoch && hit.until > now) {
      session = hit.session;
    } else {
      const generation = this.generation;
      session = await this.sessions.findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
      this.cache.delete(token);
      // Cache only what no revocation can have overtaken while it was read.
      if (session && epoch !== undefined && generation === this.generation && epoch === this.realtime?.listeningEpoch) {
        if (this.cache.size >= CACHE_MAX) this.cache.clear();
        this.cache.set(token, { session, until: now + CACHE_MS, epoch });
      }
    }
    if (!session) return undefined;
    const idleLimit = session.lastSeenAt.getTime() + this.config.sessionIdleMinutes * 60_000;
    if (now >= session.expiresAt.getTime() || now >= idleLimit) return undefined;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
      session.lastSeenAt = new Date(now);
    }
    return session;
  }

  csrfToken(sessionId: string): string {
    return csrfTokenFor(sessionId, this.config.secrets.sessionSecret);
  }

  async find(sessionId: string): Promise<SessionEntity | undefined> {
    return (await this.sessions.findOneBy({ id: sessionId })) ?? undefined;
  }

  async end(sessionId: string, res: HttpReply): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.revoked();
    // Cleared with the attributes they were set with (a browser ignores a __Host- cookie without Secure).
    res.clearCookie(this.cookieName, { ...this.cookieAttributes(), httpOnly: true });
    res.clearCookie(CSRF_COOKIE, this.cookieAttributes());
  }

  /** Ends every session of a principal (admin revocation, deactivated staff). Returns how many. */
  async revokeAllFor(principalKind: 'citizen' | 'staff', principalId: string): Promise<number> {
    const result = await this.sessions.update(
      { principalKind, principalId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    await this.revoked();
    return result.affected ?? 0;
  }

  /** Ends the sessions that came from one NemLog-in session (IdP-initiated single logout). */
  async revokeSaml(nameId: string, sessionIndex?: string): Promise<number> {
    const where = {
      samlNameId: nameId,
      revokedAt: IsNull(),
      ...(sessionIndex ? { samlSessionIndex: sessionIndex } : {}),
    };
    const result = await this.sessions.update(where, { revokedAt: new Date() });
    await this.revoked();
    return result.affected ?? 0;
  }

  /** After a revocation has committed: this instance forgets at once, the others when they hear it. */
  private async revoked(): Promise<void> {
    this.forget();
    await this.realtime?.publish(this.sessions.manager, REVOKED_TOPIC, 'revoked', {});
  }

  /** Inside a transaction that removes sessions: every instance (this one too) forgets when it commits. */
  async revokedIn(manager: EntityManager): Promise<void> {
    await this.realtime?.publish(manager, REVOKED_TOPIC, 'revoked', {});
  }

  private forget(): void {
    this.generation++;
    this.cache.clear();
  }
}
