import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';

/** The employers module's part of the citizen's data rights: visibility, invitations and placements. */
@Injectable()
export class EmployersDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('employers', async (ids) => ({
      visibility: await exportRows(this.dataSource, 'employers.visibility', ids, { orderBy: 'updated_at' }),
      invitations: await exportRows(this.dataSource, 'employers.proposal', ids),
      placements: await exportRows(this.dataSource, 'employers.placement', ids),
    }));
    // Gone with the case: who may see the citizen and their answers (placements stay for the KPIs, without the person).
    this.rights.registerEraser(async (ids, manager) => {
      await manager.query(`DELETE FROM employers.visibility WHERE citizen_id = ANY($1::uuid[])`, [ids]);
      await manager.query(
        `DELETE FROM employers.proposal WHERE citizen_id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM employers.placement pl WHERE pl.proposal_id = proposal.id)`,
        [ids],
      );
    });
  }
}
