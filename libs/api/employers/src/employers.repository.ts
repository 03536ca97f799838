import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@jobunivers/api/database';
import { type EntityManager } from 'typeorm';
import type { VisibilityLevel } from './entities/consent.entity';

export interface InvitationRow {
  id: string;
  status: string;
  created_at: Date;
  answered_at: Date | null;
  request_id: string;
  company_name: string;
  kind: string;
  title: string;
  description: string;
  occupation_code: string;
  postal_code: string;
  hours_per_week: number | null;
  request_status: string;
}

export interface KpiRow {
  candidates_sent: number;
  candidates_accepted: number;
  hires: number;
}

/** The employers module's SQL statements, in one place (services hold the rules). */
@Injectable()
export class EmployersRepository extends SqlRepository {
  /** Accepted candidates the company can see, per request (the level must still not be hidden). */
  async visibleCandidateCounts(requestIds: string[]): Promise<Map<string, number>> {
    if (requestIds.length === 0) return new Map();
    const rows = await this.q<Array<{ request_id: string; n: number }>>(
      `SELECT p.request_id, count(*)::int AS n
         FROM employers.proposal p JOIN employers.visibility v ON v.citizen_id = p.citizen_id AND v.level <> 'hidden'
        WHERE p.request_id = ANY($1::uuid[]) AND p.status = 'accepted'
        GROUP BY p.request_id`,
      [requestIds],
    );
    return new Map(rows.map((r) => [r.request_id, r.n]));
  }

  /** Citizens of the municipality who let employers see them (not hidden). */
  async visibleCitizenIds(municipalityCode: string): Promise<string[]> {
    const rows = await this.q<Array<{ citizen_id: string }>>(
      `SELECT citizen_id FROM employers.visibility WHERE municipality_code = $1 AND level <> 'hidden'`,
      [municipalityCode],
    );
    return rows.map((r) => r.citizen_id);
  }

  /** The accepted candidates of a request with the level each is seen at now. */
  async acceptedCandidates(requestId: string): Promise<
    Array<{
      id: string;
      citizen_id: string;
      level: VisibilityLevel;
      share_email: boolean;
      share_phone: boolean;
      answered_at: Date;
    }>
  > {
    return this.q(
      `SELECT p.id, p.citizen_id, v.level, v.share_email, v.share_phone, p.answered_at
         FROM employers.proposal p JOIN employers.visibility v ON v.citizen_id = p.citizen_id AND v.level <> 'hidden'
        WHERE p.request_id = $1 AND p.status = 'accepted'
        ORDER BY p.answered_at, p.id`,
      [requestId],
    );
  }

  async invitationsOf(citizenId: string, proposalId?: string): Promise<InvitationRow[]> {
    return this.q(
      `SELECT p.id, p.status, p.created_at, p.answered_at, r.id AS request_id, r.company_name, r.kind, r.title, r.description,
              r.occupation_code, r.postal_code, r.hours_per_week, r.status AS request_status
         FROM employers.proposal p JOIN employers.employer_request r ON r.id = p.request_id
        WHERE p.citizen_id = $1 AND ($2::uuid IS NULL OR p.id = $2)
        ORDER BY p.created_at DESC
        LIMIT 100`,
      [citizenId, proposalId ?? null],
    );
  }

  /** Proposals sent in one insert; already proposed citizens are left as they are. Answers the new rows. */
  async insertProposals(
    manager: EntityManager,
    requestId: string,
    municipalityCode: string,
    proposedBy: string,
    citizenIds: string[],
  ): Promise<Array<{ id: string; citizen_id: string }>> {
    return this.q(
      `INSERT INTO employers.proposal (request_id, citizen_id, municipality_code, proposed_by)
       SELECT $1, c, $2, $3 FROM unnest($4::uuid[]) AS c
       ON CONFLICT (request_id, citizen_id) DO NOTHING
       RETURNING id, citizen_id`,
      [requestId, municipalityCode, proposedBy, citizenIds],
      manager,
    );
  }

  /** Requests received in the period (Copenhagen days), with when each was first answered. */
  async requestTimes(
    municipalityCode: string,
    from: string,
    to: string,
  ): Promise<Array<{ created_at: Date; first_response_at: Date | null }>> {
    return this.q(
      `SELECT created_at, first_response_at FROM employers.employer_request
        WHERE municipality_code = $1 AND (created_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN $2::date AND $3::date`,
      [municipalityCode, from, to],
    );
  }

  async kpiCounts(municipalityCode: string, from: string, to: string): Promise<KpiRow> {
    const inPeriod = (column: string) =>
      `(${column} AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN $2::date AND $3::date`;
    const [row] = await this.q<KpiRow[]>(
      `SELECT (SELECT count(*)::int FROM employers.proposal WHERE municipality_code = $1 AND ${inPeriod('created_at')}) AS candidates_sent,
              (SELECT count(*)::int FROM employers.proposal WHERE municipality_code = $1 AND answered_at IS NOT NULL
                  AND status IN ('accepted', 'withdrawn') AND ${inPeriod('created_at')}) AS candidates_accepted,
              (SELECT count(*)::int FROM employers.employer_request WHERE municipality_code = $1 AND outcome = 'hired' AND ${inPeriod('closed_at')})
                + (SELECT count(*)::int FROM employers.placement WHERE municipality_code = $1 AND status = 'hired' AND ${inPeriod('ended_at')}) AS hires`,
      [municipalityCode, from, to],
    );
    return row;
  }

  async upsertCompanyAndUser(
    manager: EntityManager,
    user: { cvr: string; orgName: string; name: string; professionalUuid: string },
  ): Promise<string> {
    await this.q(
      `INSERT INTO employers.company (cvr, name) VALUES ($1, $2) ON CONFLICT (cvr) DO UPDATE SET name = EXCLUDED.name`,
      [user.cvr, user.orgName],
      manager,
    );
    // An employee who moved to another company keeps their UUID: the assertion's CVR decides.
    const [row] = await this.q<Array<{ id: string }>>(
      `INSERT INTO employers.employer_user (cvr, name, professional_uuid, last_sign_in_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (professional_uuid) DO UPDATE SET cvr = EXCLUDED.cvr, name = EXCLUDED.name, last_sign_in_at = now()
       RETURNING id`,
      [user.cvr, user.name, user.professionalUuid],
      manager,
    );
    return row.id;
  }

  /**
   * Retention of these closed cases. Gone with the case: who may see the citizen and their answers (placements stay
   * for the KPIs, without the person).
   */
  async eraseForCitizens(citizenIds: string[], manager: EntityManager): Promise<void> {
    await this.q(`DELETE FROM employers.visibility WHERE citizen_id = ANY($1::uuid[])`, [citizenIds], manager);
    await this.q(
      `DELETE FROM employers.proposal WHERE citizen_id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM employers.placement pl WHERE pl.proposal_id = proposal.id)`,
      [citizenIds],
      manager,
    );
  }
}
