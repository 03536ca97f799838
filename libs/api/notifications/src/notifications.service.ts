import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationWriterService, type NotifyInput } from './notification-writer.service';

/**
 * The notifications facade: `notify` writes notifications and their deliveries in the caller's
 * transaction (the outbox) and tells open apps live.
 *
 * This is the facade other modules call. Notifications work by concern behind it:
 * - `NotificationWriterService`: the outbox writer (notifications, deliveries per chosen channel and quiet hours,
 *   the delivery job's kick, the live events);
 * - `NotificationCentreService`: the in-app centre (list, unread count, mark read);
 * - `NotificationPreferencesService`: channels per category, quiet hours and language (saved or the defaults);
 * - `PushSubscriptionsService`: the browsers' push subscriptions and the VAPID key;
 * - `DeliveryService`: the outbox worker (claim, send, record), sending through `PushDeliveryService` (Web Push),
 *   `MailDeliveryService` (e-mail) and `LettersService` (Digital Post);
 * - `NotificationSources`: the module events, case events and scheduled jobs that notify;
 * - `NotificationsRepository`: the SQL.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly writer: NotificationWriterService) {}

  /** Writes notifications and their deliveries in `manager`'s transaction (once per source key); how many were new. */
  notify(manager: EntityManager, inputs: NotifyInput[]): Promise<number> {
    return this.writer.notify(manager, inputs);
  }
}
