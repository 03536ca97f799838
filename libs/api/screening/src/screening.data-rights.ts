import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { ScreeningRepository } from './screening.repository';

/** Screening's part of the citizen's data rights: what the export shows and what retention removes. */
@Injectable()
export class ScreeningDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: ScreeningRepository,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('screening', async (ids) => ({
      screenings: await exportRows(this.dataSource, 'screening.screening', ids),
      selfAssessments: await exportRows(this.dataSource, 'screening.self_assessment', ids),
      helpRequests: await exportRows(this.dataSource, 'screening.help_request', ids),
      // The queue items' notes are the caseworker's working notes (aktindsigt).
      queueItems: await exportRows(this.dataSource, 'screening.queue_item', ids, { omit: ['note', 'closed_by'] }),
    }));
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
