import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import type { Response } from 'express';
import { IsNull, Repository } from 'typeorm';
import { SessionEntity } from './entities/session.entity';
import type { CitizenPrincipal, StaffPrincipal } from './principal';
import { csrfTokenFor, hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'jobunivers_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/** Only touch `last_seen_at` this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionPrincipal = CitizenPrincipal | StaffPrincipal;

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
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
  ) {}

  async start(principal: SessionPrincipal, method: 'dev' | 'saml' | 'oidc', res: Response, saml?: SamlSessionInfo): Promise<SessionEntity> {
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
        method,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.sessionMaxHours * 3_600_000),
        revokedAt: null,
        samlNameId: saml?.nameID ?? null,
        samlNameIdFormat: saml?.nameIDFormat ?? null,
        samlSessionIndex: saml?.sessionIndex ?? null,
      }),
    );
    const cookie = { sameSite: 'lax' as const, secure: this.config.isProduction, path: '/', maxAge: this.config.sessionMaxHours * 3_600_000 };
    res.cookie(SESSION_COOKIE, token, { ...cookie, httpOnly: true });
    res.cookie(CSRF_COOKIE, this.csrfToken(session.id), { ...cookie, httpOnly: false });
    return session;
  }

  /** The live session for a cookie token, or undefined; refreshes the idle timer. */
  async resolve(token: string): Promise<SessionEntity | undefined> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!session) return undefined;
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.config.sessionIdleMinutes * 60_000;
    if (now >= session.expiresAt.getTime() || now >= idleLimit) return undefined;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    return session;
  }

  csrfToken(sessionId: string): string {
    return csrfTokenFor(sessionId, this.config.secrets.sessionSecret);
  }

  async find(sessionId: string): Promise<SessionEntity | undefined> {
    return (await this.sessions.findOneBy({ id: sessionId })) ?? undefined;
  }

  async end(sessionId: string, res: Response): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  /** Ends every session of a principal (admin revocation, deactivated staff). Returns how many. */
  async revokeAllFor(principalKind: 'citizen' | 'staff', principalId: string): Promise<number> {
    const result = await this.sessions.update({ principalKind, principalId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  /** Ends the sessions that came from one NemLog-in session (IdP-initiated single logout). */
  async revokeSaml(nameId: string, sessionIndex?: string): Promise<number> {
    const where = { samlNameId: nameId, revokedAt: IsNull(), ...(sessionIndex ? { samlSessionIndex: sessionIndex } : {}) };
    const result = await this.sessions.update(where, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}
