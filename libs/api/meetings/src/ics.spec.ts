import ICAL from 'ical.js';
import { buildCalendar, foldLine } from './ics';

describe('iCalendar (RFC 5545), read back with an independent parser (ical.js)', () => {
  const event = {
    uid: '5b1f7c0e-0000-4000-8000-000000000001@jobunivers',
    sequence: 2,
    start: new Date('2026-10-26T09:00:00Z'),
    end: new Date('2026-10-26T09:30:00Z'),
    stamp: new Date('2026-10-20T12:00:00Z'),
    status: 'CONFIRMED' as const,
    summary: 'Jobsamtale med jobcentret (fremmøde)',
    description: 'Emne: CV, ansøgninger; og "rådighed"\nMed Mette Kjær',
    location: 'Jobcenter Aarhus, Værkmestergade 9, 8000 Aarhus C',
    url: 'https://meet.jit.si/jobunivers-abc',
  };

  it('writes events whose times, sequence, status and text survive a round trip', () => {
    const text = buildCalendar('Mine jobsamtaler', [
      event,
      {
        ...event,
        uid: 'x@jobunivers',
        start: new Date('2026-07-01T08:00:00Z'),
        end: new Date('2026-07-01T08:30:00Z'),
        status: 'CANCELLED',
        sequence: 5,
      },
    ]);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const [winter, summer] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(winter.uid).toBe(event.uid);
    expect(winter.sequence).toBe(2);
    expect(winter.startDate.toJSDate().toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(winter.endDate.toJSDate().toISOString()).toBe('2026-10-26T09:30:00.000Z');
    expect(winter.description).toBe(event.description);
    expect(winter.location).toBe(event.location);
    expect(winter.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(summer.startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(summer.startDate.toString()).toBe('2026-07-01T10:00:00');
    expect(summer.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(summer.sequence).toBe(5);
  });

  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'æ'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'æ'.repeat(100)}`);
    expect(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});
