export { MeetingsModule } from './meetings.module';
export { MeetingsService, type CalendarFeedSource } from './meetings.service';
export type { IcsEvent } from './ics';
export type { MeetingMonth } from './meeting-facts.service';
export type { MeetingEvent } from './events/meeting.event';
export { meetingsMigrations } from './migrations';
export type { MeetingsCaseEvents, MeetingTime } from './meetings.events';
