import { Module } from '@nestjs/common';
import { MessagingDataRights } from './messaging.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { CitizenConversationsService } from './citizen-conversations.service';
import { ConversationViewsService } from './conversation-views.service';
import { ArticlesDemoSeed } from './demo/articles.demo-seed';
import { ArticleEntity } from './entities/article.entity';
import { ConversationEntity } from './entities/conversation.entity';
import { MessageEntity } from './entities/message.entity';
import { QuestionEntity } from './entities/question.entity';
import { InboxService } from './inbox.service';
import { KnowledgeBaseService } from './knowledge-base.service';
import { MessageWriterService } from './message-writer.service';
import { MessagingController } from './messaging.controller';
import { MessagingFactsService } from './messaging-facts.service';
import { MessagingRepository } from './messaging.repository';
import { MessagingService } from './messaging.service';

/** Citizen–jobcentre conversations in real time, and the 24/7 knowledge base. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ConversationEntity, MessageEntity, ArticleEntity, QuestionEntity]),
    CitizensModule,
  ],
  controllers: [MessagingController],
  providers: [
    MessagingRepository,
    MessageWriterService,
    ConversationViewsService,
    CitizenConversationsService,
    InboxService,
    MessagingFactsService,
    MessagingService,
    MessagingDataRights,
    KnowledgeBaseService,
    ArticlesDemoSeed,
  ],
  exports: [MessagingService, KnowledgeBaseService],
})
export class MessagingModule {}
