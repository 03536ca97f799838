/** The event types of the feed (stable names: integrating systems filter on them). */
export const EVENT_TYPES = [
  'citizen.registered',
  'visitation.held',
  'screening.recorded',
  'meeting.booked',
  'meeting.rescheduled',
  'meeting.cancelled',
  'meeting.held',
  'meeting.no_show',
  'plan.changed',
  'application.decided',
  'outcome.reported',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Timeline entries (the case's own log) that become feed events, with the data passed on. */
export function fromTimelineKind(kind: string, params: Record<string, string>): { type: EventType; data: Record<string, string> } | undefined {
  switch (kind) {
    case 'registered':
      return { type: 'citizen.registered', data: { unemployedSince: params['unemployedSince'] ?? '' } };
    case 'screened':
      return { type: 'screening.recorded', data: { track: params['track'] ?? '' } };
    case 'case_closed':
      return { type: 'outcome.reported', data: { outcome: params['outcome'] ?? '', date: params['date'] ?? '' } };
    case 'plan_approved':
    case 'plan_rejected':
      return { type: 'application.decided', data: { decision: kind === 'plan_approved' ? 'approved' : 'rejected', title: params['title'] ?? '' } };
    case 'plan_applied':
      return undefined; // the decision is the event; the application itself is plan.changed below
  }
  if (kind.startsWith('plan_')) return { type: 'plan.changed', data: { change: kind.slice('plan_'.length), title: params['title'] ?? '' } };
  return undefined;
}

/** Meeting notices that become feed events; a held visitation is also `visitation.held`. */
export function fromMeetingKind(kind: string, meetingKind: string): EventType[] {
  switch (kind) {
    case 'booked':
      return ['meeting.booked'];
    case 'rescheduled':
      return ['meeting.rescheduled'];
    case 'cancelled':
      return ['meeting.cancelled'];
    case 'held':
      return meetingKind === 'visitation' ? ['meeting.held', 'visitation.held'] : ['meeting.held'];
    case 'no_show':
      return ['meeting.no_show'];
    default:
      return [];
  }
}

/** A feed position: the writing transaction and the event's sequence number, as `"<tx>.<seq>"`. */
export interface Cursor {
  tx: string;
  seq: string;
}
export const CURSOR_PATTERN = /^\d{1,18}\.\d{1,18}$/;
export const START: Cursor = { tx: '0', seq: '0' };
export const formatCursor = (c: Cursor): string => `${c.tx}.${c.seq}`;
export function parseCursor(value: string | undefined): Cursor {
  if (!value) return START;
  const [tx, seq] = value.split('.');
  return { tx: tx!, seq: seq! };
}
