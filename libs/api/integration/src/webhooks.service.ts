import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import {
  checkPublicUrl,
  OutboundAddressRefusedError,
  OutboundHttp,
  type Page,
  type PageQueryDto,
  toPage,
} from '@jobunivers/api/http';
import { IdentityService } from '@jobunivers/api/identity';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import type { WebhookDeliveryDto, WebhookDto, WebhookInputDto } from './dto/integration.dto';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookEntity } from './entities/webhook.entity';
import { formatCursor, kindOfType, typeOfKind } from './event-types';
import { IntegrationRepository } from './integration.repository';
import { toCloudEvent } from './cloud-event';
import { FeedService } from './feed.service';
import { IntegrationErrorCode, IntegrationException } from './integration.errors';

/** Waits after the 1st, 2nd, … failed attempt at an event; after the last the event is given up (logged `failed`). */
export const RETRY_DELAYS_SECONDS = [10, 30, 120, 600, 1800, 3600, 3600, 3600] as const;
const TIMEOUT_MS = 5000;
const BATCH = 50;
const POLL_MS = 2000;
/** A claimed webhook is this instance's for this long; a round stops posting at half of it. */
const LEASE_SECONDS = 60;

/**
 * Standard Webhooks signature (https://www.standardwebhooks.com): HMAC-SHA256 over
 * `<id>.<timestamp>.<body>` with the secret's key (base64 after `whsec_`), sent as `v1,<base64>`.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

const toDto = (w: WebhookEntity, secret?: string): WebhookDto => ({
  id: w.id,
  clientId: w.clientId,
  url: w.url,
  types: w.types.map(typeOfKind),
  active: w.active,
  cursor: formatCursor({ tx: w.cursorTx, seq: w.cursorSeq }),
  attempts: w.attempts,
  nextAttemptAt: w.nextAttemptAt.toISOString(),
  ...(secret ? { secret } : {}),
});

/**
 * Webhooks: the feed pushed to an API client's URL, one signed POST per event, in feed order — the
 * feed's CloudEvent in structured mode (`application/cloudevents+json`), signed per Standard Webhooks.
 * Each webhook keeps its own cursor; a failed delivery holds the webhook (later events wait, so the
 * order holds) and is retried with backoff; after the last retry the event is logged `failed` and
 * skipped (the client can fetch it from the feed). Instances share the work with `SKIP LOCKED`.
 *
 * No transaction stays open while posting: a round claims a webhook with one statement that moves
 * its next attempt a lease ahead, posts, then records the deliveries and the new cursor only if the
 * lease is still its own. (A transaction held across the POSTs would hold a pooled connection for
 * as long as the receiver is slow, and — having written — hold back the event feed of every client.)
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  /** Every connection's address checked when it is made: a name re-pointed at an internal address after registration (DNS rebinding) is refused. */
  private readonly outbound: OutboundHttp;

  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly feed: FeedService,
    private readonly identity: IdentityService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: IntegrationRepository,
  ) {
    this.outbound = new OutboundHttp({ allowPrivateAddresses: config.outbound.allowPrivateAddresses, maxSockets: 8 });
  }

  onApplicationBootstrap(): void {
    if (!this.config.queueEnabled) return;
    this.timer = setInterval(() => {
      this.running = this.running
        .then(() => this.dispatchDue())
        .catch((error: unknown) => this.logger.warn(`Webhook round failed: ${String(error)}`));
    }, POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.outbound.destroy();
  }

  async get(municipalityCode: string, clientId: string): Promise<WebhookDto> {
    return toDto(await this.find(municipalityCode, clientId));
  }

  /** Creates (with a new secret, shown once) or changes the client's webhook. A new webhook starts at the feed's current end. */
  async put(municipalityCode: string, clientId: string, input: WebhookInputDto): Promise<WebhookDto> {
    const client = await this.identity.apiClient(municipalityCode, clientId);
    if (!client) throw new IntegrationException(IntegrationErrorCode.ClientNotFound);
    if (!client.scopes.includes('events:read')) throw new IntegrationException(IntegrationErrorCode.ClientLacksScope);
    if (this.config.isProduction && !input.url.startsWith('https://'))
      throw new IntegrationException(IntegrationErrorCode.InsecureUrl);
    // The server will POST there: no loopback, private, link-local … address (checked again at every connection).
    const check = await checkPublicUrl(input.url, {
      allowPrivateAddresses: this.config.outbound.allowPrivateAddresses,
    });
    if (!check.ok)
      throw new IntegrationException(
        check.reason === 'unresolvable' ? IntegrationErrorCode.UrlUnresolvable : IntegrationErrorCode.UrlNotPublic,
        check.detail,
      );
    const types = [...new Set((input.types ?? []).map(kindOfType))]; // stored as the feed's kinds
    const existing = await this.webhooks.findOneBy({ clientId, municipalityCode });
    if (existing) {
      await this.webhooks.update({ id: existing.id }, { url: input.url, types, active: true });
      return toDto((await this.webhooks.findOneBy({ id: existing.id }))!);
    }
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const end = await this.repository.feedEnd(municipalityCode);
    const saved = await this.webhooks.save(
      this.webhooks.create({
        clientId,
        municipalityCode,
        url: input.url,
        types,
        secret,
        active: true,
        cursorTx: end?.tx ?? '0',
        cursorSeq: end?.seq ?? '0',
        attempts: 0,
      }),
    );
    return toDto(saved, secret);
  }

  async remove(municipalityCode: string, clientId: string): Promise<void> {
    const webhook = await this.find(municipalityCode, clientId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(WebhookDeliveryEntity, { webhookId: webhook.id });
      await manager.delete(WebhookEntity, { id: webhook.id });
    });
  }

  async deliveryLog(
    municipalityCode: string,
    clientId: string,
    query: PageQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    const webhook = await this.find(municipalityCode, clientId);
    const [rows, total] = await this.deliveries.findAndCount({
      where: { webhookId: webhook.id },
      order: { id: 'DESC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(
      rows.map((d) => ({
        id: d.id,
        eventId: d.eventId,
        eventType: typeOfKind(d.eventType),
        attempt: d.attempt,
        outcome: d.outcome,
        responseStatus: d.responseStatus,
        error: d.error,
        durationMs: d.durationMs,
        attemptedAt: d.attemptedAt.toISOString(),
      })),
      total,
      query,
    );
  }

  /** One round: every webhook that is due gets its waiting events (used by the timer; tests call it directly). */
  async dispatchDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const claimed = await this.claim();
      if (!claimed) return delivered;
      delivered += await this.dispatchOne(claimed.webhook, claimed.lease);
    }
  }

  /** The longest-due webhook, its next attempt moved a lease ahead (no other round takes it meanwhile); the lease's time (to the millisecond, as JavaScript keeps it) is the round's token. */
  private async claim(): Promise<{ webhook: WebhookEntity; lease: Date } | undefined> {
    const row = await this.repository.claimDueWebhook(LEASE_SECONDS);
    if (!row) return undefined;
    const webhook = await this.webhooks.findOneBy({ id: row.id });
    return webhook ? { webhook, lease: row.next_attempt_at } : undefined;
  }

  /**
   * Sends the webhook's waiting events in order until one fails (or half the lease has passed), then
   * records what happened — unless the webhook was deleted or the lease lost meanwhile (then the
   * next round sends from the stored cursor again: at least once, deduplicated by the event id).
   */
  private async dispatchOne(webhook: WebhookEntity, lease: Date): Promise<number> {
    const events = await this.feed.read(
      webhook.municipalityCode,
      { tx: webhook.cursorTx, seq: webhook.cursorSeq },
      webhook.types,
      BATCH,
    );
    const deadline = Date.now() + (LEASE_SECONDS * 1000) / 2;
    const log: Array<Partial<WebhookDeliveryEntity>> = [];
    let delivered = 0;
    let attempts = webhook.attempts;
    let cursor = { tx: webhook.cursorTx, seq: webhook.cursorSeq };
    let nextAttemptAt: Date | undefined;
    let sent = 0;
    let deactivate = false;
    for (const row of events) {
      if (Date.now() > deadline) break;
      const event = toCloudEvent(row);
      const result = await this.post(webhook, event.id, JSON.stringify(event));
      sent += 1;
      if (result.refused) {
        // The URL's host now resolves to an internal address: not retried against it. The webhook is
        // switched off with the event still waiting; the admin's next PUT (checked again) resumes it.
        log.push({
          webhookId: webhook.id,
          eventId: event.id,
          eventType: event.type,
          attempt: attempts + 1,
          outcome: 'failed',
          responseStatus: null,
          error: result.error,
          durationMs: result.durationMs,
        });
        deactivate = true;
        break;
      }
      attempts += 1;
      const giveUp = !result.ok && attempts > RETRY_DELAYS_SECONDS.length;
      log.push({
        webhookId: webhook.id,
        eventId: event.id,
        eventType: row.type,
        attempt: attempts,
        outcome: result.ok ? 'delivered' : giveUp ? 'failed' : 'retrying',
        responseStatus: result.status,
        error: result.error,
        durationMs: result.durationMs,
      });
      if (!result.ok && !giveUp) {
        nextAttemptAt = new Date(Date.now() + RETRY_DELAYS_SECONDS[attempts - 1]! * 1000);
        break;
      }
      if (result.ok) delivered += 1;
      cursor = { tx: row.tx_id, seq: row.seq };
      attempts = 0;
    }
    // More waiting (a full batch, or the round stopped at its deadline): come back at once.
    nextAttemptAt ??= new Date(events.length === BATCH || sent < events.length ? Date.now() : Date.now() + POLL_MS);
    const recorded = await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.update(
        WebhookEntity,
        { id: webhook.id, nextAttemptAt: lease },
        {
          cursorTx: cursor.tx,
          cursorSeq: cursor.seq,
          attempts,
          nextAttemptAt,
          ...(deactivate ? { active: false } : {}),
        },
      );
      if (!affected) return false;
      if (log.length) await manager.insert(WebhookDeliveryEntity, log);
      return true;
    });
    if (!recorded)
      this.logger.warn(`Webhook ${webhook.id}: deleted or taken over while posting; its round was not recorded`);
    return recorded ? delivered : 0;
  }

  private async post(
    webhook: WebhookEntity,
    id: string,
    body: string,
  ): Promise<{ ok: boolean; refused?: boolean; status: number | null; error: string | null; durationMs: number }> {
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    try {
      const headers = {
        'content-type': 'application/cloudevents+json',
        'user-agent': 'Jobunivers-Webhooks/1',
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(webhook.secret, id, timestamp, body),
      };
      // Redirects are not followed (a 3xx is a failed attempt).
      const response = await this.outbound.post(webhook.url, headers, body, TIMEOUT_MS);
      const ok = response.status >= 200 && response.status < 300;
      return {
        ok,
        status: response.status,
        error: ok ? null : `HTTP ${response.status}`,
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      const message =
        error instanceof Error
          ? error.cause instanceof Error && !(error instanceof OutboundAddressRefusedError)
            ? `${error.message}: ${error.cause.message}`
            : error.message
          : String(error);
      return {
        ok: false,
        refused: error instanceof OutboundAddressRefusedError,
        status: null,
        error: message.slice(0, 500),
        durationMs: Math.round(performance.now() - started),
      };
    }
  }

  private async find(municipalityCode: string, clientId: string): Promise<WebhookEntity> {
    const client = await this.identity.apiClient(municipalityCode, clientId);
    if (!client) throw new IntegrationException(IntegrationErrorCode.ClientNotFound);
    const webhook = await this.webhooks.findOneBy({ clientId, municipalityCode });
    if (!webhook) throw new IntegrationException(IntegrationErrorCode.WebhookNotFound);
    return webhook;
  }
}
