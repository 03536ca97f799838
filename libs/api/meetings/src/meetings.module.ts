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
import { SlotClaimEntity } from './entities/slot-claim.entity';
import { MeetingsController } from './meetings.controller';
import { AvailabilityService } from './availability.service';
import { MeetingBookingService } from './booking.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { MeetingFactsService } from './meeting-facts.service';
import { MeetingRemindersService } from './meeting-reminders.service';
import { MeetingViewsService } from './meeting-views.service';
import { MeetingWriterService } from './meeting-writer.service';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import { SlotFlights } from './slot-flights';
import { StaffMeetingsService } from './staff-meetings.service';
import { VisitationService } from './visitation.service';
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
      SlotClaimEntity,
    ]),
    CitizensModule,
    ReferenceModule,
  ],
  controllers: [MeetingsController],
  providers: [
    MeetingsRepository,
    MeetingWriterService,
    SlotFlights,
    MeetingViewsService,
    AvailabilityService,
    MeetingBookingService,
    StaffMeetingsService,
    VisitationService,
    CalendarFeedsService,
    MeetingRemindersService,
    MeetingFactsService,
    MeetingsService,
    MeetingsDataRights,
    MeetingsDemoSeed,
  ],
  exports: [MeetingsService],
})
export class MeetingsModule {}
