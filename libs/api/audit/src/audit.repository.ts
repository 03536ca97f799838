import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import type { EntityManager } from 'typeorm';

/** One day's reads of a citizen's data by one person or system (the access log's line). */
export interface AccessLogGroupRow {
  day: string;
  actor_kind: string;
  actor_municipality_code: string;
  actor_name: string;
  first_at: Date;
  last_at: Date;
  n: number;
  resources: string[];
  purposes: string[];
  changed: boolean;
}

const GROUP_FROM = `FROM audit.audit_event WHERE citizen_id = $1 AND actor_kind IN ('staff', 'client', 'employer') AND outcome = 'allowed'`;
const GROUP_BY = `GROUP BY (occurred_at AT TIME ZONE 'Europe/Copenhagen')::date, actor_kind, actor_id, actor_municipality_code`;

/** The audit log's SQL statements that are not plain entity reads (the service holds the rules). */
@Injectable()
export class AuditRepository extends SqlRepository {
  /**
   * Deletes up to `batch` of the oldest rows before the instant, in the caller's transaction, after declaring the
   * cutoff the table's trigger checks (it refuses deletes otherwise); returns how many went.
   */
  async deleteOldest(manager: EntityManager, instant: Date, batch: number): Promise<number> {
    await manager.query(`SELECT set_config('audit.retention_cutoff', $1, true)`, [instant.toISOString()]);
    const result = (await manager.query(
      `DELETE FROM audit.audit_event WHERE id IN (SELECT id FROM audit.audit_event WHERE occurred_at < $1 ORDER BY occurred_at LIMIT $2)`,
      [instant, batch],
    )) as [unknown, number];
    return result[1];
  }

  /** A page of the citizen's access log lines (per Copenhagen day and actor), newest day first, and their total. */
  async accessLogGroups(citizenId: string, limit: number, offset: number): Promise<[AccessLogGroupRow[], number]> {
    const [rows, [{ n }]] = await Promise.all([
      this.q<AccessLogGroupRow[]>(
        `SELECT to_char((occurred_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS day, actor_kind, actor_municipality_code,
                (array_agg(actor_name ORDER BY occurred_at DESC))[1] AS actor_name, min(occurred_at) AS first_at, max(occurred_at) AS last_at, count(*)::int AS n,
                array_agg(DISTINCT resource) AS resources, array_agg(DISTINCT coalesce(purpose, '')) AS purposes, bool_or(action <> 'read') AS changed
           ${GROUP_FROM} ${GROUP_BY} ORDER BY 1 DESC, max(occurred_at) DESC LIMIT $2 OFFSET $3`,
        [citizenId, limit, offset],
      ),
      this.q<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM (SELECT 1 ${GROUP_FROM} ${GROUP_BY}) g`, [
        citizenId,
      ]),
    ]);
    return [rows, n];
  }
}
