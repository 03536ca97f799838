import { copenhagenToUtc } from '@jobunivers/api/time';
import { formatWhen, NOTIFICATION_KINDS, notificationText, OUTSIDE_TEXT, quietUntil } from './kinds';

describe('notification kinds', () => {
  it('renders the in-app sentence with the meeting time in Copenhagen, in Danish and English', () => {
    const params = { meetingId: 'm1', startsAt: '2026-11-24T09:30:00Z', form: 'video' };
    expect(notificationText('meeting_rescheduled', params, 'da')).toBe(
      'Din samtale er flyttet til 24. nov. kl. 10.30.',
    );
    expect(notificationText('meeting_rescheduled', params, 'en')).toBe(
      'Your meeting has been moved to 24 Nov at 10:30.',
    );
    expect(formatWhen('2026-07-01T06:00:00Z', 'da')).toBe('1. jul. kl. 08.00');
    expect(notificationText('job_digest', { count: '3' }, 'da')).toBe('3 nye job passer til dig.');
    expect(NOTIFICATION_KINDS.meeting_rescheduled.link(params)).toBe('/samtaler/m1');
  });

  it('keeps push and e-mail text neutral: no placeholders, names or times', () => {
    for (const byCategory of Object.values(OUTSIDE_TEXT))
      for (const texts of Object.values(byCategory))
        for (const text of Object.values(texts)) expect(text).not.toMatch(/\{\{|\d/);
  });

  it('gives every kind a TTL between an hour and two days', () => {
    for (const spec of Object.values(NOTIFICATION_KINDS)) {
      expect(spec.ttl).toBeGreaterThanOrEqual(3600);
      expect(spec.ttl).toBeLessThanOrEqual(2 * 86400);
    }
  });
});

describe('quietUntil', () => {
  const at = (date: string, time: string) => copenhagenToUtc(date, time);
  it('defers to the end of quiet hours that wrap midnight', () => {
    expect(quietUntil(at('2026-11-24', '23:15'), '22:00', '07:00')).toEqual(at('2026-11-25', '07:00'));
    expect(quietUntil(at('2026-11-25', '03:00'), '22:00', '07:00')).toEqual(at('2026-11-25', '07:00'));
    expect(quietUntil(at('2026-11-25', '07:00'), '22:00', '07:00')).toBeNull();
    expect(quietUntil(at('2026-11-24', '21:59'), '22:00', '07:00')).toBeNull();
  });
  it('handles quiet hours within a day, and none when from equals to', () => {
    expect(quietUntil(at('2026-11-24', '12:30'), '12:00', '13:00')).toEqual(at('2026-11-24', '13:00'));
    expect(quietUntil(at('2026-11-24', '13:00'), '12:00', '13:00')).toBeNull();
    expect(quietUntil(at('2026-11-24', '12:30'), '12:00', '12:00')).toBeNull();
  });
  it('uses local time across the daylight-saving change', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00 in Copenhagen.
    expect(quietUntil(at('2026-03-29', '01:30'), '22:00', '07:00')).toEqual(new Date('2026-03-29T05:00:00Z'));
  });
});
