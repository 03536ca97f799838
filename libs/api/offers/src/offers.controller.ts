import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import type { CaseActor } from '@jobunivers/api/citizens';
import {
  ApiProblems,
  Access,
  ApiPageResponse,
  CitizenSelf,
  IdParamDto,
  type Page,
  StaffOnly,
  StaffOrClient,
} from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import {
  AddItemDto,
  ApplicationDto,
  ApplicationQueryDto,
  DecisionDto,
  GoalDto,
  ItemRatingDto,
  OfferDto,
  OfferInputDto,
  OfferPatchDto,
  OfferQueryDto,
  PatchItemDto,
  PlanDto,
  PlanItemDto,
  SuggestDto,
} from './dto/offers.dto';
import { ApprovalsService } from './approvals.service';
import { CatalogueService } from './catalogue.service';
import { PlanService } from './plan.service';

@ApiTags('offers')
@Controller()
export class OffersController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly plan: PlanService,
    private readonly approvals: ApprovalsService,
  ) {}

  // ── catalogue ─────────────────────────────────────────────────────────────

  @Get('offers')
  @Access({
    kind: 'any',
    of: [{ kind: 'citizen' }, { kind: 'staff', roles: ['caseworker', 'team_lead', 'municipality_admin'] }],
  })
  @ApiOperation({
    summary: 'Offers: for citizens the published ones they are eligible for; for staff the municipality’s catalogue',
  })
  @ApiPageResponse(OfferDto)
  list(
    @CurrentPrincipal() principal: CitizenPrincipal | StaffPrincipal,
    @Query() query: OfferQueryDto,
  ): Promise<Page<OfferDto>> {
    return this.catalogue.list(principal, query);
  }

  @Get('offers/:id')
  @Access({
    kind: 'any',
    of: [{ kind: 'citizen' }, { kind: 'staff', roles: ['caseworker', 'team_lead', 'municipality_admin'] }],
  })
  @ApiOperation({ summary: 'One offer' })
  @ApiOkResponse({ type: OfferDto })
  get(
    @CurrentPrincipal() principal: CitizenPrincipal | StaffPrincipal,
    @Param() { id }: IdParamDto,
  ): Promise<OfferDto> {
    return this.catalogue.get(principal, id);
  }

  @Post('offers')
  @StaffOrClient(['team_lead', 'municipality_admin'], ['offers:write'])
  @ApiOperation({ summary: 'Add an offer to the municipality’s catalogue (draft unless status says published)' })
  @ApiCreatedResponse({ type: OfferDto })
  create(@CurrentPrincipal() actor: CaseActor, @Body() body: OfferInputDto): Promise<OfferDto> {
    return this.catalogue.create(actor, body);
  }

  @Patch('offers/:id')
  @StaffOrClient(['team_lead', 'municipality_admin'], ['offers:write'])
  @ApiOperation({ summary: 'Change an offer (publish, archive, capacity — more places move the waitlist up)' })
  @ApiOkResponse({ type: OfferDto })
  update(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Body() body: OfferPatchDto,
  ): Promise<OfferDto> {
    return this.catalogue.update(actor, id, body);
  }

  // ── the citizen's plan ────────────────────────────────────────────────────

  @Get('me/plan')
  @CitizenSelf()
  @ApiOperation({ summary: 'My plan (forløb): job goal and items with their status' })
  @ApiOkResponse({ type: PlanDto })
  myPlan(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<PlanDto> {
    return this.plan.myPlan(citizen);
  }

  @Put('me/plan/goal')
  @CitizenSelf()
  @ApiOperation({ summary: 'Set my job goal' })
  @ApiOkResponse({ type: PlanDto })
  setGoal(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: GoalDto): Promise<PlanDto> {
    return this.plan.setGoal(citizen, body);
  }

  @Post('me/plan/items')
  @ApiProblems(404)
  @CitizenSelf()
  @ApiOperation({
    summary: 'Add an offer (enrolled, waitlisted, or an application when it needs approval) or my own activity',
  })
  @ApiCreatedResponse({ type: PlanItemDto })
  addItem(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: AddItemDto): Promise<PlanItemDto> {
    return this.plan.addItem(citizen, body);
  }

  @Patch('me/plan/items/:id')
  @CitizenSelf()
  @ApiOperation({ summary: 'Complete, drop, accept or decline (a suggestion) an item; edit my own activity' })
  @ApiOkResponse({ type: PlanItemDto })
  patchItem(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: PatchItemDto,
  ): Promise<PlanItemDto> {
    return this.plan.patchItem(citizen, id, body);
  }

  @Post('me/plan/items/:id/rating')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate an offer I am on or have completed (1–5)' })
  @ApiOkResponse({ type: PlanItemDto })
  rateItem(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: ItemRatingDto,
  ): Promise<PlanItemDto> {
    return this.plan.rateItem(citizen, id, body.score);
  }

  @Delete('me/plan/items/:id')
  @CitizenSelf()
  @ApiOperation({ summary: 'Drop an item (its place goes to the next on the waitlist)' })
  @ApiOkResponse({ type: PlanItemDto })
  dropItem(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<PlanItemDto> {
    return this.plan.dropItem(citizen, id);
  }

  // ── staff ─────────────────────────────────────────────────────────────────

  @Get('citizens/:id/plan')
  @StaffOrClient(['caseworker', 'team_lead'], ['plans:read'])
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s plan (audited)' })
  @ApiOkResponse({ type: PlanDto })
  planFor(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<PlanDto> {
    return this.plan.planFor(actor, id, purpose);
  }

  @Post('citizens/:id/plan/suggestions')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Suggest an offer; the citizen accepts or declines it' })
  @ApiCreatedResponse({ type: PlanItemDto })
  suggest(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: SuggestDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<PlanItemDto> {
    return this.plan.suggest(actor, id, body.offerId, body.note, purpose);
  }

  @Get('offer-applications')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({ summary: 'The approval inbox: applications waiting, oldest first' })
  @ApiPageResponse(ApplicationDto)
  applications(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Query() query: ApplicationQueryDto,
  ): Promise<Page<ApplicationDto>> {
    return this.approvals.applications(actor, query);
  }

  @Post('offer-applications/:id/decision')
  @StaffOnly('caseworker', 'team_lead')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (enrols, or waitlists when full) or reject with a reason' })
  @ApiOkResponse({ type: PlanItemDto })
  decide(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: DecisionDto,
  ): Promise<PlanItemDto> {
    return this.approvals.decide(actor, id, body);
  }
}
