import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';

/** Offers' part of the citizen's data rights: the plan in the export; retention removes the goal and the texts. */
@Injectable()
export class OffersDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('plan', async (ids) => ({
      goal: await exportRows(this.dataSource, 'offers.plan_goal', ids, { orderBy: 'updated_at' }),
      items: (
        (await this.dataSource.query(
          `SELECT to_jsonb(i) || jsonb_build_object('offer_title', o.title_da) AS row FROM offers.plan_item i LEFT JOIN offers.offer o ON o.id = i.offer_id WHERE i.citizen_id = ANY($1::uuid[]) ORDER BY i.created_at`,
          [ids],
        )) as Array<{ row: unknown }>
      ).map((r) => r.row),
    }));
    this.rights.registerEraser(async (ids, manager) => {
      await manager.query(`DELETE FROM offers.plan_goal WHERE citizen_id = ANY($1::uuid[])`, [ids]);
      await manager.query(
        `UPDATE offers.plan_item SET activity_title = NULL, suggestion_note = NULL, decision_reason = NULL WHERE citizen_id = ANY($1::uuid[])`,
        [ids],
      );
    });
  }
}
