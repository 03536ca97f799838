import { addDays, copenhagenToUtc, todayInCopenhagen } from '@jobunivers/api/time';
import type { SignedInBrowsers } from '../signed-in-browsers';
import { created, type Created } from './created';
import { unique } from './unique';

/** The body of `POST /api/v1/citizens/{id}/meetings` (a caseworker's invitation). */
export interface MeetingInvitation {
  start: string;
  form: 'video' | 'phone' | 'in_person';
  durationMinutes?: number;
  [field: string]: unknown;
}

/**
 * A video invitation of 15 minutes, a month to a year ahead, early in the morning (05:00–06:45, before any
 * availability window), so it meets neither the citizen's visitation call nor the caseworker's other meetings.
 */
export function meetingInvitation(overrides: Partial<MeetingInvitation> = {}): MeetingInvitation {
  const n = unique();
  const minutes = 15 * (Math.floor(n / 330) % 8);
  const time = `0${5 + Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    start: copenhagenToUtc(addDays(todayInCopenhagen(), 30 + (n % 330)), time).toISOString(),
    form: 'video',
    durationMinutes: 15,
    ...overrides,
  };
}

/**
 * Invites a citizen to a meeting through `POST /api/v1/citizens/{id}/meetings` as `caseworkerId` (a
 * signed-in caseworker of the citizen's municipality; outside their caseload give an `x-access-purpose`
 * header); throws unless 201.
 */
export async function newMeeting(
  browsers: SignedInBrowsers,
  caseworkerId: string,
  citizenId: string,
  overrides: Partial<MeetingInvitation> = {},
  headers: Record<string, string> = {},
): Promise<Created> {
  const path = `/api/v1/citizens/${citizenId}/meetings`;
  return created(
    'inviting to a meeting',
    await browsers.send(caseworkerId, 'POST', path, meetingInvitation(overrides), headers),
  );
}
