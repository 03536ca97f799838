import { AuditException } from './audit.errors';
import { resolvePurpose } from './purpose';

describe('resolvePurpose', () => {
  const caseworker = { kind: 'staff' as const, roles: ['caseworker'] };

  it('needs no stated purpose on the own caseload', () => {
    expect(resolvePurpose(caseworker, true)).toBe('caseload');
  });

  it('records team leads as management', () => {
    expect(resolvePurpose({ kind: 'staff', roles: ['team_lead', 'caseworker'] }, false)).toBe('management');
  });

  it('requires a stated purpose outside the caseload (403 problem), and keeps it', () => {
    expect(() => resolvePurpose(caseworker, false)).toThrow(AuditException);
    expect(() => resolvePurpose(caseworker, false, '   ')).toThrow(AuditException);
    try {
      resolvePurpose(caseworker, false);
    } catch (e) {
      expect((e as AuditException).toProblem()).toMatchObject({ status: 403, code: 'access_purpose_required' });
    }
    expect(resolvePurpose(caseworker, false, ' Covering for a colleague on sick leave ')).toBe(
      'Covering for a colleague on sick leave',
    );
  });

  it('records API clients by their scopes', () => {
    expect(resolvePurpose({ kind: 'client', scopes: ['citizens:read'] }, false)).toBe('api:citizens:read');
  });
});
