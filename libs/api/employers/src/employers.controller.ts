import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { languageOf } from '@jobunivers/api/citizens';
import {
  ApiPageResponse,
  ApiProblems,
  CitizenSelf,
  EmployerOnly,
  IdParamDto,
  type Page,
  StaffOnly,
} from '@jobunivers/api/http';
import {
  type CitizenPrincipal,
  CurrentPrincipal,
  type EmployerPrincipal,
  IdentityService,
  type StaffPrincipal,
} from '@jobunivers/api/identity';
import { ConsentService } from './consent.service';
import {
  AssignRequestDto,
  CloseRequestDto,
  ConsultantsDto,
  CandidateParamsDto,
  EmployerCandidateDto,
  EmployerCandidatesDto,
  EmployerInvitationDto,
  EmployerInvitationsDto,
  EmployerKpiQueryDto,
  EmployerKpisDto,
  EmployerRequestDto,
  EmployerRequestQueryDto,
  EmployerRequestThreadDto,
  EmployerVisibilityDto,
  EmployerVisibilityInputDto,
  InvitationAnswerDto,
  JobAdCreatedDto,
  NewEmployerRequestDto,
  NewPlacementDto,
  NewProposalsDto,
  EmployerPlacementsDto,
  PlacementDto,
  PlacementReportDto,
  ProposalDto,
  RequestMessageDto,
  RequestMessageInputDto,
  StaffCandidatesDto,
  StaffRequestDetailDto,
  StaffRequestQueryDto,
} from './dto/employers.dto';
import { PlacementsService } from './placements.service';
import { CONSULTANT_ROLES, ConsultantRequestsService } from './consultant-requests.service';
import { RequestViewsService } from './request-views.service';
import { RequestsService } from './requests.service';

/** The company's side of the employer entry (MitID Erhverv; the CVR number decides what is theirs). */
@ApiTags('employers')
@Controller('employer')
export class EmployerController {
  constructor(
    private readonly requests: RequestsService,
    private readonly consent: ConsentService,
    private readonly placements: PlacementsService,
  ) {}

  @Post('requests')
  @EmployerOnly()
  @ApiOperation({
    summary:
      "Send a request to the municipality of the workplace's postal code (recruitment, internship, wage subsidy, question)",
  })
  @ApiCreatedResponse({ type: EmployerRequestDto })
  create(
    @CurrentPrincipal() employer: EmployerPrincipal,
    @Body() body: NewEmployerRequestDto,
  ): Promise<EmployerRequestDto> {
    return this.requests.create(employer, body);
  }

  @Get('requests')
  @EmployerOnly()
  @ApiOperation({ summary: "The company's requests, newest first" })
  @ApiPageResponse(EmployerRequestDto)
  list(
    @CurrentPrincipal() employer: EmployerPrincipal,
    @Query() query: EmployerRequestQueryDto,
  ): Promise<Page<EmployerRequestDto>> {
    return this.requests.listForCompany(employer, query);
  }

  @Get('requests/:id')
  @EmployerOnly()
  @ApiOperation({ summary: 'One of the company’s requests with its thread' })
  @ApiOkResponse({ type: EmployerRequestThreadDto })
  get(@CurrentPrincipal() employer: EmployerPrincipal, @Param() { id }: IdParamDto): Promise<EmployerRequestThreadDto> {
    return this.requests.threadForCompany(employer, id);
  }

  @Post('requests/:id/messages')
  @EmployerOnly()
  @ApiProblems(429)
  @ApiOperation({ summary: 'Write to the employer consultants in the request’s thread' })
  @ApiCreatedResponse({ type: RequestMessageDto })
  post(
    @CurrentPrincipal() employer: EmployerPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: RequestMessageInputDto,
  ): Promise<RequestMessageDto> {
    return this.requests.postAsCompany(employer, id, body.message);
  }

  @Post('requests/:id/withdraw')
  @EmployerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the request (closed with outcome withdrawn)' })
  @ApiOkResponse({ type: EmployerRequestDto })
  withdraw(@CurrentPrincipal() employer: EmployerPrincipal, @Param() { id }: IdParamDto): Promise<EmployerRequestDto> {
    return this.requests.withdraw(employer, id);
  }

