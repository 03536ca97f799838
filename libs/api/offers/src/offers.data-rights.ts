import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { OffersRepository } from './offers.repository';

/** Offers' part of the citizen's data rights: the plan in the export; retention removes the goal and the texts. */
@Injectable()
export class OffersDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: OffersRepository,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('plan', async (ids) => ({
      goal: await exportRows(this.dataSource, 'offers.plan_goal', ids, { orderBy: 'updated_at' }),
      items: await this.repository.exportPlanItems(ids),
    }));
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
