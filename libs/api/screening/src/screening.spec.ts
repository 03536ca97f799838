import { addDays, daysBetween, todayInCopenhagen } from '@jobunivers/api/time';
import { flagsOf } from './screening.service';

describe('self-assessment flags', () => {
  const calm = {
    jobConfidence: 4,
    healthLimitations: false,
    digitalConfidence: 4,
    danishLevel: 'native' as const,
    childcareChallenges: false,
    transportChallenges: false,
    wantsPersonalHelp: false,
  };

  it('flags nothing for a confident, job-ready citizen', () => {
    expect(flagsOf(calm)).toEqual([]);
  });

  it('flags each answer a caseworker should look at, in a fixed order', () => {
    expect(
      flagsOf({
        jobConfidence: 2,
        healthLimitations: true,
        digitalConfidence: 1,
        danishLevel: 'some',
        childcareChallenges: true,
        transportChallenges: true,
        wantsPersonalHelp: true,
      }),
    ).toEqual([
      'low_job_confidence',
      'health_limitations',
      'low_digital_confidence',
      'language',
      'childcare',
      'transport',
      'wants_personal_help',
    ]);
    expect(flagsOf({ ...calm, jobConfidence: 3, danishLevel: 'good' })).toEqual([]);
  });
});

describe('dates (Europe/Copenhagen)', () => {
  it('takes today in Copenhagen, not UTC, around midnight', () => {
    expect(todayInCopenhagen(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(todayInCopenhagen(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInCopenhagen(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('adds and counts whole days across month, year and daylight-saving changes', () => {
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21);
  });
});