  @Get('requests/:id/candidates')
  @EmployerOnly()
  @ApiOperation({
    summary:
      'The candidates who accepted, as each chose to be seen (anonymous or named); every read is in their access log',
  })
  @ApiOkResponse({ type: EmployerCandidatesDto })
  async candidates(
    @CurrentPrincipal() employer: EmployerPrincipal,
    @Param() { id }: IdParamDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<EmployerCandidatesDto> {
    return { items: await this.consent.candidatesForCompany(employer, id, languageOf(acceptLanguage)) };
  }

  @Get('requests/:id/candidates/:candidateId')
  @EmployerOnly()
  @ApiOperation({
    summary: 'One candidate who accepted (404 once they withdraw or hide); the read is in their access log',
  })
  @ApiOkResponse({ type: EmployerCandidateDto })
  candidate(
    @CurrentPrincipal() employer: EmployerPrincipal,
    @Param() { id, candidateId }: CandidateParamsDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<EmployerCandidateDto> {
    return this.consent.candidateForCompany(employer, id, candidateId, languageOf(acceptLanguage));
  }

  @Get('placements')
  @EmployerOnly()
  @ApiOperation({ summary: "The company's internship and wage-subsidy placements" })
  @ApiOkResponse({ type: EmployerPlacementsDto })
  async placementList(@CurrentPrincipal() employer: EmployerPrincipal): Promise<EmployerPlacementsDto> {
    return { items: await this.placements.forCompany(employer) };
  }

  @Post('placements/:id/report')
  @EmployerOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Report that a placement ended, or led to a hire' })
  @ApiOkResponse({ type: PlacementDto })
  report(
    @CurrentPrincipal() employer: EmployerPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: PlacementReportDto,
  ): Promise<PlacementDto> {
    return this.placements.reportByCompany(employer, id, body.outcome);
  }
}

/** The employer consultants' side: the municipality's employer inbox. */
@ApiTags('employers')
@Controller('employer-requests')
export class EmployerRequestsController {
  constructor(
    private readonly requests: ConsultantRequestsService,
    private readonly views: RequestViewsService,
    private readonly consent: ConsentService,
    private readonly placements: PlacementsService,
    private readonly identity: IdentityService,
  ) {}

  @Get()
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({ summary: "The municipality's employer requests (default: open ones), oldest first" })
  @ApiPageResponse(EmployerRequestDto)
  inbox(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Query() query: StaffRequestQueryDto,
  ): Promise<Page<EmployerRequestDto>> {
    return this.requests.inbox(actor, query);
  }

  @Get('kpis')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({ summary: 'Employer entry KPIs: share answered within 2 working days, candidates sent, hires' })
  @ApiOkResponse({ type: EmployerKpisDto })
  kpis(@CurrentPrincipal() actor: StaffPrincipal, @Query() query: EmployerKpiQueryDto): Promise<EmployerKpisDto> {
    return this.requests.kpis(actor, query);
  }

  @Get('consultants')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({ summary: "The municipality's employer consultants and team leads (to give a request to)" })
  @ApiOkResponse({ type: ConsultantsDto })
  async consultants(@CurrentPrincipal() actor: StaffPrincipal): Promise<ConsultantsDto> {
    return { items: await this.identity.staffWithRoles(actor.municipalityCode, CONSULTANT_ROLES) };
  }

  @Get(':id')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({ summary: 'A request with its thread, proposals and placements' })
  @ApiOkResponse({ type: StaffRequestDetailDto })
  async get(@CurrentPrincipal() actor: StaffPrincipal, @Param() { id }: IdParamDto): Promise<StaffRequestDetailDto> {
    const request = await this.views.staffRequest(actor, id);
    const [thread, proposals, placements] = await Promise.all([
      this.views.thread(request),
      this.consent.proposalsOf(request.id, actor.municipalityCode),
      this.placements.forRequest(request.id),
    ]);
    return { ...thread, consultantId: request.consultantId, proposals, placements };
  }

  @Post(':id/claim')
  @StaffOnly(...CONSULTANT_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the request (it becomes yours, in progress)' })
  @ApiOkResponse({ type: EmployerRequestDto })
  claim(@CurrentPrincipal() actor: StaffPrincipal, @Param() { id }: IdParamDto): Promise<EmployerRequestDto> {
    return this.requests.claim(actor, id);
  }

  @Post(':id/assign')
  @StaffOnly(...CONSULTANT_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Give the request to another employer consultant of the municipality' })
  @ApiOkResponse({ type: EmployerRequestDto })
  assign(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: AssignRequestDto,
  ): Promise<EmployerRequestDto> {
    return this.requests.assign(actor, id, body.staffId);
  }

  @Post(':id/messages')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiProblems(429)
  @ApiOperation({ summary: 'Answer the company in the request’s thread' })
  @ApiCreatedResponse({ type: RequestMessageDto })
  reply(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: RequestMessageInputDto,
  ): Promise<RequestMessageDto> {
    return this.requests.reply(actor, id, body.message);
  }

  @Post(':id/close')
  @StaffOnly(...CONSULTANT_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the request with its outcome (hired, not_hired, withdrawn)' })
  @ApiOkResponse({ type: EmployerRequestDto })
  close(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: CloseRequestDto,
  ): Promise<EmployerRequestDto> {
    return this.requests.close(actor, id, body.outcome);
  }

  @Post(':id/job-ad')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({
    summary:
      'Publish a recruitment request as a job ad (schema.org JobPosting; matching and alerts reach citizens at once)',
  })
  @ApiCreatedResponse({ type: JobAdCreatedDto })
  jobAd(@CurrentPrincipal() actor: StaffPrincipal, @Param() { id }: IdParamDto): Promise<JobAdCreatedDto> {
    return this.requests.publishJobAd(actor, id);
  }

  @Get(':id/candidates')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({
    summary: 'Citizens of the municipality who let employers see them, ranked for the request with reasons (audited)',
  })
  @ApiOkResponse({ type: StaffCandidatesDto })
  async candidates(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StaffCandidatesDto> {
    return { items: await this.consent.candidatesForStaff(actor, id, languageOf(acceptLanguage)) };
  }

  @Post(':id/proposals')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({ summary: 'Propose citizens: each gets an invitation and decides whether the company may see them' })
  @ApiCreatedResponse({ type: [ProposalDto] })
  propose(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: NewProposalsDto,
  ): Promise<ProposalDto[]> {
    return this.consent.propose(actor, id, body.citizenIds);
  }

  @Post(':id/placements')
  @StaffOnly(...CONSULTANT_ROLES)
  @ApiOperation({
    summary: 'Approve an internship or wage-subsidy placement for a candidate who accepted (an item on their plan)',
  })
  @ApiCreatedResponse({ type: PlacementDto })
  place(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: NewPlacementDto,
  ): Promise<PlacementDto> {
    return this.placements.create(actor, id, body);
  }
}

/** The consultants' report on a placement (the company reports through /employer/placements). */
@ApiTags('employers')
@Controller('employer-placements')
export class EmployerPlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Post(':id/report')
  @StaffOnly(...CONSULTANT_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Report that a placement ended, or led to a hire' })
  @ApiOkResponse({ type: PlacementDto })
  report(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: PlacementReportDto,
  ): Promise<PlacementDto> {
    return this.placements.reportByStaff(actor, id, body.outcome);
  }
}

/** The citizen's side: who may see me, and the invitations from companies. */
@ApiTags('employers')
@Controller('me')
export class MyEmployerVisibilityController {
  constructor(private readonly consent: ConsentService) {}

  @Get('employer-visibility')
  @CitizenSelf()
  @ApiOperation({ summary: 'How companies may see me: hidden (default), anonymous or named' })
  @ApiOkResponse({ type: EmployerVisibilityDto })
  get(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<EmployerVisibilityDto> {
    return this.consent.myVisibility(citizen);
  }

  @Put('employer-visibility')
  @CitizenSelf()
  @ApiOperation({ summary: 'Choose how companies may see me (can be changed any time)' })
  @ApiOkResponse({ type: EmployerVisibilityDto })
  set(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Body() body: EmployerVisibilityInputDto,
  ): Promise<EmployerVisibilityDto> {
    return this.consent.setVisibility(citizen, body);
  }

  @Get('employer-invitations')
  @CitizenSelf()
  @ApiOperation({ summary: 'Companies I was proposed to, newest first, with my answers' })
  @ApiOkResponse({ type: EmployerInvitationsDto })
  async invitations(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<EmployerInvitationsDto> {
    return { items: await this.consent.invitations(citizen, languageOf(acceptLanguage)) };
  }

  @Post('employer-invitations/:id/answer')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer an invitation: accept (the company may see me) or decline' })
  @ApiOkResponse({ type: EmployerInvitationDto })
  answer(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: InvitationAnswerDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<EmployerInvitationDto> {
    return this.consent.answer(citizen, id, body.accept, languageOf(acceptLanguage));
  }

  @Post('employer-invitations/:id/withdraw')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Take back an accepted invitation: the company loses access at once' })
  @ApiOkResponse({ type: EmployerInvitationDto })
  withdraw(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<EmployerInvitationDto> {
    return this.consent.withdraw(citizen, id, languageOf(acceptLanguage));
  }
}
