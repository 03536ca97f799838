import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { MessagingRepository } from './messaging.repository';

/** Messaging's part of the citizen's data rights: conversations (without staff-only notes) and questions. */
@Injectable()
export class MessagingDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: MessagingRepository,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('messages', async (ids) => ({
      conversations: await this.repository.exportConversations(ids),
      questions: await exportRows(this.dataSource, 'messaging.question', ids),
    }));
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
