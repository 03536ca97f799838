import { Body, Controller, Get, Header, Headers, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import {
  ApiPageResponse,
  ApiProblems,
  CitizenSelf,
  IdParamDto,
  type Page,
  StaffOnly,
  StaffOrClient,
} from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, RateLimit, type StaffPrincipal } from '@jobunivers/api/identity';
import type { CaseActor } from './citizen-access';
import { CaseRegistrationService } from './case-registration.service';
import { CaseTimelineService } from './case-timeline.service';
import { CaseUpdatesService } from './case-updates.service';
import { CaseloadService } from './caseload.service';
import { CitizenRecordsService } from './citizen-records.service';
import { DataRightsService } from './data-rights.service';
import {
  AssignmentDto,
  CitizenDto,
  DigitalPostInputDto,
  CitizenListItemDto,
  CitizenQueryDto,
  CprDto,
  OutcomeDto,
  RegisterCitizenDto,
  RegisteredCitizenDto,
  TimelineEntryDto,
  TimelineQueryDto,
} from './dto/citizen.dto';
import { ProfileDto, ProfileInputDto } from './dto/profile.dto';
import { ProfileService } from './profile.service';
import { languageOf } from './timeline-texts';

const CASE_STAFF = ['caseworker', 'team_lead'] as const;
@ApiTags('citizens')
@Controller()
export class CitizensController {
  constructor(
    private readonly registration: CaseRegistrationService,
    private readonly caseload: CaseloadService,
    private readonly records: CitizenRecordsService,
    private readonly updates: CaseUpdatesService,
    private readonly caseTimeline: CaseTimelineService,
    private readonly profiles: ProfileService,
    private readonly dataRights: DataRightsService,
  ) {}

