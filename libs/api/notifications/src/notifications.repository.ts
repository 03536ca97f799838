import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import type { Category, DeliveryChannel, RecipientKind } from './kinds';
import type { Recipient } from './recipient';

/** Deliveries claimed at a time by the outbox worker. */
const CLAIM_BATCH = 250;

/** A notification to write (its category looked up from its kind). */
export interface NewNotification {
  recipientKind: RecipientKind;
  recipientId: string;
  municipalityCode: string;
  category: Category;
  kind: string;
  params: Record<string, string>;
  sourceKey: string;
}

/** A notification written now (a repeated source key writes none). */
export interface InsertedNotificationRow {
  id: string;
  source_key: string;
}

/** A delivery to write with its notification: one channel, due at `notBefore`. */
export interface NewDelivery {
  notificationId: string;
  channel: DeliveryChannel;
  notBefore: Date;
  ttl: number;
}

/** A claimed delivery with what its notification says and to whom. */
export interface ClaimedDeliveryRow {
  id: string;
  notification_id: string;
  channel: DeliveryChannel;
  attempts: number;
  ttl: number;
  recipient_kind: RecipientKind;
  recipient_id: string;
  category: Category;
  kind: string;
  params: Record<string, string>;
  created_at: Date;
}

/** A delivery to try again after `wait` seconds, with the reason it did not go out. */
export interface RetryDelivery {
  id: string;
  wait: number;
  reason: string;
}

/** A delivery that is done without being sent, and why. */
export interface FinishedDelivery {
  id: string;
  status: 'skipped' | 'failed';
  reason: string;
}

/** A browser's push subscription: its endpoint and the keys that encrypt to it. */
export interface PushSubscriptionRow {
  id: string;
  recipient_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** A push subscription to add or confirm. */
export interface NewPushSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
  userAgent: string | null;
}

