import { Module } from '@nestjs/common';
import { NotificationsDataRights } from './notifications.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { JobMatchingModule } from '@jobunivers/api/job-matching';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { MessagingModule } from '@jobunivers/api/messaging';
import { ScreeningModule } from '@jobunivers/api/screening';
import { AnnouncementsService } from './announcements.service';
import { DeliveryService } from './delivery.service';
import { AnnouncementEntity } from './entities/announcement.entity';
import { DeliveryEntity } from './entities/delivery.entity';
import { NotificationEntity } from './entities/notification.entity';
import { PreferenceEntity } from './entities/preference.entity';
import { PushSubscriptionEntity } from './entities/push-subscription.entity';
import { LiveController } from './live.controller';
import { NotificationSources } from './notification-sources';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The in-app centre, Web Push and e-mail, through a transactional outbox; preferences and quiet hours. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, DeliveryEntity, PushSubscriptionEntity, PreferenceEntity, AnnouncementEntity]), CitizensModule, MeetingsModule, JobMatchingModule, MessagingModule, ScreeningModule],
  controllers: [NotificationsController, LiveController],
  providers: [NotificationsDataRights, NotificationsService, DeliveryService, NotificationSources, AnnouncementsService],
  exports: [NotificationsService, DeliveryService],
})
export class NotificationsModule {}
