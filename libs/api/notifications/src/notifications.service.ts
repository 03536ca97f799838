import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { AppConfig } from '@jobunivers/api/config';
import { type Page, toPage } from '@jobunivers/api/http';
import { QueueService } from '@jobunivers/api/queue';
import { type LiveTopic, RealtimeService } from '@jobunivers/api/realtime';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type {
  NotificationDto,
  NotificationQueryDto,
  NotificationSettingsDto,
  NotificationSettingsInputDto,
  PushSubscriptionInputDto,
} from './dto/notifications.dto';
import { NotificationEntity } from './entities/notification.entity';
import { type ChannelChoices, PreferenceEntity } from './entities/preference.entity';
import { PushSubscriptionEntity } from './entities/push-subscription.entity';
import { isAllowedPushEndpoint } from './push-endpoints';
import {
  CATEGORIES,
  CHANNELS,
  type DeliveryChannel,
  type Language,
  NOTIFICATION_KINDS,
  type NotificationKind,
  notificationText,
  quietUntil,
  type RecipientKind,
} from './kinds';
import { NotificationsErrorCode, NotificationsException } from './notifications.errors';

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

export interface Recipient {
  kind: RecipientKind;
  id: string;
}

const DEFAULT_CHANNELS: Record<RecipientKind, ChannelChoices> = {
  citizen: {
    meetings: { push: true, email: true },
    jobs: { push: true, email: false },
    messages: { push: true, email: true },
    plan: { push: true, email: false },
    screening: { push: true, email: false },
  },
  staff: {
    meetings: { push: true, email: false },
    jobs: { push: true, email: false },
    messages: { push: true, email: false },
    plan: { push: true, email: false },
    screening: { push: true, email: false },
  },
};

/**
 * Defaults until the person saves settings. A citizen who chose contact channels in the profile
 * (in_app / push / email) gets push or e-mail only where they chose it.
 */
export const defaultPreference = (kind: RecipientKind, id: string, profileChannels?: string[]): PreferenceEntity => {
  const channels = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      {
        push: DEFAULT_CHANNELS[kind][c].push && (!profileChannels || profileChannels.includes('push')),
        email: DEFAULT_CHANNELS[kind][c].email && (!profileChannels || profileChannels.includes('email')),
      },
    ]),
  ) as ChannelChoices;
  return Object.assign(new PreferenceEntity(), {
    recipientId: id,
    recipientKind: kind,
    channels,
    quietHours: true,
    quietFrom: '22:00',
    quietTo: '07:00',
    language: 'da',
  });
};

const topicOf = (kind: RecipientKind, id: string): LiveTopic => (kind === 'citizen' ? `citizen:${id}` : `staff:${id}`);

