import { API_SCOPES } from './api-client.service';
import { openApiSecurity as securityFor } from './openapi-security';

const openApiSecurity = securityFor('jobunivers_session');

describe('openApiSecurity', () => {
  it('names the session cookie of the instance (production: __Host- prefixed)', () => {
    expect(securityFor('__Host-jobunivers_session').schemes['session']).toMatchObject({
      in: 'cookie',
      name: '__Host-jobunivers_session',
    });
  });

  it('declares the session cookie, the CSRF header and OAuth2 client credentials with every scope described', () => {
    expect(openApiSecurity.schemes['session']).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'jobunivers_session',
    });
    expect(openApiSecurity.schemes['csrf']).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-XSRF-TOKEN' });
    const oauth2 = openApiSecurity.schemes['oauth2'] as {
      flows: { clientCredentials: { tokenUrl: string; scopes: Record<string, string> } };
    };
    expect(oauth2.flows.clientCredentials.tokenUrl).toBe('/api/v1/oauth/token');
    expect(Object.keys(oauth2.flows.clientCredentials.scopes).sort()).toEqual([...API_SCOPES].sort());
  });

  it('asks what the guard asks: nothing on public routes, the CSRF header with the session on unsafe methods, the scopes of client routes', () => {
    expect(openApiSecurity.requirements({ kind: 'public', reason: 'reference data' }, 'get')).toEqual([]);
    expect(openApiSecurity.requirements({ kind: 'citizen' }, 'get')).toEqual([{ session: [] }]);
    expect(openApiSecurity.requirements({ kind: 'staff', roles: ['caseworker'] }, 'post')).toEqual([
      { session: [], csrf: [] },
    ]);
    expect(openApiSecurity.requirements({ kind: 'signed-in' }, 'delete')).toEqual([
      { session: [], csrf: [] },
      { oauth2: [] },
    ]);
    expect(
      openApiSecurity.requirements(
        {
          kind: 'any',
          of: [
            { kind: 'citizen' },
            { kind: 'staff', roles: ['caseworker'] },
            { kind: 'client', scopes: ['citizens:read'] },
          ],
        },
        'get',
      ),
    ).toEqual([{ session: [] }, { oauth2: ['citizens:read'] }]);
  });
});
