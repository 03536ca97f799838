import { Injectable } from '@nestjs/common';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import type { EntityManager } from 'typeorm';
import { OfferEntity } from './entities/offer.entity';
import { PlanItemEntity } from './entities/plan.entity';
import { OfferViewsService, type OfferTitles, titlesOf } from './offer-views.service';
import { OffersRepository } from './offers.repository';

/**
 * Capacity and waitlists. Places are taken only by a conditional UPDATE of the offer row (`enrolled < capacity`)
 * under a CHECK constraint, so capacity holds under any concurrency; a full offer waitlists, and a freed place goes
 * to the longest-waiting citizen in the same transaction. Every method writes in the caller's transaction.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly repository: OffersRepository,
    private readonly views: OfferViewsService,
    private readonly cases: CitizenCasesService,
  ) {}

  /** Enrol if a place is free (atomic), else waitlist; an offer needing approval becomes an application. */
  async takePlaceOrApply(manager: EntityManager, item: PlanItemEntity, offer: OfferEntity): Promise<PlanItemEntity> {
    const title = titlesOf(offer);
    if (offer.requiresApproval) {
      await manager.update(PlanItemEntity, { id: item.id }, { status: 'pending_approval' });
      await this.cases.recordEvent(item.citizenId, 'plan_applied', title, manager);
    } else await this.enrol(manager, item, title);
    return (await manager.findOneBy(PlanItemEntity, { id: item.id }))!;
  }

  async enrol(manager: EntityManager, item: PlanItemEntity, title: OfferTitles): Promise<void> {
    if (await this.repository.takePlace(manager, item.offerId!)) {
      await manager.update(PlanItemEntity, { id: item.id }, { status: 'enrolled', waitlistedAt: null });
      await this.cases.recordEvent(item.citizenId, 'plan_enrolled', title, manager);
    } else {
      await manager.update(PlanItemEntity, { id: item.id }, { status: 'waitlisted', waitlistedAt: new Date() });
      await this.cases.recordEvent(item.citizenId, 'plan_waitlisted', title, manager);
    }
  }

  /** An enrolled citizen left the offer: the place is freed and goes to the next on the waitlist. */
  async release(manager: EntityManager, offerId: string): Promise<void> {
    await this.repository.releasePlace(manager, offerId);
    await this.promote(manager, offerId);
  }

  /** Free places go to the longest-waiting citizens, one conditional UPDATE per place. */
  async promote(manager: EntityManager, offerId: string): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      const next = await this.repository.nextWaitlisted(manager, offerId);
      if (!next) return;
      if (!(await this.repository.takePlace(manager, offerId))) return;
      await manager.update(PlanItemEntity, { id: next.id }, { status: 'enrolled', waitlistedAt: null });
      await this.cases.recordEvent(
        next.citizen_id,
        'plan_promoted',
        await this.views.titleOf(manager, offerId),
        manager,
      );
    }
  }
}
