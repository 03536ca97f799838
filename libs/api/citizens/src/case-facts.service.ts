import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import type { CitizenCase } from './citizen-access';
import { assertCaseActive, toCase } from './citizen-case';
import { CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';
import { CitizenEntity } from './entities/citizen.entity';

/**
 * What other modules read about cases, without an access check (they have their own): a case by id and whether it is
 * active, batches for scheduled scans, the cases of a list, caseloads, cohorts by start of unemployment and a
 * person's earlier cases. (The KPI counts, case ids and outcomes per month, are the repository's statements as they
 * are.)
 */
@Injectable()
export class CaseFactsService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    private readonly facade: CitizensService,
    private readonly dataSource: DataSource,
    private readonly repository: CitizensRepository,
  ) {}

  /** A case by id, no access check (for the citizen's own routes and background work). */
  async caseOf(citizenId: string, manager?: EntityManager): Promise<CitizenCase | undefined> {
    const citizen = await (manager ?? this.dataSource.manager).findOneBy(CitizenEntity, { id: citizenId });
    return citizen ? toCase(citizen) : undefined;
  }

  /**
   * The citizen's case, which must be active: a closed case answers 409 `case_closed` in every module
   * (booking, plan, joblog, screening, messages). On `manager`'s connection inside a transaction.
   */
  async activeCase(citizenId: string, manager?: EntityManager): Promise<CitizenCase> {
    return assertCaseActive(await this.caseOf(citizenId, manager));
  }

  /** Active cases in id order, a batch at a time (for scheduled scans). */
  async activeCases(
    afterId: string | undefined,
    limit: number,
    municipalityCode?: string,
    manager?: EntityManager,
  ): Promise<CitizenCase[]> {
    const qb = (manager?.getRepository(CitizenEntity) ?? this.citizens)
      .createQueryBuilder('c')
      .where(`c.status = 'active'`);
    if (afterId) qb.andWhere('c.id > :afterId', { afterId });
    if (municipalityCode) qb.andWhere('c.municipalityCode = :municipalityCode', { municipalityCode });
    return (await qb.orderBy('c.id').take(limit).getMany()).map(toCase);
  }

  /** Cases by id (for lists other modules show), only within one municipality. */
  async casesOf(municipalityCode: string, ids: string[]): Promise<Map<string, CitizenCase>> {
    if (ids.length === 0) return new Map();
    const rows = await this.citizens.find({ where: { id: In([...new Set(ids)]), municipalityCode } });
    return new Map(rows.map((r) => [r.id, toCase(r)]));
  }

  /**
   * Cases of a municipality whose unemployment started between two days (inclusive), active or
   * closed, optionally of one benefit type or among given ids (the contact rules' cohorts and KPIs).
   */
  async casesStarted(
    municipalityCode: string,
    from: string,
    to: string,
    filter: { benefitType?: string; ids?: string[] | null } = {},
    manager?: EntityManager,
  ): Promise<CitizenCase[]> {
    const qb = (manager?.getRepository(CitizenEntity) ?? this.citizens)
      .createQueryBuilder('c')
      .where('c.municipalityCode = :m AND c.unemployedSince BETWEEN :from AND :to', { m: municipalityCode, from, to });
    if (filter.benefitType) qb.andWhere('c.benefitType = :b', { b: filter.benefitType });
    if (filter.ids) qb.andWhere('c.id = ANY(:ids::uuid[])', { ids: filter.ids });
    return (await qb.orderBy('c.id').getMany()).map(toCase);
  }

  /** How many cases of a benefit type started between two days (inclusive), in one municipality. */
  async countStarted(
    municipalityCode: string,
    benefitType: string,
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<number> {
    return (manager?.getRepository(CitizenEntity) ?? this.citizens)
      .createQueryBuilder('c')
      .where('c.municipalityCode = :m AND c.benefitType = :b AND c.unemployedSince BETWEEN :from AND :to', {
        m: municipalityCode,
        b: benefitType,
        from,
        to,
      })
      .getCount();
  }

  /** Ids of a caseworker's active caseload. */
  async caseloadIds(caseworkerId: string): Promise<string[]> {
    return (
      await this.citizens.find({
        select: { id: true },
        where: { assignedCaseworkerId: caseworkerId, status: 'active' },
      })
    ).map((c) => c.id);
  }

  /** Earlier, closed cases of the same person in any municipality (a screening indicator). */
  async earlierCases(citizenId: string, manager?: EntityManager): Promise<number> {
    const encrypted = await this.repository.encryptedCpr(citizenId, manager);
    if (!encrypted) return 0;
    // By every look-up value the person's cases may hold while a key rotation is under way.
    const hashes = this.facade.cpr.lookupCandidates(this.facade.cpr.decrypt(encrypted, citizenId));
    return this.repository.closedCasesOf(hashes, citizenId, manager);
  }
}
