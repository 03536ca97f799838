import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The day a citizen last logged an application. */
export interface LastAppliedRow {
  citizen_id: string;
  last: string;
}

/** The joblog's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class JoblogRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q<T>(sql: string, params: unknown[], manager?: EntityManager): Promise<T> {
    return (manager ?? this.dataSource.manager).query(sql, params) as Promise<T>;
  }

  /** Each of these citizens' latest `applied_on` (citizens with no entry have no row). */
  lastApplied(citizenIds: string[]): Promise<LastAppliedRow[]> {
    return this.q(
      `SELECT citizen_id, max(applied_on)::text AS last FROM job_matching.joblog_entry WHERE citizen_id = ANY($1::uuid[]) GROUP BY citizen_id`,
      [citizenIds],
    );
  }
}
