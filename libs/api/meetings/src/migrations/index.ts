import { MeetingsInit1795348182300 } from './1795348182300-meetings-init';
import { MeetingStatsIndex1795400000000 } from './1795400000000-meeting-stats-index';

export const meetingsMigrations = [MeetingsInit1795348182300, MeetingStatsIndex1795400000000];
