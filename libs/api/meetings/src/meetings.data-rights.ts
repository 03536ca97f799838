import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { MeetingsRepository } from './meetings.repository';

/** Meetings' part of the citizen's data rights: what the export shows and what retention removes. */
@Injectable()
export class MeetingsDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: MeetingsRepository,
  ) {}

  onModuleInit(): void {
    // The internal note is the caseworker's working note (aktindsigt); the shared summary is the citizen's.
    this.rights.registerExporter('meetings', (ids) =>
      exportRows(this.dataSource, 'meetings.meeting', ids, { omit: ['internal_note'], orderBy: 'starts_at' }),
    );
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
