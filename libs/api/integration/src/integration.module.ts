import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { DomainEventEntity } from './entities/domain-event.entity';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { FeedService } from './feed.service';
import { IntegrationController } from './integration.controller';
import { IntegrationRepository } from './integration.repository';
import { WebhooksService } from './webhooks.service';

/** The integration surface for municipal systems: the durable event feed and signed webhooks. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DomainEventEntity, WebhookEntity, WebhookDeliveryEntity]),
    CitizensModule,
    MeetingsModule,
  ],
  controllers: [IntegrationController],
  providers: [FeedService, WebhooksService, IntegrationRepository],
  exports: [FeedService, WebhooksService],
})
export class IntegrationModule {}
