import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PlatformException } from '@jobunivers/api/errors';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import type { EmployerPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { OffersService } from '@jobunivers/api/offers';
import { DataSource, Repository } from 'typeorm';
import type { NewPlacementDto, PlacementDto } from './dto/employers.dto';
import { PlacementEntity, ProposalEntity, VisibilityEntity } from './entities/consent.entity';
import { EmployerRequestEntity } from './entities/employer-request.entity';
import { EmployersErrorCode, EmployersException } from './employers.errors';
import { RequestViewsService } from './request-views.service';

const KIND_TITLE = { internship: 'Virksomhedspraktik', wage_subsidy: 'Løntilskud' } as const;

/**
 * Internship (virksomhedspraktik) and wage-subsidy (løntilskud) agreements: the consultant approves one
 * for a candidate who accepted, it becomes an item on the citizen's plan (offers module), and the
 * company sees it and reports its end or a hire.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectRepository(PlacementEntity) private readonly placements: Repository<PlacementEntity>,
    private readonly requests: RequestViewsService,
    private readonly cases: CitizenCasesService,
    private readonly offers: OffersService,
    private readonly dataSource: DataSource,
  ) {}

  async create(actor: StaffPrincipal, requestId: string, input: NewPlacementDto): Promise<PlacementDto> {
    const request = await this.requests.staffRequest(actor, requestId);
    if (request.kind !== 'internship' && request.kind !== 'wage_subsidy')
      throw new EmployersException(EmployersErrorCode.NotPlaceable);
    if (request.status === 'closed') throw new EmployersException(EmployersErrorCode.RequestClosed);
    if (input.endDate < input.startDate)
      throw PlatformException.validation([{ field: 'endDate', message: 'endDate must not be before startDate' }]);
    const kind = request.kind;
    const saved = await this.dataSource.transaction(async (m) => {
      const proposal = await m.findOne(ProposalEntity, {
        where: { id: input.proposalId, requestId: request.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proposal || proposal.status !== 'accepted')
        throw PlatformException.validation([
          { field: 'proposalId', message: 'proposalId must be a candidate of this request who accepted' },
        ]);
      if (await m.existsBy(PlacementEntity, { proposalId: proposal.id }))
        throw new EmployersException(EmployersErrorCode.PlacementExists);
      const planItemId = await this.offers.addPlacement(
        actor,
        proposal.citizenId,
        {
          title: `${KIND_TITLE[kind]} hos ${request.companyName}, ${input.hoursPerWeek} t/uge`,
          endDate: input.endDate,
        },
        m,
      );
      const placement = await m.save(
        m.create(PlacementEntity, {
          requestId: request.id,
          proposalId: proposal.id,
          citizenId: proposal.citizenId,
          municipalityCode: request.municipalityCode,
          cvr: request.cvr,
          kind,
          startDate: input.startDate,
          endDate: input.endDate,
          hoursPerWeek: input.hoursPerWeek,
          status: 'active',
          planItemId,
          approvedBy: actor.id,
          endedAt: null,
          reportedBy: null,
        }),
      );
      await this.cases.recordEvent(
        proposal.citizenId,
        'employer_placement_agreed',
        { company: request.companyName, kind, start: input.startDate, end: input.endDate },
        m,
      );
      await this.requests.announce(m, request);
      return placement;
    });
    return (await this.dtos([saved], 'staff'))[0];
  }

  async forCompany(employer: EmployerPrincipal): Promise<PlacementDto[]> {
    const rows = await this.placements.find({ where: { cvr: employer.cvr }, order: { startDate: 'DESC', id: 'ASC' } });
    return this.dtos(rows, 'employer');
  }

  async forRequest(requestId: string): Promise<PlacementDto[]> {
    const rows = await this.placements.find({ where: { requestId }, order: { startDate: 'ASC', id: 'ASC' } });
    return this.dtos(rows, 'staff');
  }

  async reportByCompany(employer: EmployerPrincipal, id: string, outcome: 'ended' | 'hired'): Promise<PlacementDto> {
    const row = await this.placements.findOneBy({ id, cvr: employer.cvr });
    if (!row) throw new EmployersException(EmployersErrorCode.PlacementNotFound);
    return this.report(row, outcome, 'employer');
  }

  async reportByStaff(actor: StaffPrincipal, id: string, outcome: 'ended' | 'hired'): Promise<PlacementDto> {
    const row = await this.placements.findOneBy({ id, municipalityCode: actor.municipalityCode });
    if (!row) throw new EmployersException(EmployersErrorCode.PlacementNotFound);
    return this.report(row, outcome, 'staff');
  }

  private async report(row: PlacementEntity, outcome: 'ended' | 'hired', by: 'employer' | 'staff') {
    const saved = await this.dataSource.transaction(async (m) => {
      const current = await m.findOneOrFail(PlacementEntity, {
        where: { id: row.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (current.status !== 'active') throw new EmployersException(EmployersErrorCode.PlacementEnded);
      await m.update(PlacementEntity, { id: row.id }, { status: outcome, endedAt: new Date(), reportedBy: by });
      await this.offers.endPlacement(row.planItemId, m);
      const request = await m.findOneByOrFail(EmployerRequestEntity, { id: row.requestId });
      await this.cases.recordEvent(
        row.citizenId,
        'employer_placement_ended',
        { company: request.companyName, kind: row.kind, outcome },
        m,
      );
      await this.requests.announce(m, request);
      return m.findOneByOrFail(PlacementEntity, { id: row.id });
    });
    return (await this.dtos([saved], by))[0];
  }

  /** Companies see the name only of candidates who chose `named`; staff always. */
  private async dtos(rows: PlacementEntity[], viewer: 'employer' | 'staff'): Promise<PlacementDto[]> {
    const requests = await this.requests.byIds([...new Set(rows.map((r) => r.requestId))]);
    const byMunicipality = new Map<string, string[]>();
    for (const r of rows)
      byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r.citizenId]);
    const names = new Map<string, string>();
    for (const [code, ids] of byMunicipality)
      for (const [id, c] of await this.cases.casesOf(code, ids)) names.set(id, c.name);
    const levels =
      viewer === 'employer' && rows.length
        ? new Map(
            (
              await this.dataSource
                .getRepository(VisibilityEntity)
                .findBy(rows.map((r) => ({ citizenId: r.citizenId })))
            ).map((v) => [v.citizenId, v.level]),
          )
        : new Map<string, string>();
    return rows.map((r) => ({
      id: r.id,
      requestId: r.requestId,
      proposalId: r.proposalId,
      kind: r.kind,
      companyName: requests.get(r.requestId)?.companyName ?? '',
      candidateName:
        viewer === 'staff' || levels.get(r.citizenId) === 'named' ? (names.get(r.citizenId) ?? '') : 'Kandidat',
      startDate: r.startDate,
      endDate: r.endDate,
      hoursPerWeek: r.hoursPerWeek,
      status: r.status,
      endedAt: r.endedAt?.toISOString() ?? null,
    }));
  }
}
