import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { NotificationsRepository } from './notifications.repository';

/** Notifications' part of the citizen's data rights: notifications, settings, devices and letters; all deleted at retention. */
@Injectable()
export class NotificationsDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('notifications', async (ids) => ({
      notifications: await this.repository.exportNotifications(ids),
      settings: await exportRows(this.dataSource, 'notifications.preference', ids, {
        column: 'recipient_id',
        orderBy: 'updated_at',
      }),
      // The keys that encrypt pushes to the device are secrets of the browser, not information about the person.
      devices: await exportRows(this.dataSource, 'notifications.push_subscription', ids, {
        column: 'recipient_id',
        omit: ['p256dh', 'auth'],
      }),
      // The letters sent by Digital Post or printed: when, how and for which meeting (the PDF is the notification's text).
      letters: await exportRows(this.dataSource, 'notifications.letter', ids, { omit: ['pdf', 'printed_by'] }),
    }));
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
