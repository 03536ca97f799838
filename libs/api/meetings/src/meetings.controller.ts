import { Body, Controller, Get, Header, Headers, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import { type Language, languageOf } from '@jobunivers/api/citizens';
import { ApiProblems, CitizenSelf, IdParamDto, Public, StaffOnly } from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  AvailabilityDto,
  BookMeetingDto,
  CalendarFeedDto,
  CalendarQueryDto,
  CancelDto,
  ChangeRequestInputDto,
  InviteDto,
  MeetingDto,
  MeetingListDto,
  NotesInputDto,
  OutcomeInputDto,
  RatingInputDto,
  RescheduleDto,
  SlotListDto,
  SlotQueryDto,
  StaffMeetingDto,
  StaffMeetingListDto,
} from './dto/meetings.dto';
import { AvailabilityService } from './availability.service';
import { MeetingBookingService } from './booking.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { StaffMeetingsService } from './staff-meetings.service';

class LanguageQueryDto {
  @ApiProperty({
    required: false,
    enum: ['da', 'en'],
    description: 'Language of the calendar text (links cannot send Accept-Language)',
  })
  @IsOptional()
  @IsIn(['da', 'en'], { message: 'lang must be da or en' })
  lang?: Language;
}

class FeedParamDto {
  @ApiProperty({ description: 'The secret token of the feed' })
  @Matches(/^[A-Za-z0-9_-]{1,100}$/, { message: 'token must be a feed token' })
  token!: string;
}

