import type { AccessRule, OpenApiSecurity } from '@jobunivers/api/http';
import type { SecurityRequirementObject } from '@nestjs/swagger';
import { API_SCOPE_DESCRIPTIONS } from './api-client.service';
import { CSRF_COOKIE, CSRF_HEADER } from './session.service';

export const TOKEN_PATH = '/api/v1/oauth/token';
const SAFE_METHODS = new Set(['get', 'head', 'options']);

/**
 * The security schemes of the OpenAPI document, and each access rule's requirement — the same
 * rules the {@link AuthGuard} enforces: citizens and staff by the session cookie (with the CSRF
 * header on unsafe methods), API clients by an OAuth2 client-credentials bearer token with scopes.
 * The session cookie's name is the instance's (`sessionCookieName`: `__Host-` prefixed in production).
 */
export const openApiSecurity = (sessionCookie: string): OpenApiSecurity => ({
  description:
    'Authentication: citizens (NemLog-in) and staff (municipal identity provider) sign in through the browser flows under /api/v1/auth and then carry the ' +
    `\`${sessionCookie}\` session cookie (scheme \`session\`); a request that changes state with it must also send the \`${CSRF_COOKIE}\` cookie's value in the \`${CSRF_HEADER.toUpperCase()}\` header (scheme \`csrf\`). ` +
    `Municipal systems use OAuth2 client credentials (scheme \`oauth2\`): POST ${TOKEN_PATH} with client id and secret, then \`Authorization: Bearer <token>\`; a route lists the scopes it needs.`,
  schemes: {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: sessionCookie,
      description: 'Session of a signed-in citizen or staff member (HttpOnly cookie set by the sign-in flows).',
    },
    csrf: {
      type: 'apiKey',
      in: 'header',
      name: CSRF_HEADER.toUpperCase(),
      description: `The value of the \`${CSRF_COOKIE}\` cookie, required with the session cookie on POST, PUT, PATCH and DELETE (403 without it).`,
    },
    oauth2: {
      type: 'oauth2',
      description:
        'API clients of a municipality (created by its administrators): client credentials grant; the token carries the scopes granted to the client.',
      flows: { clientCredentials: { tokenUrl: TOKEN_PATH, scopes: { ...API_SCOPE_DESCRIPTIONS } } },
    },
  },
  requirements(rule, method) {
    const unique = new Map(alternatives(rule, method).map((r) => [JSON.stringify(r), r]));
    return [...unique.values()];
  },
});

function alternatives(rule: AccessRule, method: string): SecurityRequirementObject[] {
  const session: SecurityRequirementObject = SAFE_METHODS.has(method.toLowerCase())
    ? { session: [] }
    : { session: [], csrf: [] };
  switch (rule.kind) {
    case 'public':
      return [];
    case 'signed-in':
      return [session, { oauth2: [] }];
    case 'citizen':
    case 'employer':
    case 'staff':
      return [session];
    case 'client':
      return [{ oauth2: rule.scopes }];
    case 'any':
      return rule.of.flatMap((r) => alternatives(r, method));
  }
}
