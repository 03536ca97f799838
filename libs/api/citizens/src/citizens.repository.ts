import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { DataSource, type EntityManager } from 'typeorm';
import type { CitizenProfileSnapshot } from './citizen-access';
import type { CitizenEntity } from './entities/citizen.entity';
import type { TimelineEntryEntity } from './entities/timeline-entry.entity';

/** A timeline entry as the timeline shows it. */
export type TimelineRow = Pick<TimelineEntryEntity, 'id' | 'occurredAt' | 'kind' | 'params'>;

/** A citizen with a saved profile, as job matching reads it. */
export interface ProfileSnapshotRow {
  id: string;
  municipality_code: string;
  status: string;
  postal_code: string | null;
  wished_occupations: string[];
  skills: Array<{ id?: string }>;
  work_area: CitizenProfileSnapshot['workArea'];
  hours: CitizenProfileSnapshot['hours'];
  languages: Array<{ language: string; level: string }>;
}

/** The contact channels a citizen chose in the profile. */
export interface NotificationChannelsRow {
  citizen_id: string;
  notification_channels: string[];
}

/** Cases closed in one month (Copenhagen time), and those that ended in job or education within 13 and 26 weeks. */
export interface OutcomeMonthRow {
  month: string;
  closed: number;
  within13: number;
  within26: number;
}

/** How many active citizens a caseworker has. */
export interface CaseworkerLoadRow {
  id: string;
  n: number;
}

/** A citizen's CPR number as stored: the ciphertext and its look-up value. */
export interface CprRow {
  id: string;
  cpr_encrypted: Buffer;
  cpr_hash: Buffer;
}

/** A CPR number re-encrypted under the current key, written only if the row still holds `old`. */
export interface CprUpdate {
  id: string;
  old: Buffer;
  encrypted: Buffer;
  hash: Buffer;
}

/**
 * Rows of a module's own table for the export, as JSON objects (column names as stored), without
 * the columns named in `omit` (internal notes, secrets). `column` holds the case id.
 */
export async function exportRows(
  db: DataSource | EntityManager,
  table: string,
  citizenIds: string[],
  options: { column?: string; omit?: string[]; orderBy?: string } = {},
): Promise<unknown[]> {
  const rows = (await db.query(
    `SELECT to_jsonb(t) - $2::text[] AS row FROM ${table} t WHERE t.${options.column ?? 'citizen_id'} = ANY($1::uuid[]) ORDER BY t.${options.orderBy ?? 'created_at'}`,
    [citizenIds, options.omit ?? []],
  )) as Array<{ row: unknown }>;
  return rows.map((r) => r.row);
}

/** Which citizens a caseload page lists (all within one municipality). */
export interface CaseloadFilter {
  municipalityCode: string;
  status: 'active' | 'closed' | 'all';
  /** A caseworker's id; `null`: nobody assigned; absent: anyone. */
  assignedCaseworkerId?: string | null;
  /** A CPR number searched for: the look-up values it may be stored under. */
  cprHashes?: Buffer[];
  /** A name searched for: an `ILIKE` pattern, its `%`, `_` and `\` already escaped. */
  namePattern?: string;
}

/** The order of a caseload page (then by id, so pages never overlap). */
export interface CaseloadOrder {
  key: 'name' | 'registeredAt' | 'unemployedSince';
  desc: boolean;
}

/** What a caseload line reads of a citizen, by the entity's property names. */
export type CaseloadRow = Pick<
  CitizenEntity,
  | 'id'
  | 'cprEncrypted'
  | 'anonymisedAt'
  | 'firstName'
  | 'lastName'
  | 'benefitType'
  | 'unemployedSince'
  | 'closedAt'
  | 'status'
  | 'assignedCaseworkerId'
  | 'registeredAt'
>;

/** The citizens module's SQL statements, in one place (the services hold the rules). */
@Injectable()
export class CitizensRepository extends SqlRepository {
  /** Takes a transaction-scoped advisory lock on `key` (held until `manager`'s transaction ends). */
  async advisoryLock(manager: EntityManager, key: string): Promise<void> {
    await this.q('SELECT pg_advisory_xact_lock(hashtext($1))', [key], manager);
  }

  /** Citizens with a saved profile and their profile, in id order: among `ids`, after `after`, at most `limit`. */
  profileSnapshots(
    ids: string[] | null,
    after: string | null,
    limit: number,
    manager?: EntityManager,
  ): Promise<ProfileSnapshotRow[]> {
    return this.q(
      `SELECT c.id, c.municipality_code, c.status, c.postal_code, p.wished_occupations, p.skills, p.work_area, p.hours, p.languages
         FROM citizens.citizen c JOIN citizens.profile p ON p.citizen_id = c.id
        WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR c.id > $2::uuid)
        ORDER BY c.id LIMIT $3`,
      [ids, after, limit],
      manager,
    );
  }