/**
 * The notifications facade: `notify` writes notifications and their deliveries in the caller's
 * transaction (the outbox) and tells open apps live; the centre, preferences and push subscriptions.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(PreferenceEntity) private readonly preferences: Repository<PreferenceEntity>,
    @InjectRepository(PushSubscriptionEntity) private readonly subscriptions: Repository<PushSubscriptionEntity>,
    private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly cases: CitizenCasesService,
  ) {}

  // ── the outbox ──────────────────────────────────────────────────────────────

  /**
   * Writes the notifications (a repeated source key is skipped), one delivery per channel the
   * recipient chose (push only with a subscribed device), due now or when their quiet hours end,
   * and a live event per recipient — all in `manager`'s transaction. Returns how many were new.
   */
  async notify(manager: EntityManager, inputs: NotifyInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    const bySource = new Map(inputs.map((i) => [i.sourceKey, i]));
    const unique = [...bySource.values()];
    const inserted = (await manager.query(
      `INSERT INTO notifications.notification (recipient_kind, recipient_id, municipality_code, category, kind, params, source_key)
       SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::char(4)[], $4::varchar[], $5::varchar[], $6::jsonb[], $7::varchar[])
       ON CONFLICT (source_key) DO NOTHING
       RETURNING id, source_key`,
      [
        unique.map((i) => i.recipientKind),
        unique.map((i) => i.recipientId),
        unique.map((i) => i.municipalityCode),
        unique.map((i) => NOTIFICATION_KINDS[i.kind].category),
        unique.map((i) => i.kind),
        unique.map((i) => JSON.stringify(i.params)),
        unique.map((i) => i.sourceKey),
      ],
    )) as Array<{ id: string; source_key: string }>;
    if (inserted.length === 0) return 0;

    const made = inserted.map((r) => ({ id: r.id, input: bySource.get(r.source_key)! }));
    const recipientIds = [...new Set(made.map((m) => m.input.recipientId))];
    // One after the other: the caller's transaction is one connection, which takes one query at a time.
    const prefs = await this.effectivePreferences(
      made.map((m) => m.input),
      manager,
    );
    const pushable = await this.withPushDevices(recipientIds, manager);
    const now = new Date();
    const deliveries: Array<{ notificationId: string; channel: DeliveryChannel; notBefore: Date; ttl: number }> = [];
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
      await manager.query(
        `INSERT INTO notifications.delivery (notification_id, channel, not_before, ttl)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[], $4::int[])`,
        [
          deliveries.map((d) => d.notificationId),
          deliveries.map((d) => d.channel),
          deliveries.map((d) => d.notBefore.toISOString()),
          deliveries.map((d) => d.ttl),
        ],
      );
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

  // ── the centre ──────────────────────────────────────────────────────────────

  async list(
    recipient: Recipient,
    query: NotificationQueryDto,
    language: Language,
  ): Promise<Page<NotificationDto> & { unread: number }> {
    const qb = this.notifications
      .createQueryBuilder('n')
      .where('n.recipientId = :id AND n.recipientKind = :kind', { id: recipient.id, kind: recipient.kind });
    if (query.unread) qb.andWhere('n.readAt IS NULL');
    const [[rows, total], unread] = await Promise.all([
      qb
        .orderBy('n.createdAt', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount(),
      this.unreadCount(recipient),
    ]);
    return {
      ...toPage(
        rows.map((r) => this.toDto(r, language)),
        total,
        query,
      ),
      unread,
    };
  }

  unreadCount(recipient: Recipient): Promise<number> {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.recipientId = :id AND n.recipientKind = :kind AND n.readAt IS NULL', {
        id: recipient.id,
        kind: recipient.kind,
      })
      .getCount();
  }

  async markRead(recipient: Recipient, id: string): Promise<void> {
    const found = await this.notifications.findOne({
      where: { id, recipientId: recipient.id, recipientKind: recipient.kind },
      select: { id: true },
    });
    if (!found) throw new NotificationsException(NotificationsErrorCode.NotificationNotFound);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE notifications.notification SET read_at = now() WHERE id = $1 AND read_at IS NULL`, [
        id,
      ]);
      await this.realtime.publish(manager, topicOf(recipient.kind, recipient.id), 'notification-read', { id });
    });
  }

  async markAllRead(recipient: Recipient): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE notifications.notification SET read_at = now() WHERE recipient_id = $1 AND recipient_kind = $2 AND read_at IS NULL`,
        [recipient.id, recipient.kind],
      );
      await this.realtime.publish(manager, topicOf(recipient.kind, recipient.id), 'notification-read', { all: true });
    });
  }

  toDto(row: NotificationEntity, language: Language): NotificationDto {
    return {
      id: row.id,
      kind: row.kind,
      category: row.category,
      text: notificationText(row.kind, row.params, language),
      link: NOTIFICATION_KINDS[row.kind as NotificationKind]?.link(row.params) ?? '/',
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    };
  }

  // ── preferences ─────────────────────────────────────────────────────────────

  async preferencesOf(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PreferenceEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .getRepository(PreferenceEntity)
      .createQueryBuilder('p')
      .where('p.recipientId = ANY(:ids)', { ids })
      .getMany();
    return new Map(rows.map((r) => [r.recipientId, r]));
  }

  /** Saved preferences, or the defaults (shaped by the citizen's profile choice of channels). */
  async effectivePreferences(
    recipients: Array<{ recipientKind: RecipientKind; recipientId: string }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PreferenceEntity>> {
    const saved = await this.preferencesOf([...new Set(recipients.map((r) => r.recipientId))], manager);
    const missing = recipients.filter((r) => !saved.has(r.recipientId));
    const profile = await this.cases.notificationChannelsOf(
      missing.filter((r) => r.recipientKind === 'citizen').map((r) => r.recipientId),
      manager,
    );
    for (const r of missing)
      saved.set(r.recipientId, defaultPreference(r.recipientKind, r.recipientId, profile.get(r.recipientId)));
    return saved;
  }

  async settings(recipient: Recipient, email: string | null): Promise<NotificationSettingsDto> {
    const pref = (await this.effectivePreferences([{ recipientKind: recipient.kind, recipientId: recipient.id }])).get(
      recipient.id,
    )!;
    const pushDevices = await this.subscriptions.countBy({ recipientId: recipient.id, recipientKind: recipient.kind });
    return {
      channels: Object.fromEntries(
        CATEGORIES.map((c) => [c, { ...DEFAULT_CHANNELS[recipient.kind][c], ...pref.channels[c] }]),
      ) as unknown as NotificationSettingsDto['channels'],
      quietHours: { enabled: pref.quietHours, from: pref.quietFrom, to: pref.quietTo },
      language: pref.language,
      email,
      pushDevices,
    };
  }

  async saveSettings(recipient: Recipient, input: NotificationSettingsInputDto): Promise<void> {
    const channels = Object.fromEntries(
      CATEGORIES.map((c) => [c, { push: input.channels[c].push, email: input.channels[c].email }]),
    ) as ChannelChoices;
    await this.preferences.upsert(
      {
        recipientId: recipient.id,
        recipientKind: recipient.kind,
        channels,
        quietHours: input.quietHours.enabled,
        quietFrom: input.quietHours.from,
        quietTo: input.quietHours.to,
        language: input.language,
      },
      ['recipientId'],
    );
  }

  // ── push subscriptions ──────────────────────────────────────────────────────

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
    const [row] = (await this.dataSource.query(
      `INSERT INTO notifications.push_subscription (recipient_kind, recipient_id, endpoint, p256dh, auth, user_agent, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (endpoint) DO UPDATE SET recipient_kind = EXCLUDED.recipient_kind, recipient_id = EXCLUDED.recipient_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, user_agent = EXCLUDED.user_agent, last_seen_at = now()
       RETURNING id`,
      [
        recipient.kind,
        recipient.id,
        input.endpoint,
        input.keys.p256dh,
        input.keys.auth,
        userAgent?.slice(0, 300) ?? null,
      ],
    )) as Array<{ id: string }>;
    return { id: row.id };
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

  private async withPushDevices(ids: string[], manager: EntityManager): Promise<Set<string>> {
    const rows = (await manager.query(
      `SELECT DISTINCT recipient_id FROM notifications.push_subscription WHERE recipient_id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ recipient_id: string }>;
    return new Set(rows.map((r) => r.recipient_id));
  }
}
