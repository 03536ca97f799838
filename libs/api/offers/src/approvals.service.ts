import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@jobunivers/api/audit';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import { type Page, toPage } from '@jobunivers/api/http';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import { DataSource, Repository } from 'typeorm';
import type { ApplicationDto, ApplicationQueryDto, DecisionDto, PlanItemDto } from './dto/offers.dto';
import { PlanItemEntity } from './entities/plan.entity';
import { placesLeft } from './eligibility';
import { EnrolmentService } from './enrolment.service';
import { OfferViewsService, summaryOf } from './offer-views.service';
import { OffersErrorCode, OffersException } from './offers.errors';

/**
 * The caseworker's approvals: applications for offers that need approval, the inbox and the decision (an approval
 * enrols, or waitlists when the offer is full; a rejection gives the citizen a reason).
 */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectRepository(PlanItemEntity) private readonly items: Repository<PlanItemEntity>,
    private readonly views: OfferViewsService,
    private readonly enrolment: EnrolmentService,
    private readonly cases: CitizenCasesService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** The approval inbox: applications waiting, oldest first (each citizen shown is an audited read). */
  async applications(actor: StaffPrincipal, query: ApplicationQueryDto): Promise<Page<ApplicationDto>> {
    const scope = query.scope ?? (actor.roles.includes('team_lead') ? 'all' : 'me');
    const qb = this.items
      .createQueryBuilder('i')
      .where('i.municipalityCode = :m AND i.status = :s', { m: actor.municipalityCode, s: 'pending_approval' });
    if (scope === 'me') {
      const ids = await this.cases.caseloadIds(actor.id);
      if (ids.length === 0) return toPage([], 0, query);
      qb.andWhere('i.citizenId IN (:...ids)', { ids });
    }
    const [rows, total] = await qb
      .orderBy('i.createdAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    const [cases, offers] = await Promise.all([
      this.cases.casesOf(actor.municipalityCode, [...new Set(rows.map((r) => r.citizenId))]),
      this.views.offersById(rows.map((r) => r.offerId!)),
    ]);
    await this.audit.recordListRead(actor, {
      citizenIds: rows.map((r) => r.citizenId),
      resource: 'plan.applications',
      purpose: (citizenId) => (cases.get(citizenId)?.assignedCaseworkerId === actor.id ? 'caseload' : 'approvals'),
    });
    return toPage(
      rows.map((r) => {
        const offer = offers.get(r.offerId!)!;
        return {
          id: r.id,
          citizenId: r.citizenId,
          citizenName: cases.get(r.citizenId)?.name ?? '',
          offer: summaryOf(offer),
          placesLeft: placesLeft(offer),
          appliedAt: r.createdAt.toISOString(),
        };
      }),
      total,
      query,
    );
  }

  async decide(actor: StaffPrincipal, itemId: string, input: DecisionDto): Promise<PlanItemDto> {
    if (input.decision === 'reject' && !input.reason)
      throw PlatformException.validation([
        { field: 'reason', message: 'reason is required when rejecting: the citizen reads it' },
      ]);
    const found = await this.items.findOneBy({ id: itemId, municipalityCode: actor.municipalityCode });
    if (!found || !found.offerId) throw new OffersException(OffersErrorCode.ApplicationNotFound);
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOne(PlanItemEntity, {
        where: { id: itemId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item || item.status !== 'pending_approval') throw new OffersException(OffersErrorCode.ApplicationDecided);
      await this.cases.authorize(
        actor,
        item.citizenId,
        {
          action: 'update',
          resource: 'plan.application',
          purpose: actor.roles.includes('team_lead') ? undefined : 'approvals',
        },
        manager,
      );
      await manager.update(
        PlanItemEntity,
        { id: item.id },
        { decidedBy: actor.id, decidedAt: new Date(), decisionReason: input.reason || null },
      );
      const title = await this.views.titleOf(manager, item.offerId!);
      if (input.decision === 'reject') {
        await manager.update(PlanItemEntity, { id: item.id }, { status: 'rejected' });
        await this.cases.recordEvent(item.citizenId, 'plan_rejected', title, manager);
      } else {
        await this.cases.recordEvent(item.citizenId, 'plan_approved', title, manager);
        await this.enrolment.enrol(manager, item, title);
      }
    });
    return this.views.itemDto(itemId);
  }
}
