import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Page, toPage } from '@jobunivers/api/http';
import { RealtimeService } from '@jobunivers/api/realtime';
import { DataSource, Repository } from 'typeorm';
import type { NotificationDto, NotificationQueryDto } from './dto/notifications.dto';
import { NotificationEntity } from './entities/notification.entity';
import { type Language, NOTIFICATION_KINDS, type NotificationKind, notificationText } from './kinds';
import { NotificationsErrorCode, NotificationsException } from './notifications.errors';
import { NotificationsRepository } from './notifications.repository';
import { type Recipient, topicOf } from './recipient';

/**
 * The in-app notification centre: a person's notifications newest first in their language, the unread count (the
 * bell), and marking them read — announced live to their other open apps.
 */
@Injectable()
export class NotificationCentreService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly repository: NotificationsRepository,
    private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
  ) {}

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
    return this.repository.unreadCount(recipient);
  }

  async markRead(recipient: Recipient, id: string): Promise<void> {
    const found = await this.notifications.findOne({
      where: { id, recipientId: recipient.id, recipientKind: recipient.kind },
      select: { id: true },
    });
    if (!found) throw new NotificationsException(NotificationsErrorCode.NotificationNotFound);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.markRead(manager, id);
      await this.realtime.publish(manager, topicOf(recipient.kind, recipient.id), 'notification-read', { id });
    });
  }

  async markAllRead(recipient: Recipient): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.markAllRead(manager, recipient);
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
}
