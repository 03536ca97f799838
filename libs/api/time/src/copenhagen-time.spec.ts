import {
  addDays,
  addWorkingDays,
  copenhagenToUtc,
  daysBetween,
  inCopenhagen,
  isClosedDay,
  isWorkingDay,
  offsetMinutes,
  todayInCopenhagen,
  workingDayOnOrAfter,
} from './copenhagen-time';

describe('Copenhagen time', () => {
  it('turns wall-clock times into instants on both sides of the daylight-saving changes', () => {
    expect(copenhagenToUtc('2026-03-28', '10:00').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(copenhagenToUtc('2026-03-30', '10:00').toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(copenhagenToUtc('2026-10-24', '10:00').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(copenhagenToUtc('2026-10-26', '10:00').toISOString()).toBe('2026-10-26T09:00:00.000Z');
    // 02:30 does not exist on the spring-forward night: clocks jump to 03:30.
    expect(inCopenhagen(copenhagenToUtc('2026-03-29', '02:30'))).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('knows the Danish public holidays and the closing days', () => {
    expect(
      ['2026-12-25', '2026-12-26', '2027-01-01', '2026-04-03', '2026-05-14', '2026-06-05', '2026-12-24'].map(
        isClosedDay,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['2026-11-23', '2026-05-01', '2026-02-16'].map(isClosedDay)).toEqual([false, false, false]);
  });
});

describe('Copenhagen dates', () => {
  it('knows today by the Danish clock and counts whole days', () => {
    expect(todayInCopenhagen(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('finds working days: never a weekend, a holiday or Christmas Eve', () => {
    expect(['2026-12-06', '2026-12-05', '2026-12-24', '2026-12-25', '2026-12-07'].map(isWorkingDay)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(workingDayOnOrAfter('2026-12-24')).toBe('2026-12-28');
    expect(workingDayOnOrAfter('2026-12-23')).toBe('2026-12-23');
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-04', 2)).toBe('2026-12-08');
  });
});
