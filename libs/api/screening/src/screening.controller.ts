import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import { ApiPageResponse, CitizenSelf, IdParamDto, type Page, StaffOnly } from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, type StaffPrincipal } from '@jobunivers/api/identity';
import {
  DismissDto,
  HelpRequestDto,
  HelpRequestInputDto,
  IndicatorsDto,
  LatestSelfAssessmentDto,
  MyScreeningDto,
  QueueItemDto,
  QueueQueryDto,
  ScreeningCommentDto,
  ScreeningDto,
  ScreeningInputDto,
  SelfAssessmentDto,
  SelfAssessmentInputDto,
} from './dto/screening.dto';
import { CitizenScreeningService } from './citizen-screening.service';
import { ScreeningQueueService } from './screening-queue.service';
import { StaffScreeningsService } from './staff-screenings.service';

@ApiTags('screening')
@Controller()
export class ScreeningController {
  constructor(
    private readonly citizenSide: CitizenScreeningService,
    private readonly screenings: StaffScreeningsService,
    private readonly queueItems: ScreeningQueueService,
  ) {}

  @Post('me/self-assessment')
  @CitizenSelf()
  @ApiOperation({ summary: 'Fill in (or redo) my self-assessment' })
  @ApiCreatedResponse({ type: SelfAssessmentDto })
  saveSelfAssessment(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Body() body: SelfAssessmentInputDto,
  ): Promise<SelfAssessmentDto> {
    return this.citizenSide.saveSelfAssessment(citizen, body);
  }

  @Get('me/self-assessment')
  @CitizenSelf()
  @ApiOperation({ summary: 'My latest self-assessment (null before the first)' })
  @ApiOkResponse({ type: LatestSelfAssessmentDto })
  async latestSelfAssessment(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<LatestSelfAssessmentDto> {
    return { latest: await this.citizenSide.latestSelfAssessment(citizen.id) };
  }

  @Post('me/help-requests')
  @CitizenSelf()
  @ApiOperation({ summary: 'I want personal help: puts me on my caseworker’s screening queue' })
  @ApiCreatedResponse({ type: HelpRequestDto })
  requestHelp(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Body() body: HelpRequestInputDto,
  ): Promise<HelpRequestDto> {
    return this.citizenSide.requestHelp(citizen, body.message);
  }

  @Get('me/screening')
  @CitizenSelf()
  @ApiOperation({ summary: 'My track and the summary my caseworker wrote for me' })
  @ApiOkResponse({ type: MyScreeningDto })
  myScreening(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<MyScreeningDto> {
    return this.citizenSide.myScreening(citizen.id);
  }

  @Post('me/screening/comment')
  @CitizenSelf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Comment on my screening, or ask for a change' })
  @ApiOkResponse({ type: MyScreeningDto })
  comment(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: ScreeningCommentDto): Promise<MyScreeningDto> {
    return this.citizenSide.comment(citizen, body);
  }

  @Get('citizens/:id/screening-indicators')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({
    summary: 'Decision support for a screening (audited): duration, self-assessment flags, inactivity, earlier cases',
  })
  @ApiOkResponse({ type: IndicatorsDto })
  indicators(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<IndicatorsDto> {
    return this.screenings.indicators(actor, id, purpose);
  }

  @Post('citizens/:id/screenings')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({
    summary:
      'Record a screening with the caseworker’s assessment and the track; resolves the citizen’s open queue items',
  })
  @ApiCreatedResponse({ type: ScreeningDto })
  record(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: ScreeningInputDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ScreeningDto> {
    return this.screenings.record(actor, id, body, purpose);
  }

  @Get('citizens/:id/screenings')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s screenings, newest first (audited)' })
  @ApiOkResponse({ type: ScreeningDto, isArray: true })
  history(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<ScreeningDto[]> {
    return this.screenings.history(actor, id, purpose);
  }

  @Get('screening-queue')
  @StaffOnly('caseworker', 'team_lead')
  @ApiOperation({
    summary: 'The screening queue: own caseload for caseworkers, the municipality for team leads; overdue first',
  })
  @ApiPageResponse(QueueItemDto)
  queue(@CurrentPrincipal() actor: StaffPrincipal, @Query() query: QueueQueryDto): Promise<Page<QueueItemDto>> {
    return this.queueItems.listQueue(actor, query);
  }

  @Post('screening-queue/:id/dismiss')
  @StaffOnly('caseworker', 'team_lead')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dismiss a queue item with a reason' })
  @ApiOkResponse({ type: QueueItemDto })
  dismiss(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: DismissDto,
  ): Promise<QueueItemDto> {
    return this.queueItems.dismiss(actor, id, body.reason);
  }
}
