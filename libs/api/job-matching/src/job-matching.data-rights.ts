import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataRightsService, exportRows } from '@jobunivers/api/citizens';
import { DataSource } from 'typeorm';
import { MatchingRepository } from './matching.repository';

/** Job matching's part of the citizen's data rights: joblog, saved jobs, suggestions, alerts; all deleted at retention. */
@Injectable()
export class JobMatchingDataRights implements OnModuleInit {
  constructor(
    private readonly rights: DataRightsService,
    private readonly dataSource: DataSource,
    private readonly repository: MatchingRepository,
  ) {}

  onModuleInit(): void {
    this.rights.registerExporter('jobs', async (ids) => ({
      joblog: await exportRows(this.dataSource, 'job_matching.joblog_entry', ids),
      savedAndDismissed: await exportRows(this.dataSource, 'job_matching.job_feedback', ids, { orderBy: 'job_ad_id' }),
      suggestions: await exportRows(this.dataSource, 'job_matching.job_suggestion', ids),
      alerts: await exportRows(this.dataSource, 'job_matching.job_alert', ids),
      matchProfile: await exportRows(this.dataSource, 'job_matching.match_profile', ids, { orderBy: 'updated_at' }),
    }));
    this.rights.registerEraser((ids, manager) => this.repository.eraseForCitizens(ids, manager));
  }
}