  @Get('me/profile')
  @CitizenSelf()
  @ApiOperation({ summary: 'My profile/CV, with how complete it is' })
  @ApiOkResponse({ type: ProfileDto })
  myProfile(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<ProfileDto> {
    return this.profiles.own(citizen.id);
  }

  @Put('me/profile')
  @CitizenSelf()
  @ApiOperation({ summary: 'Save my profile/CV (the whole profile; codes are checked against the catalogues)' })
  @ApiOkResponse({ type: ProfileDto })
  saveProfile(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: ProfileInputDto): Promise<ProfileDto> {
    return this.profiles.save(citizen.id, body);
  }

  @Get('me/export')
  @CitizenSelf()
  @RateLimit('data-export')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'Download all my data (GDPR art. 15): profile, cases, timeline, meetings, plan, joblog, messages, screenings, notifications, sign-ins and who accessed my data',
  })
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  export(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Record<string, unknown>> {
    return this.dataRights.export(citizen.id, languageOf(acceptLanguage));
  }

  @Get('citizens/:id/profile')
  @StaffOrClient([...CASE_STAFF], ['citizens:read'])
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s profile/CV (audited)' })
  @ApiOkResponse({ type: ProfileDto })
  profile(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ProfileDto> {
    return this.profiles.forStaff(actor, id, purpose);
  }

  @Post('citizens')
  @StaffOrClient([...CASE_STAFF], ['citizens:write'])
  @ApiOperation({
    summary: 'Register a newly unemployed citizen in the caller’s municipality',
    description:
      'Assigns the chosen caseworker, else the registering caseworker, else the least-loaded one; answers with the next steps (the visitation deadline and the invitation sent). 409 with `existingId` when the CPR number already has an active case here; after a closed case a new case opens, keeping the history.',
  })
  @ApiCreatedResponse({ type: RegisteredCitizenDto })
  @ApiConflictResponse({ description: 'Already registered: the problem carries `existingId`' })
  async register(
    @CurrentPrincipal() actor: CaseActor,
    @Body() body: RegisterCitizenDto,
  ): Promise<RegisteredCitizenDto> {
    const { nextSteps, ...registered } = await this.registration.register(actor, body);
    const invitation = nextSteps.visitationInvitation;
    return {
      ...registered,
      nextSteps: {
        visitationDeadline: nextSteps.visitationDeadline ?? null,
        visitationInvitation: invitation
          ? { ...invitation, sentAt: invitation.sentAt.toISOString(), startsAt: invitation.startsAt.toISOString() }
          : null,
      },
    };
  }

  @Get('citizens')
  @StaffOrClient([...CASE_STAFF], ['citizens:read'])
  @ApiOperation({
    summary: 'Caseload: citizens of the municipality, filtered, sorted, paginated',
    description: 'Each citizen listed is recorded in the audit log as read.',
  })
  @ApiPageResponse(CitizenListItemDto)
  list(@CurrentPrincipal() actor: CaseActor, @Query() query: CitizenQueryDto): Promise<Page<CitizenListItemDto>> {
    return this.caseload.list(actor, query);
  }

  @Get('citizens/:id')
  @StaffOrClient([...CASE_STAFF], ['citizens:read'])
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s case (CPR masked); audited' })
  @ApiOkResponse({ type: CitizenDto })
  @ApiNotFoundResponse({ description: 'No such citizen in your municipality' })
  @ApiForbiddenResponse({ description: 'Outside your caseload without X-Access-Purpose' })
  get(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<CitizenDto> {
    return this.records.get(actor, id, purpose);
  }

  @Post('citizens/:id/cpr/reveal')
  @ApiProblems(410)
  @StaffOnly(...CASE_STAFF)
  @HttpCode(200)
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Show the full CPR number (an explicit, audited action)' })
  @ApiOkResponse({ type: CprDto })
  async revealCpr(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<CprDto> {
    return { cpr: await this.records.revealCpr(actor, id, purpose) };
  }

  @Post('citizens/:id/outcome')
  @StaffOrClient([...CASE_STAFF], ['outcomes:write'])
  @HttpCode(200)
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Report the outcome (job, education, other, moved); closes the case' })
  @ApiOkResponse({ type: CitizenDto })
  @ApiConflictResponse({ description: 'The case is already closed' })
  outcome(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Body() body: OutcomeDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<CitizenDto> {
    return this.updates.reportOutcome(actor, id, body, purpose);
  }

  @Patch('citizens/:id/digital-post')
  @StaffOnly(...CASE_STAFF)
  @ApiPurposeHeader()
  @ApiOperation({
    summary:
      'Record whether the citizen is exempt from Digital Post (formal call-ins are then printed and posted); audited',
  })
  @ApiOkResponse({ type: CitizenDto })
  @ApiNotFoundResponse({ description: 'No such citizen in your municipality' })
  @ApiForbiddenResponse({ description: 'Outside your caseload without X-Access-Purpose' })
  setDigitalPost(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: DigitalPostInputDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<CitizenDto> {
    return this.updates.setDigitalPostExempt(actor, id, body.digitalPostExempt, purpose);
  }

  @Patch('citizens/:id/assignment')
  @StaffOnly('team_lead')
  @ApiOperation({ summary: 'Reassign the citizen to another caseworker (team leads)' })
  @ApiOkResponse({ type: CitizenDto })
  reassign(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: AssignmentDto,
  ): Promise<CitizenDto> {
    return this.updates.reassign(actor, id, body.caseworkerId);
  }

  @Get('citizens/:id/timeline')
  @StaffOrClient([...CASE_STAFF], ['citizens:read'])
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s timeline (sagsgang), newest first; audited' })
  @ApiPageResponse(TimelineEntryDto)
  timeline(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Query() query: TimelineQueryDto,
    @Headers('accept-language') language?: string,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<Page<TimelineEntryDto>> {
    return this.caseTimeline.timelineFor(actor, id, query, languageOf(language), purpose);
  }

  @Get('me/timeline')
  @CitizenSelf()
  @ApiOperation({ summary: 'My timeline (sagsgang), newest first, in plain language' })
  @ApiPageResponse(TimelineEntryDto)
  myTimeline(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Query() query: TimelineQueryDto,
    @Headers('accept-language') language?: string,
  ): Promise<Page<TimelineEntryDto>> {
    return this.caseTimeline.ownTimeline(citizen.id, query, languageOf(language));
  }
}
