import { copenhagenToUtc } from '@jobunivers/api/time';
import { opening } from './opening-hours';

describe('opening hours: when a person will answer', () => {
  it('answers now inside opening hours on a working day', () => {
    expect(opening(copenhagenToUtc('2026-11-24', '10:00'))).toEqual({
      openNow: true,
      nextAnswerFrom: copenhagenToUtc('2026-11-24', '10:00'),
    });
  });
  it('after closing, from the next working morning; over the weekend, from Monday', () => {
    expect(opening(copenhagenToUtc('2026-11-24', '16:00'))).toEqual({
      openNow: false,
      nextAnswerFrom: copenhagenToUtc('2026-11-25', '08:00'),
    });
    expect(opening(copenhagenToUtc('2026-11-24', '07:15'))).toEqual({
      openNow: false,
      nextAnswerFrom: copenhagenToUtc('2026-11-24', '08:00'),
    });
    expect(opening(copenhagenToUtc('2026-11-27', '18:00'))).toEqual({
      openNow: false,
      nextAnswerFrom: copenhagenToUtc('2026-11-30', '08:00'),
    });
  });
  it('skips Christmas Eve and the public holidays', () => {
    expect(opening(copenhagenToUtc('2026-12-23', '20:00'))).toEqual({
      openNow: false,
      nextAnswerFrom: copenhagenToUtc('2026-12-28', '08:00'),
    });
  });
});
