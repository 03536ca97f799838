import { Module } from '@nestjs/common';
import { NotificationsDataRights } from './notifications.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { JobMatchingModule } from '@jobunivers/api/job-matching';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { MessagingModule } from '@jobunivers/api/messaging';
import { ReferenceModule } from '@jobunivers/api/reference';
import { ScreeningModule } from '@jobunivers/api/screening';
import { AnnouncementsService } from './announcements.service';
import { DeliveryService } from './delivery.service';
import { AnnouncementEntity } from './entities/announcement.entity';
import { DeliveryEntity } from './entities/delivery.entity';
import { NotificationEntity } from './entities/notification.entity';
import { PreferenceEntity } from './entities/preference.entity';
import { PushSubscriptionEntity } from './entities/push-subscription.entity';
import { LetterEntity } from './entities/letter.entity';
import { LettersController } from './letters/letters.controller';
import { LettersService } from './letters/letters.service';
import { LiveController } from './live.controller';
import { MailDeliveryService } from './mail-delivery.service';
import { NotificationCentreService } from './notification-centre.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationSources } from './notification-sources';
import { NotificationWriterService } from './notification-writer.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { PushDeliveryService } from './push-delivery.service';
import { PushSubscriptionsService } from './push-subscriptions.service';

/** The in-app centre, Web Push, e-mail and formal call-in letters (Digital Post), through a transactional outbox; preferences and quiet hours. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      NotificationEntity,
      DeliveryEntity,
      PushSubscriptionEntity,
      PreferenceEntity,
      AnnouncementEntity,
      LetterEntity,
    ]),
    CitizensModule,
    ReferenceModule,
    MeetingsModule,
    JobMatchingModule,
    MessagingModule,
    ScreeningModule,
  ],
  controllers: [NotificationsController, LiveController, LettersController],
  providers: [
    NotificationsRepository,
    NotificationPreferencesService,
    NotificationWriterService,
    NotificationCentreService,
    PushSubscriptionsService,
    PushDeliveryService,
    MailDeliveryService,
    NotificationsDataRights,
    NotificationsService,
    DeliveryService,
    NotificationSources,
    AnnouncementsService,
    LettersService,
  ],
  exports: [NotificationsService, DeliveryService],
})
export class NotificationsModule {}
