import { copenhagenDate, copenhagenInstant, formatDateTime } from './date-time';

describe('meeting times, the Danish way', () => {
  it('writes Copenhagen time in Danish and English', () => {
    expect(formatDateTime('2027-03-02T09:30:00Z', 'da')).toBe('tirsdag 2. marts kl. 10.30');
    expect(formatDateTime('2027-07-06T08:30:00Z', 'en')).toBe('Tuesday 6 July at 10:30');
    expect(copenhagenDate('2026-11-22T23:30:00Z')).toBe('2026-11-23');
  });

  it('turns a Copenhagen wall-clock time into an instant on both sides of summer time', () => {
    expect(copenhagenInstant('2027-03-26', '10:00')).toBe('2027-03-26T09:00:00.000Z');
    expect(copenhagenInstant('2027-03-30', '10:00')).toBe('2027-03-30T08:00:00.000Z');
  });
});
