import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { NotificationSettingsDto, NotificationSettingsInputDto } from './dto/notifications.dto';
import { type ChannelChoices, PreferenceEntity } from './entities/preference.entity';
import { PushSubscriptionEntity } from './entities/push-subscription.entity';
import { CATEGORIES, type RecipientKind } from './kinds';
import type { Recipient } from './recipient';

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

/**
 * Each person's notification preferences: channels per category, quiet hours and language — saved, or the defaults
 * (shaped by a citizen's profile choice of channels) until they save.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectRepository(PreferenceEntity) private readonly preferences: Repository<PreferenceEntity>,
    @InjectRepository(PushSubscriptionEntity) private readonly subscriptions: Repository<PushSubscriptionEntity>,
    private readonly dataSource: DataSource,
    private readonly cases: CitizenCasesService,
  ) {}

  /** The saved preferences of these people (who never saved has none). */
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

  /** The settings page: channels, quiet hours and language, the e-mail address and how many push devices. */
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

  /** Saves the person's choices (from then on, no defaults). */
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
}
