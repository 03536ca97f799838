export { MeetingsModule } from './meetings.module';
export { MeetingsService, type MeetingEventHandler } from './meetings.service';
export type { MeetingEvent } from './events/meeting.event';
export { meetingsMigrations } from './migrations';
