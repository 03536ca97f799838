import { Injectable } from '@nestjs/common';
import { QueueService } from '@jobunivers/api/queue';
import { RealtimeService } from '@jobunivers/api/realtime';
import type { EntityManager } from 'typeorm';
import { CHANNELS, NOTIFICATION_KINDS, type NotificationKind, quietUntil, type RecipientKind } from './kinds';
import { NotificationPreferencesService } from './notification-preferences.service';
import { type NewDelivery, NotificationsRepository } from './notifications.repository';
import { topicOf } from './recipient';

/** The job that delivers due push and e-mail deliveries (kicked in the transaction that wrote them). */
export const DELIVER_JOB = 'notifications.deliver';

/** One notification to write: who, what (a kind from the table), and the source event's key (once per key). */
export interface NotifyInput {
  recipientKind: RecipientKind;
  recipientId: string;
  municipalityCode: string;
  kind: NotificationKind;
  params: Record<string, string>;
  /** Unique per source event and recipient, e.g. `meeting:<notice id>:citizen`: a repeat is ignored. */
  sourceKey: string;
  /** Meeting changes within 24 hours go out even in quiet hours. */
  urgent?: boolean;
  /** A formal call-in: also a Digital Post letter, whatever the recipient's channels and quiet hours. */
  letter?: boolean;
}

/**
 * The outbox writer: notifications and their deliveries, written in the caller's transaction — one delivery per
 * channel the recipient chose, due now or when their quiet hours end — with the delivery job's kick and a live event
 * per recipient.
 */
@Injectable()
export class NotificationWriterService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly preferences: NotificationPreferencesService,
    private readonly realtime: RealtimeService,
    private readonly queue: QueueService,
  ) {}

  /**
   * Writes the notifications (a repeated source key is skipped), one delivery per channel the
   * recipient chose (push only with a subscribed device), due now or when their quiet hours end,
   * and a live event per recipient — all in `manager`'s transaction. Returns how many were new.
   */
  async notify(manager: EntityManager, inputs: NotifyInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    const bySource = new Map(inputs.map((i) => [i.sourceKey, i]));
    const unique = [...bySource.values()];
    const inserted = await this.repository.insertNotifications(
      manager,
      unique.map((i) => ({ ...i, category: NOTIFICATION_KINDS[i.kind].category })),
    );
    if (inserted.length === 0) return 0;

    const made = inserted.map((r) => ({ id: r.id, input: bySource.get(r.source_key)! }));
    const recipientIds = [...new Set(made.map((m) => m.input.recipientId))];
    // One after the other: the caller's transaction is one connection, which takes one query at a time.
    const prefs = await this.preferences.effectivePreferences(
      made.map((m) => m.input),
      manager,
    );
    const pushable = new Set(await this.repository.recipientsWithPushDevices(manager, recipientIds));
    const now = new Date();
    const deliveries: NewDelivery[] = [];
    for (const { id, input } of made) {
      const pref = prefs.get(input.recipientId)!;
      const spec = NOTIFICATION_KINDS[input.kind];
      const quietEnd = !input.urgent && pref.quietHours ? quietUntil(now, pref.quietFrom, pref.quietTo) : null;
      for (const channel of CHANNELS) {
        if (!pref.channels[spec.category]?.[channel]) continue;
        if (channel === 'push' && !pushable.has(input.recipientId)) continue;
        deliveries.push({
          notificationId: id,
          channel,
          notBefore: quietEnd ?? now,
          ttl: channel === 'push' ? spec.ttl : 0,
        });
      }
      if (input.letter && input.recipientKind === 'citizen')
        deliveries.push({ notificationId: id, channel: 'letter', notBefore: now, ttl: 0 });
    }
    if (deliveries.length) {
      await this.repository.insertDeliveries(manager, deliveries);
      if (this.queue.enabled) await this.queue.sendInTransaction(manager, DELIVER_JOB, {});
    }
    await this.realtime.publishMany(
      manager,
      made.map(({ id, input }) => ({
        topic: topicOf(input.recipientKind, input.recipientId),
        event: 'notification',
        data: { id, category: NOTIFICATION_KINDS[input.kind].category },
      })),
    );
    return made.length;
  }
}
