import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPurposeHeader, PURPOSE_HEADER } from '@jobunivers/api/audit';
import { languageOf } from '@jobunivers/api/citizens';
import {
  ApiPageResponse,
  ApiProblems,
  CitizenSelf,
  DATE_PATTERN as DATE,
  IdParamDto,
  type Page,
  PageQueryDto,
  Public,
  StaffOnly,
} from '@jobunivers/api/http';
import { type CitizenPrincipal, CurrentPrincipal, RateLimit, type StaffPrincipal } from '@jobunivers/api/identity';
import { addDays, copenhagenToUtc, todayInCopenhagen } from '@jobunivers/api/time';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArticleDto,
  ArticleInputDto,
  AssignDto,
  ConversationDto,
  ConversationThreadDto,
  InboxItemDto,
  InboxQueryDto,
  KnowledgeReportDto,
  MessageDto,
  NewConversationDto,
  NewMessageDto,
  QuestionAnswerDto,
  QuestionFeedbackDto,
  QuestionFeedbackResultDto,
  QuestionInputDto,
  StaffArticleDto,
  StaffArticlesDto,
  StaffMessageDto,
  StaffThreadDto,
} from './dto/messaging.dto';
import { CitizenConversationsService } from './citizen-conversations.service';
import { InboxService } from './inbox.service';
import { KnowledgeBaseService } from './knowledge-base.service';

const STAFF = ['caseworker', 'team_lead', 'municipality_admin'] as const;

class PeriodQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'From this day (Copenhagen), default 30 days ago' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Up to and including this day, default today' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

@ApiTags('messaging')
@Controller()
export class MessagingController {
  constructor(
    private readonly conversations: CitizenConversationsService,
    private readonly jobcentre: InboxService,
    private readonly knowledge: KnowledgeBaseService,
  ) {}

  // ── the citizen ─────────────────────────────────────────────────────────────

  @Get('me/conversations')
  @CitizenSelf()
  @ApiOperation({ summary: 'My conversations with the jobcentre, newest activity first, with unread counts' })
  @ApiPageResponse(ConversationDto)
  mine(@CurrentPrincipal() citizen: CitizenPrincipal, @Query() query: PageQueryDto): Promise<Page<ConversationDto>> {
    return this.conversations.mine(citizen, query);
  }

  @Post('me/conversations')
  @ApiProblems(429)
  @CitizenSelf()
  @ApiOperation({ summary: 'Write to the jobcentre: a new conversation with its first message' })
  @ApiCreatedResponse({ type: ConversationThreadDto })
  start(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Body() body: NewConversationDto,
  ): Promise<ConversationThreadDto> {
    return this.conversations.start(citizen, body.subject, body.message);
  }

