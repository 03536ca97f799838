import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CitizenCasesService, languageOf } from '@jobunivers/api/citizens';
import {
  ApiProblems,
  ApiPageResponse,
  CitizenOrStaff,
  type HttpRequest,
  IdParamDto,
  PageQueryDto,
  Public,
  StaffOnly,
  type Page,
} from '@jobunivers/api/http';
import {
  type CitizenPrincipal,
  CurrentPrincipal,
  IdentityService,
  type StaffPrincipal,
} from '@jobunivers/api/identity';
import { AnnouncementsService } from './announcements.service';
import {
  AnnouncementDto,
  AnnouncementInputDto,
  NotificationPageDto,
  NotificationQueryDto,
  NotificationSettingsDto,
  NotificationSettingsInputDto,
  PushSubscriptionDto,
  PushSubscriptionInputDto,
  PushUnsubscribeDto,
  UnreadCountDto,
  VapidKeyDto,
} from './dto/notifications.dto';
import { NotificationCentreService } from './notification-centre.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { PushSubscriptionsService } from './push-subscriptions.service';
import type { Recipient } from './recipient';

type Person = CitizenPrincipal | StaffPrincipal;
const recipientOf = (p: Person): Recipient => ({ kind: p.kind, id: p.id });

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly centre: NotificationCentreService,
    private readonly preferences: NotificationPreferencesService,
    private readonly push: PushSubscriptionsService,
    private readonly announcements: AnnouncementsService,
    private readonly cases: CitizenCasesService,
    private readonly identity: IdentityService,
  ) {}

  @Get('me/notifications')
  @CitizenOrStaff()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(
    @CurrentPrincipal() me: Person,
    @Query() query: NotificationQueryDto,
    @Headers('accept-language') language?: string,
  ): Promise<NotificationPageDto> {
    return this.centre.list(recipientOf(me), query, languageOf(language));
  }

  @Get('me/notifications/unread-count')
  @CitizenOrStaff()
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell)' })
  @ApiOkResponse({ type: UnreadCountDto })
  async unread(@CurrentPrincipal() me: Person): Promise<UnreadCountDto> {
    return { unread: await this.centre.unreadCount(recipientOf(me)) };
  }

  @Post('me/notifications/read-all')
  @HttpCode(204)
  @CitizenOrStaff()
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiNoContentResponse()
  async readAll(@CurrentPrincipal() me: Person): Promise<void> {
    await this.centre.markAllRead(recipientOf(me));
  }

  @Post('me/notifications/:id/read')
  @HttpCode(204)
  @CitizenOrStaff()
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiNoContentResponse()
  async read(@CurrentPrincipal() me: Person, @Param() { id }: IdParamDto): Promise<void> {
    await this.centre.markRead(recipientOf(me), id);
  }

  @Get('me/notification-settings')
  @CitizenOrStaff()
  @ApiOperation({ summary: 'My notification channels per category, quiet hours and language' })
  @ApiOkResponse({ type: NotificationSettingsDto })
  async settings(@CurrentPrincipal() me: Person): Promise<NotificationSettingsDto> {
    return this.preferences.settings(recipientOf(me), await this.emailOf(me));
  }

  @Put('me/notification-settings')
  @CitizenOrStaff()
  @ApiOperation({ summary: 'Choose channels per category, quiet hours and language' })
  @ApiOkResponse({ type: NotificationSettingsDto })
  async saveSettings(
    @CurrentPrincipal() me: Person,
    @Body() body: NotificationSettingsInputDto,
  ): Promise<NotificationSettingsDto> {
    await this.preferences.saveSettings(recipientOf(me), body);
    return this.preferences.settings(recipientOf(me), await this.emailOf(me));
  }

  @Get('push/vapid-public-key')
  @Public('the Web Push application server key is public by design (RFC 8292)')
  @ApiOperation({ summary: 'The VAPID public key browsers subscribe with (applicationServerKey)' })
  @ApiOkResponse({ type: VapidKeyDto })
  vapid(): VapidKeyDto {
    return { publicKey: this.push.vapidPublicKey };
  }

  @Post('me/push-subscriptions')
  @CitizenOrStaff()
  @ApiOperation({
    summary: "Add this browser's push subscription (PushSubscription.toJSON()); posting it again confirms it",
  })
  @ApiCreatedResponse({ type: PushSubscriptionDto })
  subscribe(
    @CurrentPrincipal() me: Person,
    @Body() body: PushSubscriptionInputDto,
    @Req() request: HttpRequest,
  ): Promise<PushSubscriptionDto> {
    return this.push.subscribe(recipientOf(me), body, request.headers['user-agent']);
  }

  @Delete('me/push-subscriptions')
  @ApiProblems(404)
  @HttpCode(204)
  @CitizenOrStaff()
  @ApiOperation({ summary: "Remove this browser's push subscription" })
  @ApiNoContentResponse()
  async unsubscribe(@CurrentPrincipal() me: Person, @Body() body: PushUnsubscribeDto): Promise<void> {
    await this.push.unsubscribe(recipientOf(me), body.endpoint);
  }

  @Post('announcements')
  @HttpCode(202)
  @StaffOnly('team_lead', 'municipality_admin')
  @ApiOperation({
    summary:
      "Send an announcement to all the municipality's active citizens (in-app, push and e-mail by their choices)",
  })
  @ApiAcceptedResponse({ type: AnnouncementDto })
  announce(@CurrentPrincipal() staff: StaffPrincipal, @Body() body: AnnouncementInputDto): Promise<AnnouncementDto> {
    return this.announcements.create(staff, body);
  }

  @Get('announcements')
  @StaffOnly('caseworker', 'team_lead', 'municipality_admin')
  @ApiOperation({ summary: "The municipality's announcements, newest first, with how many citizens have them" })
  @ApiPageResponse(AnnouncementDto)
  announcementList(
    @CurrentPrincipal() staff: StaffPrincipal,
    @Query() query: PageQueryDto,
  ): Promise<Page<AnnouncementDto>> {
    return this.announcements.list(staff, query);
  }

  @Get('announcements/:id')
  @StaffOnly('caseworker', 'team_lead', 'municipality_admin')
  @ApiOperation({ summary: 'One announcement and its progress' })
  @ApiOkResponse({ type: AnnouncementDto })
  announcement(@CurrentPrincipal() staff: StaffPrincipal, @Param() { id }: IdParamDto): Promise<AnnouncementDto> {
    return this.announcements.get(staff, id);
  }

  private async emailOf(me: Person): Promise<string | null> {
    const map = me.kind === 'citizen' ? await this.cases.emailsOf([me.id]) : await this.identity.staffEmails([me.id]);
    return map.get(me.id) ?? null;
  }
}