  /** The contact channels these citizens chose in their profile; citizens who never chose any are left out. */
  notificationChannels(citizenIds: string[], manager?: EntityManager): Promise<NotificationChannelsRow[]> {
    return this.q(
      `SELECT citizen_id, notification_channels FROM citizens.profile WHERE citizen_id = ANY($1::uuid[]) AND cardinality(notification_channels) > 0`,
      [citizenIds],
      manager,
    );
  }

  /** Ids of the municipality's cases (of these caseworkers when given), active or all. */
  async caseIds(municipalityCode: string, caseworkerIds: string[] | null, status: 'active' | 'all'): Promise<string[]> {
    const rows = await this.q<Array<{ id: string }>>(
      `SELECT id FROM citizens.citizen WHERE municipality_code = $1 AND ($2::uuid[] IS NULL OR assigned_caseworker_id = ANY($2::uuid[])) AND ($3 = 'all' OR status = 'active')`,
      [municipalityCode, caseworkerIds, status],
    );
    return rows.map((r) => r.id);
  }

  /** KPI rows of closed cases per month (Copenhagen time), optionally of some caseworkers only. */
  outcomeStats(municipality: string, caseworkers: string[] | null, from: Date, to: Date): Promise<OutcomeMonthRow[]> {
    return this.q(
      `SELECT to_char(closed_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month, count(*)::int AS closed,
              count(*) FILTER (WHERE outcome IN ('job', 'education') AND outcome_date <= unemployed_since + 91)::int AS within13,
              count(*) FILTER (WHERE outcome IN ('job', 'education') AND outcome_date <= unemployed_since + 182)::int AS within26
         FROM citizens.citizen
        WHERE municipality_code = $1 AND status = 'closed' AND closed_at >= $2 AND closed_at < $3
          AND ($4::uuid[] IS NULL OR assigned_caseworker_id = ANY($4::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [municipality, from, to, caseworkers],
    );
  }

  /** The encrypted CPR number of a case that still has one (not anonymised). */
  async encryptedCpr(citizenId: string, manager?: EntityManager): Promise<Buffer | undefined> {
    const [me] = await this.q<Array<{ cpr_encrypted: Buffer }>>(
      `SELECT cpr_encrypted FROM citizens.citizen WHERE id = $1 AND anonymised_at IS NULL`,
      [citizenId],
      manager,
    );
    return me?.cpr_encrypted;
  }

  /** How many closed cases hold one of these CPR look-up values, but the case `exceptId`. */
  async closedCasesOf(hashes: Buffer[], exceptId: string, manager?: EntityManager): Promise<number> {
    const [row] = await this.q<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM citizens.citizen WHERE cpr_hash = ANY($1::bytea[]) AND id <> $2 AND status = 'closed'`,
      [hashes, exceptId],
      manager,
    );
    return row?.n ?? 0;
  }

  /** Active citizens per caseworker of the municipality, among these caseworkers (those with none are left out). */
  caseworkerLoads(
    manager: EntityManager,
    municipalityCode: string,
    caseworkerIds: string[],
  ): Promise<CaseworkerLoadRow[]> {
    return this.q(
      `SELECT assigned_caseworker_id AS id, count(*)::int AS n FROM citizens.citizen WHERE municipality_code = $1 AND status = 'active' AND assigned_caseworker_id = ANY($2::uuid[]) GROUP BY 1`,
      [municipalityCode, caseworkerIds],
      manager,
    );
  }

  /** The stored CPR numbers of the next `limit` citizens after the id `after`, in id order (a keyset page). */
  cprPage(after: string, limit: number): Promise<CprRow[]> {
    return this.q(`SELECT id, cpr_encrypted, cpr_hash FROM citizens.citizen WHERE id > $1 ORDER BY id LIMIT $2`, [
      after,
      limit,
    ]);
  }

