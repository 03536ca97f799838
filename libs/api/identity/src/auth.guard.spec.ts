import { satisfies } from './auth.guard';
import type { Principal } from './principal';
import { csrfTokenFor, hashToken, newToken } from './tokens';

const citizen: Principal = { kind: 'citizen', id: 'c1', name: 'Borger', municipalityCode: '0751', roles: ['citizen'] };
const caseworker: Principal = {
  kind: 'staff',
  id: 's1',
  name: 'Mette',
  municipalityCode: '0751',
  roles: ['caseworker'],
};
const lead: Principal = {
  kind: 'staff',
  id: 's2',
  name: 'Susanne',
  municipalityCode: '0751',
  roles: ['team_lead', 'caseworker'],
};
const client: Principal = {
  kind: 'client',
  id: 'k1',
  clientId: 'sys',
  name: 'System',
  municipalityCode: '0751',
  scopes: ['citizens:read'],
};
const everyone = [undefined, citizen, caseworker, lead, client];

describe('satisfies (access rules)', () => {
  const allowed = (rule: Parameters<typeof satisfies>[0]) => everyone.map((p) => satisfies(rule, p));

  it('public: everyone, signed in or not', () => {
    expect(allowed({ kind: 'public', reason: 'x' })).toEqual([true, true, true, true, true]);
  });
  it('signed-in: any principal', () => {
    expect(allowed({ kind: 'signed-in' })).toEqual([false, true, true, true, true]);
  });
  it('citizen: citizens only', () => {
    expect(allowed({ kind: 'citizen' })).toEqual([false, true, false, false, false]);
  });
  it('staff: only the listed roles', () => {
    expect(allowed({ kind: 'staff', roles: ['team_lead'] })).toEqual([false, false, false, true, false]);
    expect(allowed({ kind: 'staff', roles: ['caseworker', 'team_lead'] })).toEqual([false, false, true, true, false]);
  });
  it('client: every listed scope is needed', () => {
    expect(allowed({ kind: 'client', scopes: ['citizens:read'] })).toEqual([false, false, false, false, true]);
    expect(allowed({ kind: 'client', scopes: ['citizens:read', 'citizens:write'] })).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('any: one of the rules', () => {
    expect(
      allowed({
        kind: 'any',
        of: [
          { kind: 'staff', roles: ['caseworker'] },
          { kind: 'client', scopes: ['citizens:read'] },
        ],
      }),
    ).toEqual([false, false, true, true, true]);
  });
});

describe('tokens', () => {
  it('are random, 256-bit, and stored only as their SHA-256', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toHaveLength(32);
    expect(hashToken(a).equals(hashToken(a))).toBe(true);
  });
  it('bind the CSRF token to the session and the secret', () => {
    expect(csrfTokenFor('s1', 'secret')).toBe(csrfTokenFor('s1', 'secret'));
    expect(csrfTokenFor('s1', 'secret')).not.toBe(csrfTokenFor('s2', 'secret'));
    expect(csrfTokenFor('s1', 'secret')).not.toBe(csrfTokenFor('s1', 'other'));
  });
});
