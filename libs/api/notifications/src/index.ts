export { NotificationsModule } from './notifications.module';
export { NotificationsService, DELIVER_JOB, type NotifyInput } from './notifications.service';
export { DeliveryService, type PushPayload } from './delivery.service';
export { NOTIFICATION_KINDS, CATEGORIES, CHANNELS, type NotificationKind, type Category, type Channel } from './kinds';
export { notificationsMigrations } from './migrations';
