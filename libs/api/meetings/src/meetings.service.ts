import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import type { CalendarQueryDto, StaffMeetingDto } from './dto/meetings.dto';
import { CalendarFeedsService, type CalendarFeedSource } from './calendar-feeds.service';
import { MeetingFactsService, type MeetingMonth } from './meeting-facts.service';
import { MeetingRemindersService } from './meeting-reminders.service';
import { MeetingsRepository } from './meetings.repository';
import { StaffMeetingsService } from './staff-meetings.service';

export type { CalendarFeedSource };

/**
 * The facade other modules call. Meetings work by concern behind it:
 * - `AvailabilityService`: caseworkers' windows and blocks, free slots;
 * - `MeetingBookingService`: the citizen books, moves, cancels, accepts, asks for a change, rates;
 * - `StaffMeetingsService`: the calendar, call-ins, moves, outcomes and notes;
 * - `VisitationService`: the call to the visitation meeting when a citizen registers;
 * - `CalendarFeedsService`: iCalendar files and personal feeds;
 * - `MeetingRemindersService`: reminders 24 h and 1 h before;
 * - `MeetingFactsService`: what other modules read (KPIs, missed meetings, contact rules, next meeting);
 * - `MeetingWriterService`: every write and its notice (the outbox), emitted as the `meeting.notice` module event to
 *   the `@OnModuleEvent('meeting.notice')` handlers (notifications, the feed, screening) in the same transaction;
 * - `MeetingsRepository`: the SQL.
 * Overlaps are refused by PostgreSQL itself; simultaneous bookings of one slot meet at its claim (`meetings.slot_claim`).
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly facts: MeetingFactsService,
    private readonly reminders: MeetingRemindersService,
    private readonly staff: StaffMeetingsService,
    private readonly repository: MeetingsRepository,
  ) {}

  /** Other modules put their events in the personal calendar feeds beside the meetings. */
  addFeedSource(source: CalendarFeedSource): void {
    this.feeds.addFeedSource(source);
  }

  /** KPI: held and missed meetings per month, by form, with the ratings. */
  meetingStats(
    municipalityCode: string,
    caseworkerIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<MeetingMonth[]> {
    return this.facts.meetingStats(municipalityCode, caseworkerIds, from, to);
  }

  /** How many meetings the citizen did not turn up to (screening indicator). */
  missedMeetings(citizenId: string, manager?: EntityManager): Promise<number> {
    return this.facts.missedMeetings(citizenId, manager);
  }

  /** Held and upcoming meetings per citizen, with their Copenhagen date (the contact rules). */
  contactMeetings(
    citizenIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, Array<{ id: string; date: string; state: 'held' | 'upcoming' }>>> {
    return this.facts.contactMeetings(citizenIds, manager);
  }

  /** The caseworker's own calendar between two dates (each citizen shown is an audited read). */
  calendar(actor: StaffPrincipal, query: CalendarQueryDto): Promise<StaffMeetingDto[]> {
    return this.staff.calendar(actor, query);
  }

  /** Slot claims for the meetings ending after `after` written in bulk without them (the scale seed's COPY); how many. */
  fillSlotClaims(after: Date): Promise<number> {
    return this.repository.fillSlotClaims(after);
  }

  /** Writes and announces the reminders due at `now` (the job queue runs it every minute). */
  sendDueReminders(now?: Date): Promise<number> {
    return this.reminders.sendDueReminders(now);
  }
}
