import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule, constantTimeEqual } from '@jobunivers/api/http';
import { ApiClientService } from './api-client.service';
import { IdentityErrorCode, IdentityException } from './identity.errors';
import type { AuthenticatedRequest, Principal } from './principal';
import { CSRF_HEADER, principalOf, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Does the principal satisfy the rule? (Tenancy is enforced by the modules' queries on principal.municipalityCode.) */
export function satisfies(rule: AccessRule, principal: Principal | undefined): boolean {
  switch (rule.kind) {
    case 'public':
      return true;
    case 'signed-in':
      return principal !== undefined;
    case 'citizen':
      return principal?.kind === 'citizen';
    case 'employer':
      return principal?.kind === 'employer';
    case 'staff':
      return principal?.kind === 'staff' && principal.roles.some((r) => rule.roles.includes(r));
    case 'client':
      return principal?.kind === 'client' && rule.scopes.every((s) => principal.scopes.includes(s));
    case 'any':
      return rule.of.some((r) => satisfies(r, principal));
  }
}

/**
 * The one place where every request is authenticated and authorised (registered as APP_GUARD):
 * a bearer token (API clients) or the session cookie (citizens, staff) gives the principal; the
 * route's access rule decides; cookie-authenticated state changes must carry the CSRF header
 * (double-submit of the XSRF-TOKEN cookie, bound to the session by an HMAC).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly clients: ApiClientService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Routes without a rule cannot exist (the app refuses to boot); deny anyway if one slips through.
    if (!rule) throw new IdentityException(IdentityErrorCode.AccessDenied);

    // Public routes never read the principal: no session look-up (or last-seen write) for them.
    if (rule.kind === 'public') return true;
    await this.authenticate(req);
    if (!req.principal) throw new IdentityException(IdentityErrorCode.NotSignedIn, 'Sign in, or send a bearer token.');
    if (req.authenticatedBy === 'session' && !SAFE_METHODS.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !constantTimeEqual(header, this.sessions.csrfToken(req.sessionId!)))
        throw new IdentityException(IdentityErrorCode.CsrfTokenInvalid);
    }
    if (!satisfies(rule, req.principal)) throw new IdentityException(IdentityErrorCode.AccessDenied);
    return true;
  }

  private async authenticate(req: AuthenticatedRequest): Promise<void> {
    if (req.principal) return;
    const authorization = req.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const principal = await this.clients.resolveBearer(authorization.slice(7).trim());
      if (principal) {
        req.principal = principal;
        req.authenticatedBy = 'bearer';
      }
      return;
    }
    const token = req.cookies?.[this.sessions.cookieName];
    if (!token) return;
    const session = await this.sessions.resolve(token);
    if (!session) return;
    req.sessionId = session.id;
    req.authenticatedBy = 'session';
    req.principal = principalOf(session);
  }
}
