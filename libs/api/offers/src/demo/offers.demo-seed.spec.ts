import { isWorkingDay } from '@jobunivers/api/time';
import { sessionDates } from './offers.demo-seed';

describe('demo course sessions', () => {
  it('never fall on a Sunday, a holiday or Christmas Eve, and stay in order', () => {
    // From Saturday 19 December 2026: 20 Dec is a Sunday, 24–26 Dec are closed, 27 Dec a Sunday.
    const dates = sessionDates([1, 5, 6, 7, 8], '2026-12-19');
    expect(dates).toEqual(['2026-12-21', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    for (const today of ['2026-12-01', '2026-12-18', '2027-03-20', '2027-05-01']) {
      const all = sessionDates([3, 10, 17, 14, 15, 16, 17, 18], today);
      expect(all.every(isWorkingDay)).toBe(true);
      expect([...all].sort()).toEqual(all);
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
