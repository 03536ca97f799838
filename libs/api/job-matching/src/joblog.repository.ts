import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';

/** The day a citizen last logged an application. */
export interface LastAppliedRow {
  citizen_id: string;
  last: string;
}

/** The joblog's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class JoblogRepository extends SqlRepository {
  /** Each of these citizens' latest `applied_on` (citizens with no entry have no row). */
  lastApplied(citizenIds: string[]): Promise<LastAppliedRow[]> {
    return this.q(
      `SELECT citizen_id, max(applied_on)::text AS last FROM job_matching.joblog_entry WHERE citizen_id = ANY($1::uuid[]) GROUP BY citizen_id`,
      [citizenIds],
    );
  }
}
