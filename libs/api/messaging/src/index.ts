export { MessagingModule } from './messaging.module';
export { MessagingService } from './messaging.service';
export { KnowledgeBaseService } from './knowledge-base.service';
export type { MessageEvent } from './events/message.event';
export { messagingMigrations } from './migrations';
