import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { OutboundAddressRefusedError, OutboundHttp } from '@jobunivers/api/http';
import webpush from 'web-push';
import type { DeliveryOutcome } from './delivery.service';
import { type Language, NOTIFICATION_KINDS, type NotificationKind, OUTSIDE_TEXT } from './kinds';
import { type ClaimedDeliveryRow, NotificationsRepository, type PushSubscriptionRow } from './notifications.repository';
import { PushEncryptionPool } from './push-encryption';
import { isAllowedPushEndpoint } from './push-endpoints';

/** One push service answer must come within this. */
const PUSH_TIMEOUT_MS = 15_000;
const VAPID_TTL_SECONDS = 12 * 3600;

/** What a push carries: a neutral sentence, where to go, and the notification id (the `tag` a device shows once). */
export interface PushPayload {
  id: string;
  title: string;
  body: string;
  url: string;
  tag: string;
}

/** What a notification says outside the app (a push, an e-mail): the category's neutral sentence and its link. */
export const payloadOf = (
  d: Pick<ClaimedDeliveryRow, 'notification_id' | 'recipient_kind' | 'category' | 'kind' | 'params'>,
  language: Language,
): PushPayload => {
  const spec = NOTIFICATION_KINDS[d.kind as NotificationKind];
  return {
    id: d.notification_id,
    title: 'Jobunivers',
    body: OUTSIDE_TEXT[d.recipient_kind][d.category][language],
    url: spec?.link(d.params) ?? '/',
    tag: d.notification_id,
  };
};

/**
 * Web Push delivery: RFC 8291 aes128gcm encryption in a pool of worker threads ({@link PushEncryptionPool},
 * `PUSH_ENCRYPTION_WORKERS`), VAPID by the `web-push` library (signed once per push service origin and reused),
 * TTL/Urgency/Topic headers, sent from the main thread over kept-alive HTTP(S) connections whose addresses are checked
 * at connect time. 404/410 from a push service removes the subscription; 429 waits as long as the push service asks.
 */
@Injectable()
export class PushDeliveryService implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  /** Kept-alive connections to the push services, each address checked at connect time (no internal ones). */
  private readonly outbound: OutboundHttp;
  private readonly vapidCache = new Map<string, { header: string; until: number }>();
  /** The CPU part of each push; a worker that dies fails its jobs, and their deliveries are retried. */
  private readonly encryption: PushEncryptionPool;

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly config: AppConfig,
  ) {
    this.outbound = new OutboundHttp({ allowPrivateAddresses: config.outbound.allowPrivateAddresses });
    this.encryption = new PushEncryptionPool(config.notifications.pushEncryptionWorkers);
  }

  async onApplicationShutdown(): Promise<void> {
    // The pushes being encrypted are sent before the connections close; later ones are retried by the outbox.
    await this.encryption.close();
    await this.outbound.destroy();
  }

  /** Sends the push to each of the recipient's devices; sent when one accepted it. */
  async send(
    d: ClaimedDeliveryRow,
    subscriptions: PushSubscriptionRow[],
    language: Language,
  ): Promise<DeliveryOutcome> {
    if (subscriptions.length === 0) return { status: 'skipped', reason: 'no push subscription' };
    const payload = JSON.stringify(payloadOf(d, language));
    // Meeting changes close to the meeting are urgent; the rest can wait for the device's next wake-up.
    const urgency = d.category === 'meetings' ? 'high' : 'normal';
    const ttl = Math.max(0, d.ttl - Math.floor((Date.now() - new Date(d.created_at).getTime()) / 1000));
    if (ttl === 0) return { status: 'skipped', reason: 'expired before it could be sent' };
    let delivered = 0;
    let retry: DeliveryOutcome | undefined;
    let refused: string | undefined;
    for (const sub of subscriptions) {
      // Subscribed before the push services were restricted, or the list changed since: never posted to.
      if (!isAllowedPushEndpoint(sub.endpoint, this.config.notifications.pushEndpointHosts)) {
        refused = `${new URL(sub.endpoint).hostname} is not a push service this server sends to (PUSH_ENDPOINT_HOSTS)`;
        continue;
      }
      const body = await this.encryption
        .encrypt({ p256dh: sub.p256dh, auth: sub.auth, payload })
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      if (body instanceof Error) {
        retry = { status: 'retry', reason: `push not encrypted: ${body.message}` };
        continue;
      }
      const headers = {
        TTL: ttl,
        Urgency: urgency,
        Topic: d.notification_id.replace(/-/g, ''),
        Authorization: this.vapidAuthorization(sub.endpoint),
        'Content-Type': 'application/octet-stream',
        'Content-Encoding': 'aes128gcm',
      };
      const response = await this.outbound
        .post(sub.endpoint, headers, body, PUSH_TIMEOUT_MS)
        .then(({ status, headers }) => ({ status, retryAfter: headers['retry-after'] }))
        .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      if (response instanceof OutboundAddressRefusedError) {
        // DNS now points the push service's name at an internal address: not sent, not retried.
        this.logger.warn(`Push for subscription ${sub.id} not sent: ${response.message}`);
        refused = response.message;
        continue;
      }
      if (response instanceof Error) {
        retry = { status: 'retry', reason: `push service unreachable: ${response.message}` };
        continue;
      }
      if (response.status >= 200 && response.status < 300) {
        delivered++;
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        await this.repository.deletePushSubscription(sub.id);
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        const after = Number(response.retryAfter);
        retry = {
          status: 'retry',
          reason: `push service answered ${response.status}`,
          after: Number.isFinite(after) && after > 0 ? Math.min(after, 3600) : undefined,
        };
        continue;
      }
      this.logger.warn(`Push service refused a push (${response.status}) for subscription ${sub.id}`);
    }
    if (retry) return retry;
    // The recipient's subscriptions are confirmed as still working with the batch (one statement, not one per push).
    if (delivered > 0) return { status: 'sent', devicesSeen: subscriptions.map((s) => s.id) };
    if (refused) return { status: 'failed', reason: refused };
    return { status: 'skipped', reason: 'no device accepted the push' };
  }

  /** VAPID (RFC 8292) Authorization header per push service origin, signed once and reused while valid. */
  private vapidAuthorization(endpoint: string): string {
    const audience = new URL(endpoint).origin;
    const cached = this.vapidCache.get(audience);
    const now = Math.floor(Date.now() / 1000);
    if (cached && cached.until > now + 60) return cached.header;
    const { publicKey, privateKey, subject } = this.config.notifications.vapid;
    const until = now + VAPID_TTL_SECONDS;
    const header = webpush.getVapidHeaders(audience, subject, publicKey, privateKey, 'aes128gcm', until).Authorization;
    this.vapidCache.set(audience, { header, until });
    return header;
  }

  /** The push subscriptions of these recipients, by recipient. */
  async subscriptionsOf(recipientIds: string[]): Promise<Map<string, PushSubscriptionRow[]>> {
    const map = new Map<string, PushSubscriptionRow[]>();
    if (recipientIds.length === 0) return map;
    const rows = await this.repository.pushSubscriptionsOf([...new Set(recipientIds)]);
    for (const r of rows) map.set(r.recipient_id, [...(map.get(r.recipient_id) ?? []), r]);
    return map;
  }
}
