export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export { DELIVER_JOB, type NotifyInput } from './notification-writer.service';
export { DeliveryService } from './delivery.service';
export { type PushPayload } from './push-delivery.service';
export { NOTIFICATION_KINDS, CATEGORIES, CHANNELS, type NotificationKind, type Category, type Channel } from './kinds';
export { notificationsMigrations } from './migrations';
