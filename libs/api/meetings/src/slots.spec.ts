import { inCopenhagen } from '@jobunivers/api/time';
import { type AvailabilityWindow, freeSlots } from './slots';

const cw = 'a0000000-0000-4000-8000-000000000001';
const window = (over: Partial<AvailabilityWindow> = {}): AvailabilityWindow => ({
  caseworkerId: cw,
  weekday: 1,
  startTime: '09:00',
  endTime: '10:00',
  form: 'video',
  slotMinutes: 30,
  address: null,
  ...over,
});
const past = new Date('2000-01-01T00:00:00Z');

describe('free slots', () => {
  it('cuts windows into slots in Copenhagen time across a daylight-saving change', () => {
    // Monday 19 and Monday 26 October 2026: summer time, then winter time.
    const slots = freeSlots({
      windows: [window()],
      blocks: [],
      busy: [],
      from: '2026-10-19',
      to: '2026-10-26',
      notBefore: past,
    });
    expect(slots.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ['2026-10-19T07:00:00.000Z', '2026-10-19T07:30:00.000Z'],
      ['2026-10-19T07:30:00.000Z', '2026-10-19T08:00:00.000Z'],
      ['2026-10-26T08:00:00.000Z', '2026-10-26T08:30:00.000Z'],
      ['2026-10-26T08:30:00.000Z', '2026-10-26T09:00:00.000Z'],
    ]);
  });

  it('skips public holidays, days off, blocked hours, busy times, the past and other forms', () => {
    const windows = [
      window({ weekday: 1 }),
      window({ weekday: 1, form: 'phone' }),
      window({ weekday: 2 }),
      window({ weekday: 3 }),
      window({ weekday: 4 }),
    ];
    // Week of 24 Dec 2026 … : Thu 24 Dec (closed), Fri 25 (holiday). Take Mon 21–Thu 24.
    const slots = freeSlots({
      windows,
      blocks: [
        { caseworkerId: cw, date: '2026-12-22', startTime: null, endTime: null },
        { caseworkerId: cw, date: '2026-12-23', startTime: '09:15', endTime: '09:45' },
      ],
      busy: [{ start: new Date('2026-12-21T08:00:00Z'), end: new Date('2026-12-21T08:30:00Z') }],
      from: '2026-12-21',
      to: '2026-12-24',
      form: 'video',
      notBefore: past,
    });
    expect(slots.map((s) => inCopenhagen(s.start))).toEqual([{ date: '2026-12-21', time: '09:30' }]);
    const later = freeSlots({
      windows,
      blocks: [],
      busy: [],
      from: '2026-12-21',
      to: '2026-12-21',
      notBefore: new Date('2026-12-21T08:10:00Z'),
    });
    expect(later.map((s) => `${s.form} ${inCopenhagen(s.start).time}`)).toEqual(['phone 09:30', 'video 09:30']);
  });

  it('does not offer a slot that would run past the window', () => {
    expect(
      freeSlots({
        windows: [window({ endTime: '10:20' })],
        blocks: [],
        busy: [],
        from: '2026-11-23',
        to: '2026-11-23',
        notBefore: past,
      }),
    ).toHaveLength(2);
  });
});
