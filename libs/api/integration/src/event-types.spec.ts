import {
  CLOUD_EVENT_TYPE,
  EVENT_KINDS,
  EVENT_TYPES,
  formatCursor,
  fromMeetingKind,
  fromTimelineKind,
  kindOfType,
  parseCursor,
  START,
  typeOfKind,
} from './event-types';

describe('feed event types', () => {
  it('maps the case timeline to feed events (and leaves the rest out)', () => {
    expect(fromTimelineKind('registered', { unemployedSince: '2026-11-01' })).toEqual({
      kind: 'citizen.registered',
      data: { unemployedSince: '2026-11-01' },
    });
    expect(fromTimelineKind('screened', { track: 'self_service' })).toEqual({
      kind: 'screening.recorded',
      data: { track: 'self_service' },
    });
    expect(fromTimelineKind('contact_exempted', { targetGroup: 'unemployment_benefit', cohort: '2026-H2' })).toEqual({
      kind: 'contact.exempted',
      data: { targetGroup: 'unemployment_benefit', cohort: '2026-H2' },
    });
    expect(
      fromTimelineKind('contact_exemption_lifted', { targetGroup: 'unemployment_benefit', cohort: '2026-H2' }),
    ).toEqual({ kind: 'contact.exemption_lifted', data: { targetGroup: 'unemployment_benefit', cohort: '2026-H2' } });
    expect(typeOfKind('contact.exempted')).toBe('dk.jobunivers.screening.contact_exempted');
    expect(fromTimelineKind('case_closed', { outcome: 'job', date: '2026-11-20' })).toEqual({
      kind: 'outcome.reported',
      data: { outcome: 'job', date: '2026-11-20' },
    });
    expect(fromTimelineKind('plan_approved', { title: 'Excel' })).toEqual({
      kind: 'application.decided',
      data: { decision: 'approved', title: 'Excel' },
    });
    expect(fromTimelineKind('plan_rejected', { title: 'Excel' })?.data['decision']).toBe('rejected');
    expect(fromTimelineKind('plan_enrolled', { title: 'Excel' })).toEqual({
      kind: 'plan.changed',
      data: { change: 'enrolled', title: 'Excel' },
    });
    expect(fromTimelineKind('plan_applied', { title: 'Excel' })).toBeUndefined();
    expect(fromTimelineKind('joblog_added', {})).toBeUndefined();
  });

  it('maps meeting notices; a held visitation is also visitation.held', () => {
    expect(fromMeetingKind('held', 'visitation')).toEqual(['meeting.held', 'visitation.held']);
    expect(fromMeetingKind('held', 'job_meeting')).toEqual(['meeting.held']);
    expect(fromMeetingKind('no_show', 'job_meeting')).toEqual(['meeting.no_show']);
    expect(fromMeetingKind('reminder_24h', 'job_meeting')).toEqual([]);
  });

  it('gives every kind its own CloudEvents type, dk.jobunivers.<module>.<event>, and maps back', () => {
    expect(EVENT_TYPES).toHaveLength(EVENT_KINDS.length);
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_KINDS.length);
    for (const kind of EVENT_KINDS) {
      expect(CLOUD_EVENT_TYPE[kind]).toMatch(/^dk\.jobunivers\.(citizens|screening|meetings|offers)\.[a-z_]+$/);
      expect(kindOfType(typeOfKind(kind))).toBe(kind);
    }
    expect(typeOfKind('citizen.registered')).toBe('dk.jobunivers.citizens.registered');
    expect(() => kindOfType('citizen.registered')).toThrow('Not an event type');
  });

  it('round-trips cursors', () => {
    expect(parseCursor(undefined)).toEqual(START);
    expect(parseCursor(formatCursor({ tx: '812', seq: '1043' }))).toEqual({ tx: '812', seq: '1043' });
  });
});
