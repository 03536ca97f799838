import { Injectable } from '@nestjs/common';
import { AuditService, resolvePurpose } from '@jobunivers/api/audit';
import { type Page, toPage } from '@jobunivers/api/http';
import { IdentityService } from '@jobunivers/api/identity';
import type { CaseActor, CaseloadEnricher, CaseloadExtras } from './citizen-access';
import { actorOf, maskedCprOf, weeksBetween } from './citizen-case';
import { type CaseloadFilter, type CaseloadOrder, CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';
import type { CitizenListItemDto, CitizenQueryDto } from './dto/citizen.dto';

/**
 * The caseload: the municipality's citizens filtered, sorted and paged, with the columns other modules add
 * (the enrichers: screening's track and queue items, meetings' next meeting); each citizen listed is an audited read.
 */
@Injectable()
export class CaseloadService {
  private readonly enrichers: CaseloadEnricher[] = [];

  constructor(
    private readonly facade: CitizensService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly repository: CitizensRepository,
  ) {}

  /** Other modules add their columns to the caseload list (e.g. screening's track). */
  enrichCaseload(enricher: CaseloadEnricher): void {
    this.enrichers.push(enricher);
  }

  /** Caseload: citizens of the municipality, filtered, sorted, paginated; each one listed is recorded as read. */
  async list(actor: CaseActor, query: CitizenQueryDto): Promise<Page<CitizenListItemDto>> {
    const sort = query.sort ?? 'name';
    const { rows, total } = await this.repository.caseloadPage(
      this.filterOf(actor, query),
      { key: sort.replace('-', '') as CaseloadOrder['key'], desc: sort.startsWith('-') },
      query.limit,
      query.offset,
    );
    const names = await this.identity.staffNames(
      rows.flatMap((r) => (r.assignedCaseworkerId ? [r.assignedCaseworkerId] : [])),
    );
    const extras = new Map<string, Partial<CaseloadExtras>>();
    for (const enricher of this.enrichers) {
      for (const [id, more] of await enricher(rows.map((r) => r.id))) extras.set(id, { ...extras.get(id), ...more });
    }
    // Each citizen shown is a read of their data: one audit row each, in one insert.
    const assigned = new Map(rows.map((row) => [row.id, row.assignedCaseworkerId]));
    await this.audit.recordListRead(actorOf(actor), {
      citizenIds: assigned.keys(),
      resource: 'citizen.list',
      purpose:
        actor.kind === 'client'
          ? resolvePurpose(actor, false)
          : (citizenId) => (assigned.get(citizenId) === actor.id ? 'caseload' : 'caseload overview'),
    });
    const now = new Date();
    return toPage(
      rows.map((c) => ({
        id: c.id,
        cprMasked: maskedCprOf(this.facade.cpr, c),
        name: `${c.firstName} ${c.lastName}`,
        benefitType: c.benefitType,
        unemployedSince: c.unemployedSince,
        weeksUnemployed: weeksBetween(c.unemployedSince, c.closedAt ?? now),
        status: c.status,
        assignedCaseworkerId: c.assignedCaseworkerId,
        assignedCaseworkerName: c.assignedCaseworkerId ? (names.get(c.assignedCaseworkerId) ?? null) : null,
        registeredAt: c.registeredAt.toISOString(),
        track: extras.get(c.id)?.track ?? 'undecided',
        openQueueItems: extras.get(c.id)?.openQueueItems ?? 0,
        nextMeetingAt: extras.get(c.id)?.nextMeetingAt ?? null,
      })),
      total,
      query,
    );
  }

  /** Whose citizens (a caseworker's own by default), which status (active by default), a CPR number or a name. */
  private filterOf(actor: CaseActor, query: CitizenQueryDto): CaseloadFilter {
    const filter: CaseloadFilter = { municipalityCode: actor.municipalityCode, status: query.status ?? 'active' };
    const assignedTo =
      query.assignedTo ?? (actor.kind === 'staff' && !actor.roles.includes('team_lead') ? 'me' : 'all');
    if (assignedTo === 'me') filter.assignedCaseworkerId = actor.id;
    else if (assignedTo === 'unassigned') filter.assignedCaseworkerId = null;
    else if (assignedTo !== 'all') filter.assignedCaseworkerId = assignedTo;
    const q = query.q?.trim();
    if (q && /^\d{6}-?\d{4}$/.test(q)) filter.cprHashes = this.facade.cpr.lookupCandidates(q);
    else if (q) filter.namePattern = `%${q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    return filter;
  }
}
