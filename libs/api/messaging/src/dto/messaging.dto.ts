import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, trim, IsUuid } from '@jobunivers/api/http';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export const MESSAGE_MAX = 4000;

export class NewConversationDto {
  @ApiProperty({ maxLength: 200, example: 'Spørgsmål om min joblog' })
  @Transform(trim)
  @IsString({ message: 'subject must be text' })
  @IsNotEmpty({ message: 'subject is required' })
  @MaxLength(200, { message: 'subject must be at most 200 characters' })
  subject!: string;

  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @IsNotEmpty({ message: 'message is required' })
  @MaxLength(MESSAGE_MAX, { message: `message must be at most ${MESSAGE_MAX} characters` })
  message!: string;
}

export class NewMessageDto {
  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @IsNotEmpty({ message: 'message is required' })
  @MaxLength(MESSAGE_MAX, { message: `message must be at most ${MESSAGE_MAX} characters` })
  message!: string;
}

export class StaffMessageDto extends NewMessageDto {
  @ApiPropertyOptional({ description: 'An internal note between staff; the citizen never sees it' })
  @IsOptional()
  @IsBoolean({ message: 'internal must be true or false' })
  internal?: boolean;
}

export class AssignDto {
  @ApiProperty({ format: 'uuid', description: 'A caseworker of the same jobcentre' })
  @IsUuid('staffId must be a UUID')
  staffId!: string;
}

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['me', 'unassigned', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['me', 'unassigned', 'all'], { message: 'assigned must be me, unassigned or all' })
  assigned?: 'me' | 'unassigned' | 'all';

  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'closed'], { message: 'status must be open or closed' })
  status?: 'open' | 'closed';
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['citizen', 'staff'] }) authorKind!: 'citizen' | 'staff';
  @ApiProperty() authorName!: string;
  @ApiProperty({ description: 'Plain text; show it as text, never as HTML' }) body!: string;
  @ApiProperty({ description: 'A staff-only note (never in citizen responses)' }) internal!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class OpeningDto {
  @ApiProperty({ description: 'Staff answer now (within opening hours)' }) openNow!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When a person can next answer' }) nextAnswerFrom!: string;
}

export class ConversationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ nullable: true, type: String }) assignedName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastMessageAt!: string;
  @ApiProperty({ description: 'Messages the reader has not seen' }) unread!: number;
  @ApiProperty({ nullable: true, type: String, description: 'The last message, shortened' }) preview!: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Read receipt: when the other side last read the conversation',
  })
  otherReadAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) firstResponseAt!: string | null;
}

export class ConversationThreadDto extends ConversationDto {
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
  @ApiProperty({ type: OpeningDto }) opening!: OpeningDto;
}

export class InboxItemDto extends ConversationDto {
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assignedTo!: string | null;
}

export class StaffThreadDto extends InboxItemDto {
  @ApiProperty({ type: [MessageDto] }) messages!: MessageDto[];
}

export class QuestionInputDto {
  @ApiProperty({ maxLength: 1000, example: 'Hvor tit skal jeg skrive i min joblog?' })
  @Transform(trim)
  @IsString({ message: 'question must be text' })
  @IsNotEmpty({ message: 'question is required' })
  @MaxLength(1000, { message: 'question must be at most 1000 characters' })
  question!: string;
}

export class ArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Plain text with line breaks' }) body!: string;
  @ApiProperty({ description: 'The opening of the body' }) excerpt!: string;
}

export class QuestionAnswerDto {
  @ApiProperty({ format: 'uuid', description: 'Say with POST /me/questions/{id}/feedback whether it helped' })
  id!: string;
  @ApiProperty({ type: [ArticleDto], description: 'Best first; empty when nothing fits' }) articles!: ArticleDto[];
}

export class QuestionFeedbackDto {
  @ApiProperty({
    description: 'Did the articles answer the question? No: it goes to a caseworker as a new conversation',
  })
  @IsBoolean({ message: 'resolved must be true or false' })
  resolved!: boolean;
}

export class QuestionFeedbackResultDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The new conversation when not resolved' })
  conversationId!: string | null;
}

export class ArticleInputDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'titleDa is required' })
  @MaxLength(200)
  titleDa!: string;
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'titleEn is required' })
  @MaxLength(200)
  titleEn!: string;
  @ApiProperty({ maxLength: 20000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'bodyDa is required' })
  @MaxLength(20000)
  bodyDa!: string;
  @ApiProperty({ maxLength: 20000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'bodyEn is required' })
  @MaxLength(20000)
  bodyEn!: string;
  @ApiProperty({ enum: ['published', 'draft'] })
  @IsIn(['published', 'draft'], { message: 'status must be published or draft' })
  status!: 'published' | 'draft';
}

export class StaffArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: shared by every municipality (read-only here)' })
  municipalityCode!: string | null;
  @ApiProperty() titleDa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() bodyDa!: string;
  @ApiProperty() bodyEn!: string;
  @ApiProperty({ enum: ['published', 'draft'] }) status!: 'published' | 'draft';
  @ApiProperty() updatedByName!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class StaffArticlesDto {
  @ApiProperty({ type: [StaffArticleDto] }) items!: StaffArticleDto[];
}

export class UnansweredQuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Articles the citizen was shown' }) articlesShown!: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) conversationId!: string | null;
}

export class KnowledgeReportDto {
  @ApiProperty({ description: 'Questions asked in the period' }) questions!: number;
  @ApiProperty({ description: 'Answered by the knowledge base (the citizen said yes)' }) resolved!: number;
  @ApiProperty({ description: 'Sent on to a caseworker (the citizen said no)' }) escalated!: number;
  @ApiProperty({
    description: 'resolved / (resolved + escalated); null without feedback',
    nullable: true,
    type: Number,
  })
  resolvedShare!: number | null;
  @ApiProperty({ description: 'Median first-response time of conversations, minutes', nullable: true, type: Number })
  medianFirstResponseMinutes!: number | null;
  @ApiProperty({ type: [UnansweredQuestionDto], description: 'Questions no article answered, newest first' })
  unanswered!: UnansweredQuestionDto[];
}
