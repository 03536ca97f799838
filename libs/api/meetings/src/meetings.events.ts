import type { MeetingEvent } from './events/meeting.event';

/** When and how: `date` YYYY-MM-DD and `time` HH.MM in Copenhagen; `form` in_person, video or phone. */
export type MeetingTime = { date: string; time: string; form: string };

/** The meetings module's case events on the citizen's timeline (see `CaseEvents` in the citizens module). */
export interface MeetingsCaseEvents {
  visitation_invited: MeetingTime;
  meeting_invited: MeetingTime;
  meeting_booked: MeetingTime;
  meeting_accepted: MeetingTime;
  meeting_change_requested: MeetingTime;
  meeting_rescheduled: MeetingTime;
  meeting_cancelled: MeetingTime;
  meeting_cancelled_by_jobcentre: MeetingTime;
  meeting_held: MeetingTime;
  meeting_missed: MeetingTime;
}

declare module '@jobunivers/api/citizens' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- its members come by extension
  interface CaseEvents extends MeetingsCaseEvents {}
  interface ModuleEvents {
    /**
     * A meeting's notice (booked, invited, moved, cancelled, accepted, held, missed, a reminder due), once per
     * meeting, kind and sequence — its `noticeId` is the outbox row. Handled with `@OnModuleEvent('meeting.notice')`.
     */
    'meeting.notice': MeetingEvent;
  }
}
