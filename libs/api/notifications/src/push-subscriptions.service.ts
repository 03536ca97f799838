import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import { Repository } from 'typeorm';
import type { PushSubscriptionInputDto } from './dto/notifications.dto';
import { PushSubscriptionEntity } from './entities/push-subscription.entity';
import { NotificationsErrorCode, NotificationsException } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';
import { isAllowedPushEndpoint } from './push-endpoints';
import type { Recipient } from './recipient';

/**
 * The browsers' push subscriptions: the VAPID key they subscribe with, adding (or confirming) and removing one; an
 * endpoint must be at one of the browsers' push services (PUSH_ENDPOINT_HOSTS).
 */
@Injectable()
export class PushSubscriptionsService {
  constructor(
    @InjectRepository(PushSubscriptionEntity) private readonly subscriptions: Repository<PushSubscriptionEntity>,
    private readonly repository: NotificationsRepository,
    private readonly config: AppConfig,
  ) {}

  get vapidPublicKey(): string {
    return this.config.notifications.vapid.publicKey;
  }

  /** Adds (or confirms) this browser's subscription; an endpoint moves to whoever subscribes it last. */
  async subscribe(
    recipient: Recipient,
    input: PushSubscriptionInputDto,
    userAgent: string | undefined,
  ): Promise<{ id: string }> {
    this.checkEndpoint(input.endpoint);
    const id = await this.repository.upsertPushSubscription(recipient, {
      endpoint: input.endpoint,
      p256dh: input.keys.p256dh,
      auth: input.keys.auth,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { id };
  }

  async unsubscribe(recipient: Recipient, endpoint: string): Promise<void> {
    const result = await this.subscriptions.delete({
      endpoint,
      recipientId: recipient.id,
      recipientKind: recipient.kind,
    });
    if (!result.affected) throw new NotificationsException(NotificationsErrorCode.SubscriptionNotFound);
  }

  private checkEndpoint(endpoint: string): void {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new NotificationsException(NotificationsErrorCode.BadPushEndpoint);
    }
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    // Plain http only to a push receiver on this machine, and never in production.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local && !this.config.isProduction))
      throw new NotificationsException(NotificationsErrorCode.BadPushEndpoint);
    // Only the browsers' push services (PUSH_ENDPOINT_HOSTS): the server POSTs to this URL, so any other would let a citizen aim it anywhere.
    if (!isAllowedPushEndpoint(endpoint, this.config.notifications.pushEndpointHosts))
      throw new NotificationsException(
        NotificationsErrorCode.PushEndpointNotAllowed,
        `${url.hostname} is not one of the push services this server sends to`,
      );
  }
}
