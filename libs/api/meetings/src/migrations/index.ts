import { MeetingsInit1795348182300 } from './1795348182300-meetings-init';
import { MeetingStatsIndex1795400000000 } from './1795400000000-meeting-stats-index';
import { MeetingFormal1796042318450 } from './1796042318450-meeting-formal';
import { SlotClaim1796664783387 } from './1796664783387-slot-claim';

export const meetingsMigrations = [
  MeetingsInit1795348182300,
  MeetingStatsIndex1795400000000,
  MeetingFormal1796042318450,
  SlotClaim1796664783387,
];
