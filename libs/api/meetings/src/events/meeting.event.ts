import type { NoticeKind } from '../entities/meeting-notice.entity';
import type { MeetingKind } from '../entities/meeting.entity';
import type { MeetingForm } from '../slots';

/**
 * What the meetings module announces: a meeting was booked, invited, moved, cancelled, accepted,
 * held or missed, or a reminder is due. Handlers run inside the transaction of the change; the
 * same event is kept as a notice row (the module's outbox) with `noticeId`.
 */
export interface MeetingEvent {
  kind: NoticeKind;
  noticeId: string;
  meetingId: string;
  citizenId: string;
  caseworkerId: string;
  municipalityCode: string;
  form: MeetingForm;
  /** A visitation meeting or a job meeting. */
  meetingKind: MeetingKind;
  /** ISO instant */
  startsAt: string;
  /** ISO instant */
  endsAt: string;
  sequence: number;
  /** A formal call-in: the citizen gets a Digital Post letter whatever their notification settings. */
  formal: boolean;
  /** Where or how the meeting is held (what the call-in letter says). */
  place: { address: string | null; videoUrl: string | null; phoneNumber: string | null };
  topic: string | null;
  /** Who made the change: the citizen, the jobcentre (a caseworker), or the system (reminders). */
  by: 'citizen' | 'jobcentre' | 'system';
}