/** The notifications module's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class NotificationsRepository extends SqlRepository {
  // ── notifications ───────────────────────────────────────────────────────────

  /** Writes the notifications, skipping any whose source key is already written; answers the new ones. */
  insertNotifications(manager: EntityManager, rows: NewNotification[]): Promise<InsertedNotificationRow[]> {
    return this.q(
      `INSERT INTO notifications.notification (recipient_kind, recipient_id, municipality_code, category, kind, params, source_key)
       SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::char(4)[], $4::varchar[], $5::varchar[], $6::jsonb[], $7::varchar[])
       ON CONFLICT (source_key) DO NOTHING
       RETURNING id, source_key`,
      [
        rows.map((i) => i.recipientKind),
        rows.map((i) => i.recipientId),
        rows.map((i) => i.municipalityCode),
        rows.map((i) => i.category),
        rows.map((i) => i.kind),
        rows.map((i) => JSON.stringify(i.params)),
        rows.map((i) => i.sourceKey),
      ],
      manager,
    );
  }

  /** Marks one notification read (if it is not already). */
  async markRead(manager: EntityManager, id: string): Promise<void> {
    await this.q(
      `UPDATE notifications.notification SET read_at = now() WHERE id = $1 AND read_at IS NULL`,
      [id],
      manager,
    );
  }

  /** Marks all the recipient's unread notifications read. */
  async markAllRead(manager: EntityManager, recipient: Recipient): Promise<void> {
    await this.q(
      `UPDATE notifications.notification SET read_at = now() WHERE recipient_id = $1 AND recipient_kind = $2 AND read_at IS NULL`,
      [recipient.id, recipient.kind],
      manager,
    );
  }

  // ── deliveries (the outbox) ─────────────────────────────────────────────────

  /** Writes the deliveries of new notifications. */
  async insertDeliveries(manager: EntityManager, deliveries: NewDelivery[]): Promise<void> {
    await this.q(
      `INSERT INTO notifications.delivery (notification_id, channel, not_before, ttl)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[], $4::int[])`,
      [
        deliveries.map((d) => d.notificationId),
        deliveries.map((d) => d.channel),
        deliveries.map((d) => d.notBefore.toISOString()),
        deliveries.map((d) => d.ttl),
      ],
      manager,
    );
  }

  /**
   * Claims a batch of due deliveries (SKIP LOCKED: other workers take others), counting the attempt and writing the
   * lease of `leaseSeconds` into `not_before`.
   */
  async claimDue(leaseSeconds: number): Promise<ClaimedDeliveryRow[]> {
    const [rows] = await this.q<[ClaimedDeliveryRow[], number]>(
      `WITH due AS (
         SELECT id FROM notifications.delivery
          WHERE status IN ('pending', 'sending') AND not_before <= now()
          ORDER BY not_before LIMIT ${CLAIM_BATCH} FOR UPDATE SKIP LOCKED
       )
       UPDATE notifications.delivery d
          SET status = 'sending', attempts = d.attempts + 1, not_before = now() + make_interval(secs => $1)
         FROM due, notifications.notification n
        WHERE d.id = due.id AND n.id = d.notification_id
       RETURNING d.id, d.notification_id, d.channel, d.attempts, d.ttl, n.recipient_kind, n.recipient_id, n.category, n.kind, n.params, n.created_at`,
      [leaseSeconds],
    );
    return rows;
  }

  /** Marks the deliveries sent. */
  async markSent(ids: string[]): Promise<void> {
    await this.q(
      `UPDATE notifications.delivery SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Puts the deliveries back as pending, each due after its wait, with the reason. */
  async markRetry(retry: RetryDelivery[]): Promise<void> {
    await this.q(
      `UPDATE notifications.delivery d SET status = 'pending', not_before = now() + make_interval(secs => r.wait), last_error = r.reason
           FROM unnest($1::uuid[], $2::int[], $3::varchar[]) AS r(id, wait, reason) WHERE d.id = r.id`,
      [retry.map((r) => r.id), retry.map((r) => r.wait), retry.map((r) => r.reason)],
    );
  }

  /** Marks the deliveries skipped or failed for good, with the reason. */
  async markFinished(done: FinishedDelivery[]): Promise<void> {
    await this.q(
      `UPDATE notifications.delivery d SET status = r.status, last_error = r.reason FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS r(id, status, reason) WHERE d.id = r.id`,
      [done.map((r) => r.id), done.map((r) => r.status), done.map((r) => r.reason)],
    );
  }

  /** Seconds until the next pending (or leased) delivery is due; null when there is none. */
  async secondsToNextDue(): Promise<number | null> {
    const [row] = await this.q<Array<{ secs: number | null }>>(
      `SELECT extract(epoch FROM min(not_before) - now())::int AS secs FROM notifications.delivery WHERE status IN ('pending', 'sending')`,
      [],
    );
    return row?.secs ?? null;
  }

  // ── push subscriptions ──────────────────────────────────────────────────────

  /** Adds the subscription, or moves an existing endpoint to this recipient with the new keys; answers its id. */
  async upsertPushSubscription(recipient: Recipient, input: NewPushSubscription): Promise<string> {
    const [row] = await this.q<Array<{ id: string }>>(
      `INSERT INTO notifications.push_subscription (recipient_kind, recipient_id, endpoint, p256dh, auth, user_agent, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (endpoint) DO UPDATE SET recipient_kind = EXCLUDED.recipient_kind, recipient_id = EXCLUDED.recipient_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, user_agent = EXCLUDED.user_agent, last_seen_at = now()
       RETURNING id`,
      [recipient.kind, recipient.id, input.endpoint, input.p256dh, input.auth, input.userAgent],
    );
    return row.id;
  }

  /** Which of these recipients have at least one push subscription. */
  async recipientsWithPushDevices(manager: EntityManager, ids: string[]): Promise<string[]> {
    const rows = await this.q<Array<{ recipient_id: string }>>(
      `SELECT DISTINCT recipient_id FROM notifications.push_subscription WHERE recipient_id = ANY($1::uuid[])`,
      [ids],
      manager,
    );
    return rows.map((r) => r.recipient_id);
  }

  /** The push subscriptions of these recipients. */
  pushSubscriptionsOf(recipientIds: string[]): Promise<PushSubscriptionRow[]> {
    return this.q(
      `SELECT id, recipient_id, endpoint, p256dh, auth FROM notifications.push_subscription WHERE recipient_id = ANY($1::uuid[])`,
      [recipientIds],
    );
  }

  /** Forgets a subscription the push service no longer knows. */
  async deletePushSubscription(id: string): Promise<void> {
    await this.q(`DELETE FROM notifications.push_subscription WHERE id = $1`, [id]);
  }

  /** Records that these subscriptions still work (at most once a day each). */
  async touchPushSubscriptions(ids: string[]): Promise<void> {
    await this.q(
      `UPDATE notifications.push_subscription SET last_seen_at = now() WHERE id = ANY($1::uuid[]) AND last_seen_at < now() - interval '1 day'`,
      [ids],
    );
  }

  /** Forgets the subscriptions not confirmed by the app in `days` days; answers how many. */
  async expirePushSubscriptions(days: number): Promise<number> {
    const [, removed] = await this.q<[unknown, number]>(
      `DELETE FROM notifications.push_subscription WHERE last_seen_at < now() - make_interval(days => $1)`,
      [days],
    );
    return removed;
  }

  // ── data rights ─────────────────────────────────────────────────────────────

  /** These citizens' notifications for the export, oldest first (without the internal source key). */
  async exportNotifications(citizenIds: string[]): Promise<unknown[]> {
    const rows = await this.q<Array<{ row: unknown }>>(
      `SELECT to_jsonb(n) - 'source_key' AS row FROM notifications.notification n WHERE n.recipient_kind = 'citizen' AND n.recipient_id = ANY($1::uuid[]) ORDER BY n.created_at`,
      [citizenIds],
    );
    return rows.map((r) => r.row);
  }

  /** Retention of these closed cases: their notifications (with the deliveries), settings and devices are all deleted. */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    // In this order: the deliveries are found through their notifications.
    for (const statement of [
      `DELETE FROM notifications.delivery WHERE notification_id IN (SELECT id FROM notifications.notification WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[]))`,
      `DELETE FROM notifications.notification WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[])`,
      `DELETE FROM notifications.preference WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[])`,
      `DELETE FROM notifications.push_subscription WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[])`,
      // The letters (Digital Post or print) hold the call-in's text and a PDF with the person's name and address.
      `DELETE FROM notifications.letter WHERE citizen_id = ANY($1::uuid[])`,
    ]) {
      await this.q(statement, [citizenIds], manager);
    }
  }

  /** How many of the recipient's notifications are unread (the bell, on every page: plain SQL). */
  async unreadCount(recipient: Recipient): Promise<number> {
    const [{ n }] = await this.q<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications.notification
        WHERE recipient_id = $1 AND recipient_kind = $2 AND read_at IS NULL`,
      [recipient.id, recipient.kind],
    );
    return n;
  }
}
