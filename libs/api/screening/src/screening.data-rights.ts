import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';

/** Screening's part of the citizen's data rights: what the export shows and what retention removes. */
@Injectable()
export class ScreeningDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('screening', async (ids) => ({
      screenings: await exportRows(this.dataSource, 'screening.screening', ids),
      selfAssessments: await exportRows(this.dataSource, 'screening.self_assessment', ids),
      helpRequests: await exportRows(this.dataSource, 'screening.help_request', ids),
      // The queue items' notes are the caseworker's working notes (aktindsigt).
      queueItems: await exportRows(this.dataSource, 'screening.queue_item', ids, { omit: ['note', 'closed_by'] }),
    }));
    this.rights.registerEraser(async (ids, manager) => {
      await manager.query(`DELETE FROM screening.self_assessment WHERE citizen_id = ANY($1::uuid[])`, [ids]);
      await manager.query(`DELETE FROM screening.help_request WHERE citizen_id = ANY($1::uuid[])`, [ids]);
      // Kept for the KPIs: track, dates; gone: what was written about the person.
      await manager.query(
        `UPDATE screening.screening SET assessment = '', summary_for_citizen = '', citizen_comment = NULL, indicators = '{}'::jsonb WHERE citizen_id = ANY($1::uuid[])`,
        [ids],
      );
      await manager.query(
        `UPDATE screening.queue_item SET note = NULL, resolution = CASE WHEN resolution LIKE 'screening:%' THEN resolution ELSE NULL END WHERE citizen_id = ANY($1::uuid[])`,
        [ids],
      );
    });
  }
}