  /** The stored CPR numbers of these citizens, in id order. */
  cprRows(ids: string[]): Promise<CprRow[]> {
    return this.q(`SELECT id, cpr_encrypted, cpr_hash FROM citizens.citizen WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      ids,
    ]);
  }

  /** One statement: each row changes only if it still holds the ciphertext that was read. Returns the ids written. */
  async writeCprs(updates: CprUpdate[]): Promise<string[]> {
    const [rows] = await this.q<[Array<{ id: string }>, number]>(
      `UPDATE citizens.citizen c SET cpr_encrypted = u.encrypted, cpr_hash = u.hash
         FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[]) AS u(id, old, encrypted, hash)
        WHERE c.id = u.id AND c.cpr_encrypted = u.old
      RETURNING c.id`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.old),
        updates.map((u) => u.encrypted),
        updates.map((u) => u.hash),
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Ids of up to `limit` cases closed before `cutoff` and not yet anonymised, oldest first, locked (others skipped). */
  async closedCasesDue(manager: EntityManager, cutoff: Date, limit: number): Promise<string[]> {
    const rows = await this.q<Array<{ id: string }>>(
      `SELECT id FROM citizens.citizen WHERE status = 'closed' AND anonymised_at IS NULL AND closed_at < $1 ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [cutoff, limit],
      manager,
    );
    return rows.map((r) => r.id);
  }

  /** Removes the person from these case rows; what the KPIs count (municipality, dates, benefit, outcome, caseworker) stays. */
  async anonymise(manager: EntityManager, ids: string[]): Promise<void> {
    await this.q(
      `UPDATE citizens.citizen SET first_name = '', last_name = '', email = NULL, phone = NULL, postal_code = NULL, unemployment_fund = NULL,
                  cpr_encrypted = '\\x'::bytea, cpr_hash = decode(md5(random()::text || id::text), 'hex'), anonymised_at = now()
            WHERE id = ANY($1::uuid[])`,
      [ids],
      manager,
    );
  }

  /**
   * One page of a caseload and the number of citizens the filter finds, in one statement (the hot read of the staff
   * caseload; index `citizen_caseload_idx` for "mine"); a page past the end counts separately.
   */
  async caseloadPage(
    filter: CaseloadFilter,
    order: CaseloadOrder,
    limit: number,
    offset: number,
  ): Promise<{ rows: CaseloadRow[]; total: number }> {
    const params: unknown[] = [filter.municipalityCode];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['municipality_code = $1'];
    if (filter.status !== 'all') where.push(`status = ${param(filter.status)}`);
    if (filter.assignedCaseworkerId === null) where.push('assigned_caseworker_id IS NULL');
    else if (filter.assignedCaseworkerId) where.push(`assigned_caseworker_id = ${param(filter.assignedCaseworkerId)}`);
    if (filter.cprHashes) where.push(`cpr_hash = ANY(${param(filter.cprHashes)}::bytea[])`);
    if (filter.namePattern) where.push(`(first_name || ' ' || last_name) ILIKE ${param(filter.namePattern)}`);
    const direction = order.desc ? 'DESC' : 'ASC';
    const orderBy =
      order.key === 'name'
        ? `last_name ${direction}, first_name ${direction}`
        : `${order.key === 'registeredAt' ? 'registered_at' : 'unemployed_since'} ${direction}`;
    const filtered = `FROM citizens.citizen WHERE ${where.join(' AND ')}`;
    const counted = params.length;
    const rows = await this.q<Array<CaseloadRow & { total: number }>>(
      `SELECT id, cpr_encrypted AS "cprEncrypted", anonymised_at AS "anonymisedAt", first_name AS "firstName",
              last_name AS "lastName", benefit_type AS "benefitType", to_char(unemployed_since, 'YYYY-MM-DD') AS "unemployedSince",
              closed_at AS "closedAt", status, assigned_caseworker_id AS "assignedCaseworkerId", registered_at AS "registeredAt",
              count(*) OVER ()::int AS total
         ${filtered} ORDER BY ${orderBy}, id ASC LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    return this.withTotal(rows, offset, `SELECT count(*)::int AS n ${filtered}`, params.slice(0, counted));
  }

  /**
   * A page of the citizen's timeline, newest first, and how many entries there are — one statement
   * (`count(*) OVER ()`); a page past the end counts separately. The columns named as the entity's properties.
   */
  async timelinePage(
    citizenId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: TimelineRow[]; total: number }> {
    const rows = await this.q<Array<TimelineRow & { total: number }>>(
      `SELECT id, occurred_at AS "occurredAt", kind, params, count(*) OVER ()::int AS total
         FROM citizens.timeline_entry WHERE citizen_id = $1
        ORDER BY occurred_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [citizenId, limit, offset],
    );
    return this.withTotal(
      rows,
      offset,
      `SELECT count(*)::int AS n FROM citizens.timeline_entry WHERE citizen_id = $1`,
      [citizenId],
    );
  }

  /**
   * A page read with `count(*) OVER ()` carries its total on every row; a page past the end has no row to carry it,
   * so only then is it counted (`countSql` answers `n`).
   */
  private async withTotal<T>(
    rows: Array<T & { total: number }>,
    offset: number,
    countSql: string,
    params: unknown[],
  ): Promise<{ rows: Array<T & { total: number }>; total: number }> {
    if (rows.length > 0 || offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    const [{ n }] = await this.q<Array<{ n: number }>>(countSql, params);
    return { rows, total: n };
  }
}
