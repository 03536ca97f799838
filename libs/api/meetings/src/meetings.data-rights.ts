import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';

/** Meetings' part of the citizen's data rights: what the export shows and what retention removes. */
@Injectable()
export class MeetingsDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // The internal note is the caseworker's working note (aktindsigt); the shared summary is the citizen's.
    this.rights.registerExporter('meetings', (ids) =>
      exportRows(this.dataSource, 'meetings.meeting', ids, { omit: ['internal_note'], orderBy: 'starts_at' }),
    );
    this.rights.registerEraser(async (ids, manager) => {
      await manager.query(`DELETE FROM meetings.notice WHERE citizen_id = ANY($1::uuid[])`, [ids]);
      await manager.query(
        `DELETE FROM meetings.calendar_feed WHERE owner_kind = 'citizen' AND owner_id = ANY($1::uuid[])`,
        [ids],
      );
      // Kept for the KPIs: form, times, status, rating; gone: what was said and where.
      await manager.query(
        `UPDATE meetings.meeting SET topic = NULL, address = NULL, phone_number = NULL, video_url = NULL, change_request = NULL, cancel_reason = NULL, shared_summary = NULL, internal_note = NULL, rating_comment = NULL WHERE citizen_id = ANY($1::uuid[])`,
        [ids],
      );
    });
  }
}
