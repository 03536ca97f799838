export { IntegrationModule } from './integration.module';
export { FeedService } from './feed.service';
export { WebhooksService, signWebhook, RETRY_DELAYS_SECONDS } from './webhooks.service';
export { CLOUD_EVENT_TYPE, EVENT_KINDS, EVENT_TYPES, type EventKind } from './event-types';
export { integrationMigrations } from './migrations';
