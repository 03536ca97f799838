import { quietSince } from './quiet';

describe('joblog quiet spells', () => {
  it('counts 14 days from the latest application, or from registration when there is none or it is older', () => {
    expect(quietSince('2026-11-01', undefined, '2026-11-14')).toBeNull();
    expect(quietSince('2026-11-01', undefined, '2026-11-15')).toBe('2026-11-01');
    expect(quietSince('2026-11-01', '2026-11-10', '2026-11-23')).toBeNull();
    expect(quietSince('2026-11-01', '2026-11-10', '2026-11-24')).toBe('2026-11-10');
    expect(quietSince('2026-11-01', '2026-10-01', '2026-11-15')).toBe('2026-11-01');
  });
});
