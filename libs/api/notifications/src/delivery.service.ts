import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@jobunivers/api/config';
import { QueueService } from '@jobunivers/api/queue';
import { LettersService } from './letters/letters.service';
import { MailDeliveryService } from './mail-delivery.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import { DELIVER_JOB } from './notification-writer.service';
import {
  type ClaimedDeliveryRow,
  type FinishedDelivery,
  NotificationsRepository,
  type RetryDelivery,
} from './notifications.repository';
import { PushDeliveryService } from './push-delivery.service';

const IN_FLIGHT = 48;
const MAX_ATTEMPTS = 8;

/**
 * How one delivery went: sent (with the push subscriptions that proved to work, recorded with the batch), skipped
 * (nothing to send to), to try again (after `after` seconds), or failed for good.
 */
export type DeliveryOutcome =
  | { status: 'sent'; devicesSeen?: string[] }
  | { status: 'skipped'; reason: string }
  | { status: 'retry'; reason: string; after?: number }
  | { status: 'failed'; reason: string };

/**
 * Delivers the outbox: claims due push and e-mail deliveries in batches (SKIP LOCKED, the claim's
 * lease written into `not_before`), sends them, and records the outcome. Push goes through
 * {@link PushDeliveryService} (Web Push), e-mail through {@link MailDeliveryService}, a formal
 * call-in's letter through {@link LettersService} (Digital Post). Failures back off exponentially;
 * 404/410 from a push service removes the subscription; 429 waits as long as the push service asks.
 */
@Injectable()
export class DeliveryService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');
  private running?: Promise<number>;

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly config: AppConfig,
    private readonly queue: QueueService,
    private readonly preferences: NotificationPreferencesService,
    private readonly push: PushDeliveryService,
    private readonly mail: MailDeliveryService,
    private readonly letters: LettersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.queue.enabled) return;
    // A plain queue: a job left active by a killed process never blocks the next kick (SKIP LOCKED
    // keeps processes apart, `deliverDue` keeps one loop per process). Kicked by every notify(); the
    // schedule catches deferred (quiet hours) and backed-off rows.
    await this.queue.recurring(DELIVER_JOB, '* * * * *', () => this.deliverDue(), {
      queue: { retryLimit: 3 },
      work: { pollingIntervalSeconds: 0.5 },
    });
    // After a restart (or a crash), whatever was pending goes out now rather than at the next minute.
    await this.queue.send(DELIVER_JOB, {});
  }

  private again = false;

  /**
   * Delivers everything due now; returns how many deliveries were handled. One loop per process:
   * a call while it runs makes it look once more before it ends (rows committed meanwhile are seen).
   */
  deliverDue(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let handled = 0;
      do {
        this.again = false;
        handled += await this.loop();
      } while (this.again);
      return handled;
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.repository.claimDue(this.config.notifications.leaseSeconds);
      if (batch.length === 0) break;
      await this.sendBatch(batch);
      handled += batch.length;
    }
    await this.kickForNextDue();
    return handled;
  }

  private async sendBatch(batch: ClaimedDeliveryRow[]): Promise<void> {
    const recipients = [...new Set(batch.map((d) => d.recipient_id))];
    const [prefs, subscriptions, emails] = await Promise.all([
      this.preferences.preferencesOf(recipients),
      this.push.subscriptionsOf(batch.filter((d) => d.channel === 'push').map((d) => d.recipient_id)),
      this.mail.emailsOf(batch.filter((d) => d.channel === 'email')),
    ]);
    const outcomes = new Map<string, DeliveryOutcome>();
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const d = batch[next++];
        const language = prefs.get(d.recipient_id)?.language ?? 'da';
        try {
          outcomes.set(
            d.id,
            d.channel === 'letter'
              ? await this.letters.deliver(d)
              : d.channel === 'push'
                ? await this.push.send(d, subscriptions.get(d.recipient_id) ?? [], language)
                : await this.mail.send(d, emails.get(d.recipient_id), language),
          );
        } catch (error) {
          outcomes.set(d.id, { status: 'retry', reason: error instanceof Error ? error.message : String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batch.length) }, worker));
    await this.record(batch, outcomes);
  }

  /** Records a batch's outcomes in four statements at most, whatever the mix (never a query per delivery). */
  private async record(batch: ClaimedDeliveryRow[], outcomes: Map<string, DeliveryOutcome>): Promise<void> {
    const sent: string[] = [];
    const devicesSeen: string[] = [];
    const retry: RetryDelivery[] = [];
    const done: FinishedDelivery[] = [];
    for (const d of batch) {
      const outcome = outcomes.get(d.id)!;
      if (outcome.status === 'sent') {
        sent.push(d.id);
        devicesSeen.push(...(outcome.devicesSeen ?? []));
      }
      // 10 s, 20 s, 40 s … at most an hour (or what the push service asked for).
      else if (outcome.status === 'retry' && d.attempts < MAX_ATTEMPTS)
        retry.push({
          id: d.id,
          wait: outcome.after ?? Math.min(3600, 10 * 2 ** (d.attempts - 1)),
          reason: outcome.reason.slice(0, 300),
        });
      else {
        const status = outcome.status === 'skipped' ? 'skipped' : 'failed';
        if (status === 'failed') this.logger.warn(`Delivery ${d.id} (${d.channel}) failed for good: ${outcome.reason}`);
        done.push({ id: d.id, status, reason: outcome.reason.slice(0, 300) });
      }
    }
    if (sent.length) await this.repository.markSent(sent);
    if (devicesSeen.length) await this.repository.touchPushSubscriptions([...new Set(devicesSeen)]);
    if (retry.length) await this.repository.markRetry(retry);
    if (done.length) await this.repository.markFinished(done);
  }

  /** Backed-off or deferred rows due within the minute get a delayed kick (the schedule covers the rest). */
  private async kickForNextDue(): Promise<void> {
    if (!this.queue.enabled) return;
    const secs = await this.repository.secondsToNextDue();
    if (secs !== null && secs < 60) await this.queue.send(DELIVER_JOB, {}, { startAfter: Math.max(1, secs) });
  }
}
