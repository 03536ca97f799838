import { MeetingsInit1795348182300 } from './1795348182300-meetings-init';

export const meetingsMigrations = [MeetingsInit1795348182300];
