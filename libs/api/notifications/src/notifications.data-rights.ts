import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';

/** Notifications' part of the citizen's data rights: notifications, settings and devices; all deleted at retention. */
@Injectable()
export class NotificationsDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('notifications', async (ids) => ({
      notifications: (
        (await this.dataSource.query(
          `SELECT to_jsonb(n) - 'source_key' AS row FROM notifications.notification n WHERE n.recipient_kind = 'citizen' AND n.recipient_id = ANY($1::uuid[]) ORDER BY n.created_at`,
          [ids],
        )) as Array<{ row: unknown }>
      ).map((r) => r.row),
      settings: await exportRows(this.dataSource, 'notifications.preference', ids, {
        column: 'recipient_id',
        orderBy: 'updated_at',
      }),
      // The keys that encrypt pushes to the device are secrets of the browser, not information about the person.
      devices: await exportRows(this.dataSource, 'notifications.push_subscription', ids, {
        column: 'recipient_id',
        omit: ['p256dh', 'auth'],
      }),
    }));
    this.rights.registerEraser(async (ids, manager) => {
      await manager.query(
        `DELETE FROM notifications.delivery WHERE notification_id IN (SELECT id FROM notifications.notification WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[]))`,
        [ids],
      );
      await manager.query(
        `DELETE FROM notifications.notification WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[])`,
        [ids],
      );
      await manager.query(
        `DELETE FROM notifications.preference WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[])`,
        [ids],
      );
      await manager.query(
        `DELETE FROM notifications.push_subscription WHERE recipient_kind = 'citizen' AND recipient_id = ANY($1::uuid[])`,
        [ids],
      );
    });
  }
}
