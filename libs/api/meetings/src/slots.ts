import { addMinutes, copenhagenToUtc, isClosedDay, isoWeekday, minutesOf } from '@jobunivers/api/time';

export const MEETING_FORMS = ['in_person', 'video', 'phone'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

/** A weekly recurring window in which a caseworker holds meetings of one form. */
export interface AvailabilityWindow {
  caseworkerId: string;
  /** 1 Monday … 7 Sunday */
  weekday: number;
  /** HH:MM, Copenhagen time */
  startTime: string;
  endTime: string;
  form: MeetingForm;
  slotMinutes: number;
  address: string | null;
}

/** A day off (no times) or blocked hours on one date. */
export interface AvailabilityBlock {
  caseworkerId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface Slot extends Interval {
  form: MeetingForm;
  caseworkerId: string;
  address: string | null;
}

export interface SlotQuery {
  windows: AvailabilityWindow[];
  blocks: AvailabilityBlock[];
  /** Times already taken (the caseworker's and the citizen's active meetings). */
  busy: Interval[];
  /** First and last date (YYYY-MM-DD, inclusive), Copenhagen dates. */
  from: string;
  to: string;
  form?: MeetingForm;
  /** No slot starts before this instant (now plus the booking lead time). */
  notBefore: Date;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/**
 * The free slots of the given windows: each working day's windows cut into slot lengths in
 * Copenhagen time, minus closed days, blocks, busy times and the past. Sorted by start, then
 * caseworker; one slot per caseworker, form and start.
 */
export function freeSlots(q: SlotQuery): Slot[] {
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (let date = q.from; date <= q.to; date = addDaysLocal(date)) {
    if (isClosedDay(date)) continue;
    const weekday = isoWeekday(date);
    for (const w of q.windows) {
      if (w.weekday !== weekday || (q.form && w.form !== q.form)) continue;
      const dayBlocks = q.blocks.filter((b) => b.caseworkerId === w.caseworkerId && b.date === date);
      if (dayBlocks.some((b) => b.startTime === null)) continue;
      const blocked = dayBlocks.map((b) => ({
        start: copenhagenToUtc(date, b.startTime!),
        end: copenhagenToUtc(date, b.endTime!),
      }));
      for (
        let t = w.startTime;
        minutesOf(t) + w.slotMinutes <= minutesOf(w.endTime);
        t = addMinutes(t, w.slotMinutes)
      ) {
        const slot: Slot = {
          start: copenhagenToUtc(date, t),
          end: copenhagenToUtc(date, addMinutes(t, w.slotMinutes)),
          form: w.form,
          caseworkerId: w.caseworkerId,
          address: w.address,
        };
        if (slot.start < q.notBefore) continue;
        if (blocked.some((b) => overlaps(b, slot)) || q.busy.some((b) => overlaps(b, slot))) continue;
        const key = `${w.caseworkerId}|${w.form}|${slot.start.toISOString()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        slots.push(slot);
      }
    }
  }
  return slots.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() ||
      a.caseworkerId.localeCompare(b.caseworkerId) ||
      a.form.localeCompare(b.form),
  );
}

function addDaysLocal(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
