import type { CaseEventKind, CaseEvents } from '@jobunivers/api/citizens';
import type {} from '@jobunivers/api/employers';
import type {} from '@jobunivers/api/job-matching';
import type {} from '@jobunivers/api/meetings';
import type { PlanItemTitle } from '@jobunivers/api/offers';
import type {} from '@jobunivers/api/screening';

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

type FeedEvent = { kind: EventKind; data: Record<string, string> };
type FeedOf<K extends CaseEventKind> = ((params: CaseEvents[K]) => FeedEvent) | null;
const planChanged = (change: string) => (params: PlanItemTitle) =>
  ({ kind: 'plan.changed', data: { change, title: params.title } }) satisfies FeedEvent;
const applicationDecided = (decision: string) => (params: PlanItemTitle) =>
  ({ kind: 'application.decided', data: { decision, title: params.title } }) satisfies FeedEvent;

/**
 * Which case events become feed events, with the data passed on; `null`: none (the meetings' own
 * notices come through `fromMeetingKind`). Every case event is named here: a new one fails `tsc`
 * until someone decides whether integrating systems hear of it.
 */
export const FEED_OF_CASE_EVENT: { [K in CaseEventKind]: FeedOf<K> } = {
  registered: (p) => ({ kind: 'citizen.registered', data: { unemployedSince: p.unemployedSince } }),
  caseworker_assigned: null,
  profile_created: null,
  case_closed: (p) => ({ kind: 'outcome.reported', data: { outcome: p.outcome, date: p.date } }),
  visitation_due: null,
  self_assessment: null,
  help_requested: null,
  screened: (p) => ({ kind: 'screening.recorded', data: { track: p.track } }),
  screening_commented: null,
  screening_change_requested: null,
  contact_exempted: (p) => ({ kind: 'contact.exempted', data: { targetGroup: p.targetGroup, cohort: p.cohort } }),
  contact_exemption_lifted: (p) => ({
    kind: 'contact.exemption_lifted',
    data: { targetGroup: p.targetGroup, cohort: p.cohort },
  }),
  joblog_added: null,
  // The employer entry stays between the citizen, the company and the consultant: no feed events (yet).
  employer_invited: null,
  employer_invitation_accepted: null,
  employer_invitation_declined: null,
  employer_consent_withdrawn: null,
  employer_placement_agreed: null,
  employer_placement_ended: null,
  job_suggested: null,
  job_suggestion_answered: null,
  plan_activity_added: planChanged('activity_added'),
  plan_enrolled: planChanged('enrolled'),
  plan_waitlisted: planChanged('waitlisted'),
  plan_promoted: planChanged('promoted'),
  plan_applied: null, // the decision is the event; the application itself is not
  plan_approved: applicationDecided('approved'),
  plan_rejected: applicationDecided('rejected'),
  plan_suggested: planChanged('suggested'),
  plan_completed: planChanged('completed'),
  plan_dropped: planChanged('dropped'),
  plan_declined: planChanged('declined'),
  plan_accepted: planChanged('accepted'),
  visitation_invited: null,
  meeting_invited: null,
  meeting_booked: null,
  meeting_accepted: null,
  meeting_change_requested: null,
  meeting_rescheduled: null,
  meeting_cancelled: null,
  meeting_cancelled_by_jobcentre: null,
  meeting_held: null,
  meeting_missed: null,
};

/** The feed event of a case event (undefined: none, or a kind this version does not know). */
export function fromTimelineKind(kind: string, params: Record<string, string>): FeedEvent | undefined {
  if (!Object.hasOwn(FEED_OF_CASE_EVENT, kind)) return undefined;
  const feedOf = FEED_OF_CASE_EVENT[kind as CaseEventKind] as FeedOf<CaseEventKind>;
  return feedOf ? feedOf(params as never) : undefined;
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
