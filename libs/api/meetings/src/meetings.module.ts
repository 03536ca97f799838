import { Module } from '@nestjs/common';
import { MeetingsDataRights } from './meetings.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { ReferenceModule } from '@jobunivers/api/reference';
import { MeetingsDemoSeed } from './demo/meetings.demo-seed';
import { AvailabilityBlockEntity, AvailabilityWindowEntity } from './entities/availability.entity';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { MeetingNoticeEntity } from './entities/meeting-notice.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import './meetings.texts';

/** Availability, booking, invitations, outcomes and notes, iCalendar, reminders. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeetingEntity,
      AvailabilityWindowEntity,
      AvailabilityBlockEntity,
      MeetingNoticeEntity,
      CalendarFeedEntity,
    ]),
    CitizensModule,
    ReferenceModule,
  ],
  controllers: [MeetingsController],
  providers: [MeetingsDataRights, MeetingsService, MeetingsDemoSeed],
  exports: [MeetingsService],
})
export class MeetingsModule {}
