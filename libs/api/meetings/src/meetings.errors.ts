import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum MeetingsErrorCode {
  MeetingNotFound = 'meeting_not_found',
  SlotTaken = 'slot_taken',
  CitizenBusy = 'citizen_busy',
  NotASlot = 'not_a_slot',
  PastCutoff = 'past_cutoff',
  NotChangeable = 'meeting_not_changeable',
  NotInvited = 'meeting_not_invited',
  NotHeld = 'meeting_not_held',
  NotOver = 'meeting_not_over',
  UnknownCaseworker = 'unknown_caseworker',
  NoAddress = 'no_address',
  FeedNotFound = 'calendar_feed_not_found',
  AttendanceRequired = 'meeting_attendance_required',
  AfterDeadline = 'meeting_after_deadline',
}

export class MeetingsException extends DomainException<MeetingsErrorCode> {
  protected describe(code: MeetingsErrorCode): ProblemSpec {
    switch (code) {
      case MeetingsErrorCode.MeetingNotFound:
        return { status: 404, title: 'There is no such meeting' };
      case MeetingsErrorCode.SlotTaken:
        return { status: 409, title: 'That time is no longer free' };
      case MeetingsErrorCode.CitizenBusy:
        return { status: 409, title: 'The citizen already has a meeting at that time' };
      case MeetingsErrorCode.NotASlot:
        return { status: 422, title: 'That time is not one of the free meeting times' };
      case MeetingsErrorCode.PastCutoff:
        return { status: 409, title: 'It is too close to the meeting to change or cancel it here' };
      case MeetingsErrorCode.NotChangeable:
        return { status: 409, title: 'The meeting is over or cancelled and can no longer be changed' };
      case MeetingsErrorCode.NotInvited:
        return { status: 409, title: 'Only an invitation can be accepted or answered with a change request' };
      case MeetingsErrorCode.NotHeld:
        return { status: 409, title: 'Only a meeting that was held can be rated' };
      case MeetingsErrorCode.NotOver:
        return { status: 409, title: 'A meeting can be marked held from its day on, and no-show once it has started' };
      case MeetingsErrorCode.UnknownCaseworker:
        return { status: 422, title: 'There is no such caseworker at your jobcentre' };
      case MeetingsErrorCode.NoAddress:
        return { status: 422, title: 'An in-person meeting needs an address' };
      case MeetingsErrorCode.FeedNotFound:
        return { status: 404, title: 'There is no such calendar feed' };
      case MeetingsErrorCode.AttendanceRequired:
        return {
          status: 409,
          title: 'You are called to this meeting and must attend: move it to another time or ask to change it',
        };
      case MeetingsErrorCode.AfterDeadline:
        return {
          status: 409,
          title: 'The visitation meeting must be held by its deadline: choose a time no later than that',
        };
    }
  }
}