const CALENDAR = 'text/calendar; charset=utf-8';

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(
    private readonly availabilityService: AvailabilityService,
    private readonly booking: MeetingBookingService,
    private readonly staff: StaffMeetingsService,
    private readonly feeds: CalendarFeedsService,
  ) {}

  // ── citizen ───────────────────────────────────────────────────────────────

  @Get('me/meeting-slots')
  @CitizenSelf()
  @ApiOperation({
    summary:
      'Free meeting times: my caseworker’s, and other caseworkers’ of my jobcentre when mine has none soon enough',
  })
  @ApiOkResponse({ type: SlotListDto })
  async slots(@CurrentPrincipal() citizen: CitizenPrincipal, @Query() query: SlotQueryDto): Promise<SlotListDto> {
    return { items: await this.availabilityService.slotsForCitizen(citizen, query) };
  }

  @Post('me/meetings')
  @ApiProblems(422)
  @CitizenSelf()
  @ApiOperation({ summary: 'Book a meeting at a free time; 409 when it was taken meanwhile' })
  @ApiCreatedResponse({ type: MeetingDto })
  book(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: BookMeetingDto): Promise<MeetingDto> {
    return this.booking.book(citizen, body);
  }

  @Get('me/meetings')
  @CitizenSelf()
  @ApiOperation({ summary: 'My meetings: upcoming (soonest first), then past and cancelled' })
  @ApiOkResponse({ type: MeetingListDto })
  async myMeetings(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<MeetingListDto> {
    return { items: await this.booking.myMeetings(citizen) };
  }

  @Get('me/meetings/:id')
  @CitizenSelf()
  @ApiOperation({ summary: 'One of my meetings' })
  @ApiOkResponse({ type: MeetingDto })
  myMeeting(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<MeetingDto> {
    return this.booking.myMeeting(citizen, id);
  }

  @Patch('me/meetings/:id')
  @CitizenSelf()
  @ApiOperation({
    summary:
      'Move my meeting to another free time and/or form (until the cut-off before it starts); a visitation meeting only to a day up to its `moveBy` (409 meeting_after_deadline)',
  })
  @ApiOkResponse({ type: MeetingDto })
  reschedule(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: RescheduleDto,
  ): Promise<MeetingDto> {
    return this.booking.reschedule(citizen, id, body);
  }

  @Post('me/meetings/:id/cancel')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancel a meeting I booked, with a reason (until the cut-off before it starts); a call-in (visitation or caseworker invitation, `mustAttend`) answers 409 meeting_attendance_required — move it or ask to change it',
  })
  @ApiOkResponse({ type: MeetingDto })
  cancel(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: CancelDto,
  ): Promise<MeetingDto> {
    return this.booking.cancel(citizen, id, body.reason);
  }

  @Post('me/meetings/:id/accept')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation' })
  @ApiOkResponse({ type: MeetingDto })
  accept(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<MeetingDto> {
    return this.booking.accept(citizen, id);
  }

  @Post('me/meetings/:id/change-request')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the caseworker for another form or time' })
  @ApiOkResponse({ type: MeetingDto })
  requestChange(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: ChangeRequestInputDto,
  ): Promise<MeetingDto> {
    return this.booking.requestChange(citizen, id, body);
  }

  @Post('me/meetings/:id/rating')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate a meeting that was held (1–5, optional comment)' })
  @ApiOkResponse({ type: MeetingDto })
  rate(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: RatingInputDto,
  ): Promise<MeetingDto> {
    return this.booking.rate(citizen, id, body);
  }

  @Get('me/meetings/:id/calendar.ics')
  @CitizenSelf()
  @Header('Content-Type', CALENDAR)
  @Header('Content-Disposition', 'attachment; filename="jobsamtale.ics"')
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  @ApiOperation({ summary: 'My meeting as an iCalendar file (RFC 5545)' })
  @ApiOkResponse({ schema: { type: 'string' } })
  ics(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Query() query: LanguageQueryDto,
    @Headers('accept-language') language?: string,
  ): Promise<string> {
    return this.feeds.myMeetingIcs(citizen, id, query.lang ?? languageOf(language));
  }

  @Post('me/calendar-feed')
  @CitizenSelf()
  @ApiOperation({ summary: 'A new secret address of my calendar feed (the previous one stops working)' })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  async citizenFeed(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<CalendarFeedDto> {
    return { url: await this.feeds.createFeed({ kind: 'citizen', id: citizen.id }) };
  }

  @Get('calendar-feeds/:token.ics')
  @Public('personal calendar feed: the secret token in the address is the credential (calendar apps cannot sign in)')
  @Header('Content-Type', CALENDAR)
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  @ApiOperation({ summary: 'A personal calendar feed (iCalendar), subscribed to by a calendar app' })
  @ApiOkResponse({ schema: { type: 'string' } })
  feed(@Param() { token }: FeedParamDto, @Query() query: LanguageQueryDto): Promise<string> {
    return this.feeds.feed(token, query.lang ?? 'da');
  }

  // ── staff ─────────────────────────────────────────────────────────────────

  @Get('caseworkers/me/meetings')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({ summary: 'My calendar: my meetings between two dates (default this week)' })
  @ApiOkResponse({ type: StaffMeetingListDto })
  async calendar(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Query() query: CalendarQueryDto,
  ): Promise<StaffMeetingListDto> {
    return { items: await this.staff.calendar(actor, query) };
  }

  @Get('caseworkers/me/availability')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({ summary: 'My weekly availability per meeting form, and my days off and blocked hours' })
  @ApiOkResponse({ type: AvailabilityDto })
  availability(@CurrentPrincipal() actor: StaffPrincipal): Promise<AvailabilityDto> {
    return this.availabilityService.availability(actor);
  }

  @Put('caseworkers/me/availability')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({ summary: 'Replace my availability (meetings already made stay)' })
  @ApiOkResponse({ type: AvailabilityDto })
  setAvailability(@CurrentPrincipal() actor: StaffPrincipal, @Body() body: AvailabilityDto): Promise<AvailabilityDto> {
    return this.availabilityService.setAvailability(actor, body);
  }

  @Post('caseworkers/me/calendar-feed')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({ summary: 'A new secret address of my calendar feed (no citizen names in it)' })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  async staffFeed(@CurrentPrincipal() actor: StaffPrincipal): Promise<CalendarFeedDto> {
    return { url: await this.feeds.createFeed({ kind: 'staff', id: actor.id }) };
  }

  @Post('citizens/:id/meetings')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Invite a citizen to a meeting with me (the citizen accepts or asks for a change)' })
  @ApiCreatedResponse({ type: StaffMeetingDto })
  invite(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: InviteDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffMeetingDto> {
    return this.staff.invite(actor, id, body, purpose);
  }

  @Get('citizens/:id/meetings')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s meetings, latest first (audited)' })
  @ApiOkResponse({ type: StaffMeetingListDto })
  async citizenMeetings(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffMeetingListDto> {
    return { items: await this.staff.citizenMeetings(actor, id, purpose) };
  }

  @Get('meetings/:id')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A meeting with its notes (audited)' })
  @ApiOkResponse({ type: StaffMeetingDto })
  meeting(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffMeetingDto> {
    return this.staff.staffMeeting(actor, id, purpose);
  }

  @Patch('meetings/:id')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Move a meeting (time and/or form), e.g. answering the citizen’s change request' })
  @ApiOkResponse({ type: StaffMeetingDto })
  staffReschedule(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: RescheduleDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffMeetingDto> {
    return this.staff.staffReschedule(actor, id, body, purpose);
  }

  @Post('meetings/:id/outcome')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record the outcome: held, no_show (puts the citizen on the screening queue) or cancelled_by_jobcentre; with the shared summary and the internal note',
  })
  @ApiOkResponse({ type: StaffMeetingDto })
  outcome(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: OutcomeInputDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffMeetingDto> {
    return this.staff.recordOutcome(actor, id, body, purpose);
  }

  @Put('meetings/:id/notes')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Write the shared summary (the citizen reads it) and the internal note (staff only)' })
  @ApiOkResponse({ type: StaffMeetingDto })
  notes(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: NotesInputDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffMeetingDto> {
    return this.staff.updateNotes(actor, id, body, purpose);
  }
}
