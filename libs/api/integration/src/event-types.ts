/**
 * The kinds of feed event, as the modules announce them and `integration.domain_event.type` stores
 * them. They are internal: integrating systems see the CloudEvents `type` of each (below).
 */
export const EVENT_KINDS = [
  'citizen.registered',
  'visitation.held',
  'screening.recorded',
  'contact.exempted',
  'contact.exemption_lifted',
  'meeting.booked',
  'meeting.rescheduled',
  'meeting.cancelled',
  'meeting.held',
  'meeting.no_show',
  'plan.changed',
  'application.decided',
  'outcome.reported',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The CloudEvents `type` of every kind (`dk.jobunivers.<module>.<event>`, the module that owns what
 * happened): the stable public names integrating systems filter on. A kind without one fails `tsc`.
 */
export const CLOUD_EVENT_TYPE: Record<EventKind, `dk.jobunivers.${string}`> = {
  'citizen.registered': 'dk.jobunivers.citizens.registered',
  'outcome.reported': 'dk.jobunivers.citizens.outcome_reported',
  'screening.recorded': 'dk.jobunivers.screening.recorded',
  'contact.exempted': 'dk.jobunivers.screening.contact_exempted',
  'contact.exemption_lifted': 'dk.jobunivers.screening.contact_exemption_lifted',
  'visitation.held': 'dk.jobunivers.meetings.visitation_held',
  'meeting.booked': 'dk.jobunivers.meetings.booked',
  'meeting.rescheduled': 'dk.jobunivers.meetings.rescheduled',
  'meeting.cancelled': 'dk.jobunivers.meetings.cancelled',
  'meeting.held': 'dk.jobunivers.meetings.held',
  'meeting.no_show': 'dk.jobunivers.meetings.no_show',
  'plan.changed': 'dk.jobunivers.offers.plan_changed',
  'application.decided': 'dk.jobunivers.offers.application_decided',
};
/** The public event types, in feed-kind order (for validation and the OpenAPI enum). */
export const EVENT_TYPES: readonly string[] = EVENT_KINDS.map((kind) => CLOUD_EVENT_TYPE[kind]);
const KIND_OF_TYPE = new Map<string, EventKind>(EVENT_KINDS.map((kind) => [CLOUD_EVENT_TYPE[kind], kind]));
/** The kind behind a public type (types are validated against `EVENT_TYPES` before they get here). */
export function kindOfType(type: string): EventKind {
  const kind = KIND_OF_TYPE.get(type);
  if (!kind) throw new Error(`Not an event type: ${type}`);
  return kind;
}
/** The public type of a stored kind. */
export const typeOfKind = (kind: string): string => CLOUD_EVENT_TYPE[kind as EventKind] ?? kind;

/** Timeline entries (the case's own log) that become feed events, with the data passed on. */
export function fromTimelineKind(
  kind: string,
  params: Record<string, string>,
): { kind: EventKind; data: Record<string, string> } | undefined {
  switch (kind) {
    case 'registered':
      return { kind: 'citizen.registered', data: { unemployedSince: params['unemployedSince'] ?? '' } };
    case 'screened':
      return { kind: 'screening.recorded', data: { track: params['track'] ?? '' } };
    case 'contact_exempted':
    case 'contact_exemption_lifted':
      return {
        kind: kind === 'contact_exempted' ? 'contact.exempted' : 'contact.exemption_lifted',
        data: { targetGroup: params['targetGroup'] ?? '', cohort: params['cohort'] ?? '' },
      };
    case 'case_closed':
      return { kind: 'outcome.reported', data: { outcome: params['outcome'] ?? '', date: params['date'] ?? '' } };
    case 'plan_approved':
    case 'plan_rejected':
      return {
        kind: 'application.decided',
        data: { decision: kind === 'plan_approved' ? 'approved' : 'rejected', title: params['title'] ?? '' },
      };
    case 'plan_applied':
      return undefined; // the decision is the event; the application itself is plan.changed below
  }
  if (kind.startsWith('plan_'))
    return { kind: 'plan.changed', data: { change: kind.slice('plan_'.length), title: params['title'] ?? '' } };
  return undefined;
}

/** Meeting notices that become feed events; a held visitation is also `visitation.held`. */
export function fromMeetingKind(kind: string, meetingKind: string): EventKind[] {
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