  @Get('me/conversations/:id')
  @CitizenSelf()
  @ApiOperation({
    summary:
      'One of my conversations with its messages (reading it sends a read receipt) and when a person will answer',
  })
  @ApiOkResponse({ type: ConversationThreadDto })
  thread(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<ConversationThreadDto> {
    return this.conversations.thread(citizen, id);
  }

  @Get('me/conversations/:id/messages')
  @CitizenSelf()
  @ApiOperation({ summary: 'The messages of one of my conversations (marks them read)' })
  @ApiOkResponse({ type: [MessageDto] })
  async messages(@CurrentPrincipal() citizen: CitizenPrincipal, @Param() { id }: IdParamDto): Promise<MessageDto[]> {
    return (await this.conversations.thread(citizen, id)).messages;
  }

  @Post('me/conversations/:id/messages')
  @ApiProblems(429)
  @CitizenSelf()
  @ApiOperation({
    summary: 'Write in one of my conversations (text only, at most 4000 characters; at most 20 messages in 10 minutes)',
  })
  @ApiCreatedResponse({ type: MessageDto })
  post(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: NewMessageDto,
  ): Promise<MessageDto> {
    return this.conversations.post(citizen, id, body.message);
  }

  @Post('me/questions')
  @HttpCode(200)
  @CitizenSelf()
  @ApiOperation({ summary: 'Ask a question in your own words: the best matching articles, best first (24/7)' })
  @ApiOkResponse({ type: QuestionAnswerDto })
  ask(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Body() body: QuestionInputDto,
    @Headers('accept-language') language?: string,
  ): Promise<QuestionAnswerDto> {
    return this.knowledge.ask(citizen, body.question, languageOf(language));
  }

  @Post('me/questions/:id/feedback')
  @HttpCode(200)
  @CitizenSelf()
  @ApiOperation({ summary: 'Did the articles answer it? No: the question goes to a caseworker as a new conversation' })
  @ApiOkResponse({ type: QuestionFeedbackResultDto })
  feedback(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: QuestionFeedbackDto,
    @Headers('accept-language') language?: string,
  ): Promise<QuestionFeedbackResultDto> {
    return this.knowledge.feedback(citizen, id, body.resolved, languageOf(language));
  }

  @Get('articles/:id')
  @Public('help texts of the knowledge base are public')
  @ApiOperation({ summary: 'One published knowledge-base article' })
  @ApiOkResponse({ type: ArticleDto })
  article(@Param() { id }: IdParamDto, @Headers('accept-language') language?: string): Promise<ArticleDto> {
    return this.knowledge.article(id, languageOf(language));
  }

  // ── the jobcentre ───────────────────────────────────────────────────────────

  @Get('conversations')
  @StaffOnly(...STAFF)
  @ApiOperation({
    summary: "The jobcentre's inbox: mine, unassigned or all; open or closed (each citizen listed is an audited read)",
  })
  @ApiPageResponse(InboxItemDto)
  inbox(@CurrentPrincipal() staff: StaffPrincipal, @Query() query: InboxQueryDto): Promise<Page<InboxItemDto>> {
    return this.jobcentre.inbox(staff, query);
  }

  @Get('conversations/:id')
  @StaffOnly(...STAFF)
  @ApiPurposeHeader()
  @ApiOperation({
    summary: 'A conversation with its messages and internal notes (audited; reading it sends a read receipt)',
  })
  @ApiOkResponse({ type: StaffThreadDto })
  staffThread(
    @CurrentPrincipal() staff: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Headers(PURPOSE_HEADER) purpose?: string,
  ): Promise<StaffThreadDto> {
    return this.jobcentre.staffThread(staff, id, purpose);
  }

  @Post('conversations/:id/messages')
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: 'Reply to the citizen, or write an internal note (`internal: true`)' })
  @ApiCreatedResponse({ type: MessageDto })
  reply(
    @CurrentPrincipal() staff: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: StaffMessageDto,
  ): Promise<MessageDto> {
    return this.jobcentre.reply(staff, id, body.message, body.internal ?? false);
  }

  @Post('conversations/:id/claim')
  @HttpCode(200)
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: 'Take the conversation' })
  @ApiOkResponse({ type: InboxItemDto })
  claim(@CurrentPrincipal() staff: StaffPrincipal, @Param() { id }: IdParamDto): Promise<InboxItemDto> {
    return this.jobcentre.claim(staff, id);
  }

  @Post('conversations/:id/assign')
  @HttpCode(200)
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: 'Give the conversation to a caseworker of the jobcentre' })
  @ApiOkResponse({ type: InboxItemDto })
  assign(
    @CurrentPrincipal() staff: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: AssignDto,
  ): Promise<InboxItemDto> {
    return this.jobcentre.assign(staff, id, body.staffId);
  }

  @Post('conversations/:id/close')
  @HttpCode(200)
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: 'Close the conversation (the citizen can start a new one)' })
  @ApiOkResponse({ type: InboxItemDto })
  close(@CurrentPrincipal() staff: StaffPrincipal, @Param() { id }: IdParamDto): Promise<InboxItemDto> {
    return this.jobcentre.setStatus(staff, id, 'closed');
  }

  @Post('conversations/:id/reopen')
  @HttpCode(200)
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: 'Reopen a closed conversation' })
  @ApiOkResponse({ type: InboxItemDto })
  reopen(@CurrentPrincipal() staff: StaffPrincipal, @Param() { id }: IdParamDto): Promise<InboxItemDto> {
    return this.jobcentre.setStatus(staff, id, 'open');
  }

  @Get('knowledge-base/articles')
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: "The jobcentre's articles (its own, editable, and the shared ones), drafts included" })
  @ApiOkResponse({ type: StaffArticlesDto })
  async articles(@CurrentPrincipal() staff: StaffPrincipal): Promise<StaffArticlesDto> {
    return { items: await this.knowledge.list(staff) };
  }

  @Post('knowledge-base/articles')
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: 'Write a new article (Danish and English)' })
  @ApiCreatedResponse({ type: StaffArticleDto })
  createArticle(@CurrentPrincipal() staff: StaffPrincipal, @Body() body: ArticleInputDto): Promise<StaffArticleDto> {
    return this.knowledge.create(staff, body);
  }

  @Patch('knowledge-base/articles/:id')
  @StaffOnly(...STAFF)
  @ApiOperation({ summary: "Change one of the jobcentre's own articles" })
  @ApiOkResponse({ type: StaffArticleDto })
  updateArticle(
    @CurrentPrincipal() staff: StaffPrincipal,
    @Param() { id }: IdParamDto,
    @Body() body: ArticleInputDto,
  ): Promise<StaffArticleDto> {
    return this.knowledge.update(staff, id, body);
  }

  @Get('knowledge-base/report')
  @StaffOnly(...STAFF)
  @RateLimit('reports')
  @ApiOperation({
    summary:
      'Answer quality: questions, share answered without a caseworker, median first response, unanswered questions',
  })
  @ApiOkResponse({ type: KnowledgeReportDto })
  report(@CurrentPrincipal() staff: StaffPrincipal, @Query() query: PeriodQueryDto): Promise<KnowledgeReportDto> {
    const to = query.to ?? todayInCopenhagen();
    const from = query.from ?? addDays(to, -30);
    return this.knowledge.report(staff, copenhagenToUtc(from, '00:00'), copenhagenToUtc(addDays(to, 1), '00:00'));
  }
}
