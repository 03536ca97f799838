import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import { type CaseActor, languageOf } from '@jobunivers/api/citizens';
import { ApiProblems, CitizenSelf, IdParamDto, StaffOnly, StaffOrClient } from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, RateLimit, type StaffPrincipal } from '@jobunivers/api/identity';
import { JoblogDto, JoblogEntryDto, JoblogInputDto, JoblogPatchDto } from './dto/joblog.dto';
import {
  AlertSettingsDto,
  JobAlertsDto,
  JobMatchDto,
  JobMatchesDto,
  JobSuggestionDto,
  JobSuggestionsDto,
  NotRelevantDto,
  SavedJobsDto,
  SuggestionAnswerDto,
  SuggestJobDto,
} from './dto/matching.dto';
import { JoblogService } from './joblog.service';
import { JobAlertsService } from './job-alerts.service';
import { JobMatchesService } from './job-matches.service';
import { JobSuggestionsService } from './job-suggestions.service';
import { SavedJobsService } from './saved-jobs.service';

@ApiTags('job-matching')
@Controller()
export class JobMatchingController {
  constructor(
    private readonly joblog: JoblogService,
    private readonly jobMatches: JobMatchesService,
    private readonly savedJobs: SavedJobsService,
    private readonly suggestions: JobSuggestionsService,
    private readonly jobAlerts: JobAlertsService,
  ) {}

  // ── the citizen's matches ──────────────────────────────────────────────────

  @Get('me/job-matches')
  @CitizenSelf()
  @RateLimit('job-matches')
  @ApiOperation({
    summary: 'My best open job ads, with the reasons they fit and the skills I miss (with offers that develop them)',
  })
  @ApiOkResponse({ type: JobMatchesDto })
  matches(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Headers('accept-language') language?: string,
  ): Promise<JobMatchesDto> {
    return this.jobMatches.matchesFor(citizen.id, citizen.municipalityCode, languageOf(language));
  }

  @Get('me/job-matches/:id')
  @CitizenSelf()
  @RateLimit('job-matches')
  @ApiOperation({ summary: 'How one job ad fits me (for its page)' })
  @ApiOkResponse({ type: JobMatchDto })
  match(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Headers('accept-language') language?: string,
  ): Promise<JobMatchDto> {
    return this.jobMatches.matchOne(citizen, id, languageOf(language));
  }

  @Get('me/saved-jobs')
  @CitizenSelf()
  @ApiOperation({ summary: 'Jobs I saved' })
  @ApiOkResponse({ type: SavedJobsDto })
  saved(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Headers('accept-language') language?: string,
  ): Promise<SavedJobsDto> {
    return this.savedJobs.saved(citizen, languageOf(language));
  }

