export { IntegrationModule } from './integration.module';
export { FeedService } from './feed.service';
export { WebhooksService, signWebhook, RETRY_DELAYS_SECONDS } from './webhooks.service';
export { EVENT_TYPES, type EventType } from './event-types';
export { integrationMigrations } from './migrations';
