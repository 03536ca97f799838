import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { EmployersRepository } from './employers.repository';

/** The employers module's part of the citizen's data rights: visibility, invitations and placements. */
@Injectable()
export class EmployersDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: EmployersRepository,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('employers', async (ids) => ({
      visibility: await exportRows(this.dataSource, 'employers.visibility', ids, { orderBy: 'updated_at' }),
      invitations: await exportRows(this.dataSource, 'employers.proposal', ids),
      placements: await exportRows(this.dataSource, 'employers.placement', ids),
    }));
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