  @Put('me/saved-jobs/:id')
  @HttpCode(204)
  @CitizenSelf()
  @ApiOperation({ summary: 'Save a job ad (idempotent)' })
  @ApiNoContentResponse()
  async save(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<void> {
    await this.savedJobs.save(citizen, id);
  }

  @Delete('me/saved-jobs/:id')
  @HttpCode(204)
  @CitizenSelf()
  @ApiOperation({ summary: 'Remove a job ad from my saved jobs' })
  @ApiNoContentResponse()
  async unsave(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<void> {
    await this.savedJobs.unsave(citizen, id);
  }

  @Put('me/job-ads/:id/not-relevant')
  @HttpCode(204)
  @CitizenSelf()
  @ApiOperation({ summary: 'Mark a job ad not relevant: it leaves my matches and similar ads rank lower' })
  @ApiNoContentResponse()
  async notRelevant(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: NotRelevantDto,
  ): Promise<void> {
    await this.savedJobs.markNotRelevant(citizen, id, body.reason);
  }

  @Delete('me/job-ads/:id/not-relevant')
  @HttpCode(204)
  @CitizenSelf()
  @ApiOperation({ summary: 'Undo "not relevant"' })
  @ApiNoContentResponse()
  async undoNotRelevant(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<void> {
    await this.savedJobs.undoNotRelevant(citizen, id);
  }

  @Get('me/job-suggestions')
  @CitizenSelf()
  @ApiOperation({ summary: 'Jobs my caseworker suggested to me' })
  @ApiOkResponse({ type: JobSuggestionsDto })
  mySuggestions(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Headers('accept-language') language?: string,
  ): Promise<JobSuggestionsDto> {
    return this.suggestions.mySuggestions(citizen, languageOf(language));
  }

  @Post('me/job-suggestions/:id/answer')
  @HttpCode(200)
  @CitizenSelf()
  @ApiOperation({ summary: 'Answer a job suggestion: applied (added to my joblog) or not relevant (with a reason)' })
  @ApiOkResponse({ type: JobSuggestionDto })
  answer(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: SuggestionAnswerDto,
    @Headers('accept-language') language?: string,
  ): Promise<JobSuggestionDto> {
    return this.suggestions.answer(citizen, id, body, languageOf(language));
  }

  @Get('me/job-alerts')
  @CitizenSelf()
  @ApiOperation({ summary: 'New job ads that fit me (job alerts) and how I get them' })
  @ApiOkResponse({ type: JobAlertsDto })
  alerts(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Headers('accept-language') language?: string,
  ): Promise<JobAlertsDto> {
    return this.jobAlerts.myAlerts(citizen, languageOf(language));
  }

  @Put('me/job-alerts/settings')
  @HttpCode(204)
  @CitizenSelf()
  @ApiOperation({ summary: 'Job alerts: instant, a daily digest, or off' })
  @ApiNoContentResponse()
  async alertSettings(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: AlertSettingsDto): Promise<void> {
    await this.jobAlerts.setAlertMode(citizen, body.mode);
  }

  // ── staff ──────────────────────────────────────────────────────────────────

  @Get('citizens/:id/job-matches')
  @StaffOnly('caseworker', 'team_lead')
  @RateLimit('job-matches')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s job matches, as the citizen sees them (audited)' })
  @ApiOkResponse({ type: JobMatchesDto })
  staffMatches(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers('accept-language') language?: string,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<JobMatchesDto> {
    return this.jobMatches.matchesForStaff(actor, id, languageOf(language), purpose);
  }

  @Get('citizens/:id/job-suggestions')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Jobs suggested to a citizen and the answers (audited)' })
  @ApiOkResponse({ type: JobSuggestionsDto })
  staffSuggestions(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers('accept-language') language?: string,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<JobSuggestionsDto> {
    return this.suggestions.suggestionsForStaff(actor, id, languageOf(language), purpose);
  }

  @Post('citizens/:id/job-suggestions')
  @StaffOnly('caseworker', 'team_lead')
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'Send a citizen a specific job ad as a suggestion, with a note' })
  @ApiCreatedResponse({ type: JobSuggestionDto })
  suggest(
    @CurrentPrincipal() actor: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: SuggestJobDto,
    @Headers('accept-language') language?: string,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<JobSuggestionDto> {
    return this.suggestions.suggest(actor, id, body, languageOf(language), purpose);
  }

  // ── joblog ─────────────────────────────────────────────────────────────────

  @Get('me/joblog')
  @CitizenSelf()
  @ApiOperation({ summary: 'My joblog: the applications I have logged, latest first' })
  @ApiOkResponse({ type: JoblogDto })
  mine(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<JoblogDto> {
    return this.joblog.mine(citizen);
  }

  @Post('me/joblog')
  @ApiProblems(404)
  @CitizenSelf()
  @ApiOperation({ summary: 'Log an application (give jobAdId, or employer and title)' })
  @ApiCreatedResponse({ type: JoblogEntryDto })
  add(@CurrentPrincipal() citizen: CitizenPrincipal, @Body() body: JoblogInputDto): Promise<JoblogEntryDto> {
    return this.joblog.add(citizen, body);
  }

  @Patch('me/joblog/:id')
  @CitizenSelf()
  @ApiOperation({ summary: 'Update an application (e.g. interview, rejected, hired)' })
  @ApiOkResponse({ type: JoblogEntryDto })
  update(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: JoblogPatchDto,
  ): Promise<JoblogEntryDto> {
    return this.joblog.update(citizen, id, body);
  }

  @Get('citizens/:id/joblog')
  @StaffOrClient(['caseworker', 'team_lead'], ['plans:read'])
  @ApiPurposeHeader()
  @ApiOperation({ summary: 'A citizen’s joblog (audited)' })
  @ApiOkResponse({ type: JoblogDto })
  forStaff(
    @CurrentPrincipal() actor: CaseActor,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<JoblogDto> {
    return this.joblog.forStaff(actor, id, purpose);
  }
}
