import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';

export interface ApiClientRow {
  id: string;
  name: string;
  scopes: string[];
  revoked_at: Date | null;
}

/** The identity module's SQL statements that are not plain entity reads (the services hold the rules). */
@Injectable()
export class IdentityRepository extends SqlRepository {
  /** One API client of a municipality, revoked or not. */
  async apiClient(municipalityCode: string, id: string): Promise<ApiClientRow | undefined> {
    const [row] = await this.q<ApiClientRow[]>(
      `SELECT id, name, scopes, revoked_at FROM identity.api_client WHERE id = $1 AND municipality_code = $2`,
      [id, municipalityCode],
    );
    return row;
  }

  /** The latest sign-in of each of these citizens that ever signed in. */
  lastCitizenSignIns(citizenIds: string[], manager?: EntityManager): Promise<Array<{ id: string; at: Date }>> {
    return this.q(
      `SELECT principal_id AS id, max(created_at) AS at FROM identity.session WHERE principal_kind = 'citizen' AND principal_id = ANY($1::uuid[]) GROUP BY principal_id`,
      [citizenIds],
      manager,
    );
  }

  /** How many of these citizens have a session created at or after the instant. */
  async citizensSignedInSince(citizenIds: string[], since: Date): Promise<number> {
    const [row] = await this.q<Array<{ n: number }>>(
      `SELECT count(DISTINCT principal_id)::int AS n FROM identity.session WHERE principal_kind = 'citizen' AND principal_id = ANY($1::uuid[]) AND created_at >= $2`,
      [citizenIds, since],
    );
    return row?.n ?? 0;
  }

  /** Counts a failed client authentication, starting a new window when the last one is older than `windowMs`. */
  async recordAuthFailure(subject: string, windowMs: number): Promise<void> {
    await this.q(
      `INSERT INTO identity.auth_failure (subject, window_start, failures) VALUES ($1, now(), 1)
       ON CONFLICT (subject) DO UPDATE SET
         failures = CASE WHEN identity.auth_failure.window_start < now() - ($2 || ' milliseconds')::interval THEN 1 ELSE identity.auth_failure.failures + 1 END,
         window_start = CASE WHEN identity.auth_failure.window_start < now() - ($2 || ' milliseconds')::interval THEN now() ELSE identity.auth_failure.window_start END`,
      [subject, String(windowMs)],
    );
  }

  /** Staff members' names by id (a hot read: every list that shows who is assigned). */
  staffNames(ids: string[]): Promise<Array<{ id: string; name: string }>> {
    return this.q(`SELECT id, name FROM identity.staff_user WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
