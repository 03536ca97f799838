import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertCaseActive, CitizenCasesService, type CaseActor, type CitizenCase } from '@jobunivers/api/citizens';
import { PlatformException } from '@jobunivers/api/errors';
import type { CitizenPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { ReferenceService } from '@jobunivers/api/reference';
import { ScreeningService } from '@jobunivers/api/screening';
import { todayInCopenhagen } from '@jobunivers/api/time';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import type { ActivityInputDto, GoalDto, PatchItemDto, PlanDto, PlanItemDto } from './dto/offers.dto';
import { OfferEntity } from './entities/offer.entity';
import { type ItemStatus, PlanGoalEntity, PlanItemEntity } from './entities/plan.entity';
import { isEligible } from './eligibility';
import { EnrolmentService } from './enrolment.service';
import { OfferViewsService, titlesOf } from './offer-views.service';
import { OffersErrorCode, OffersException } from './offers.errors';

/** An own activity's deadline is today or later (Copenhagen); none is fine. */
function assertDueDateAhead(dueDate: string | null | undefined): void {
  if (dueDate && dueDate < todayInCopenhagen())
    throw new OffersException(
      OffersErrorCode.DueDateInPast,
      `The deadline ${dueDate} has passed; choose today or a later day.`,
    );
}

/** A new item on the citizen's plan, every optional field empty. */
export function blankItem(kase: CitizenCase): Partial<PlanItemEntity> {
  return {
    citizenId: kase.id,
    municipalityCode: kase.municipalityCode,
    offerId: null,
    activityTitle: null,
    dueDate: null,
    waitlistedAt: null,
    suggestedBy: null,
    suggestionNote: null,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    rating: null,
    ratedAt: null,
  };
}

/**
 * The citizen's plan (forløb): the job goal, offers and own activities on it and their status (complete, drop,
 * accept or decline a suggestion, rate); the caseworker reads the plan and suggests offers.
 */
@Injectable()
export class PlanService {
  constructor(
    @InjectRepository(PlanItemEntity) private readonly items: Repository<PlanItemEntity>,
    @InjectRepository(PlanGoalEntity) private readonly goals: Repository<PlanGoalEntity>,
    private readonly views: OfferViewsService,
    private readonly enrolment: EnrolmentService,
    private readonly cases: CitizenCasesService,
    private readonly screening: ScreeningService,
    private readonly reference: ReferenceService,
    private readonly dataSource: DataSource,
  ) {}

  async myPlan(citizen: CitizenPrincipal): Promise<PlanDto> {
    return this.views.planOf(citizen.id);
  }

  async setGoal(citizen: CitizenPrincipal, input: GoalDto): Promise<PlanDto> {
    await this.cases.activeCase(citizen.id);
    const unknown = await this.reference.unknownOccupations(input.occupations);
    if (unknown.length)
      throw PlatformException.validation(
        unknown.map((code) => ({ field: 'occupations', message: `${code} is not an ISCO-08 unit group` })),
      );
    await this.goals.upsert({ citizenId: citizen.id, text: input.text, occupations: input.occupations }, ['citizenId']);
    return this.views.planOf(citizen.id);
  }

  async addItem(
    citizen: CitizenPrincipal,
    input: { offerId?: string; activity?: ActivityInputDto },
  ): Promise<PlanItemDto> {
    if (!!input.offerId === !!input.activity)
      throw PlatformException.validation([{ field: 'offerId', message: 'give either offerId or activity' }]);
    const kase = await this.cases.activeCase(citizen.id);
    if (input.activity) {
      assertDueDateAhead(input.activity.dueDate);
      const item = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(PlanItemEntity, {
            ...blankItem(kase),
            activityTitle: input.activity!.title,
            dueDate: input.activity!.dueDate ?? null,
            status: 'planned',
          }),
        );
        await this.cases.recordEvent(kase.id, 'plan_activity_added', { title: saved.activityTitle! }, manager);
        return saved;
      });
      return (await this.views.itemDtos([item]))[0];
    }
    const offer = await this.eligibleOffer(kase, input.offerId!);
    const item = await this.onPlanOnce(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(PlanItemEntity, { ...blankItem(kase), offerId: offer.id, status: 'planned' }),
        );
        return this.enrolment.takePlaceOrApply(manager, saved, offer);
      }),
    );
    return (await this.views.itemDtos([item]))[0];
  }

  async patchItem(citizen: CitizenPrincipal, id: string, input: PatchItemDto): Promise<PlanItemDto> {
    const item = await this.items.findOneBy({ id, citizenId: citizen.id });
    if (!item) throw new OffersException(OffersErrorCode.ItemNotFound);
    if (input.activity) {
      if (item.offerId)
        throw new OffersException(OffersErrorCode.ItemNotChangeable, 'Only your own activities can be edited.');
      if (input.activity.dueDate !== item.dueDate) assertDueDateAhead(input.activity.dueDate);
      await this.items.update(
        { id: item.id },
        { activityTitle: input.activity.title, dueDate: input.activity.dueDate ?? null },
      );
    }
    if (input.status) {
      const kase = await this.cases.activeCase(citizen.id);
      await this.onPlanOnce(() =>
        this.dataSource.transaction(async (manager) => {
          const current = await manager.findOne(PlanItemEntity, {
            where: { id: item.id },
            lock: { mode: 'pessimistic_write' },
          });
          if (!current) throw new OffersException(OffersErrorCode.ItemNotFound);
          await this.changeStatus(manager, kase, current, input.status!);
        }),
      );
    }
    return this.views.itemDto(item.id);
  }

  /** The citizen rates an offer they are on or have completed (1–5; a new rating replaces the old). */
  async rateItem(citizen: CitizenPrincipal, id: string, score: number): Promise<PlanItemDto> {
    const item = await this.items.findOneBy({ id, citizenId: citizen.id });
    if (!item) throw new OffersException(OffersErrorCode.ItemNotFound);
    if (!item.offerId || !['enrolled', 'completed'].includes(item.status))
      throw new OffersException(
        OffersErrorCode.ItemNotChangeable,
        'Only an offer you are on or have completed can be rated.',
      );
    await this.items.update({ id: item.id }, { rating: score, ratedAt: new Date() });
    return this.views.itemDto(item.id);
  }

  /** Dropping an item frees its place (the waitlist moves up in the same transaction). */
  async dropItem(citizen: CitizenPrincipal, id: string): Promise<PlanItemDto> {
    const item = await this.items.findOneBy({ id, citizenId: citizen.id });
    if (!item) throw new OffersException(OffersErrorCode.ItemNotFound);
    if (['dropped', 'rejected', 'declined', 'completed'].includes(item.status))
      return (await this.views.itemDtos([item]))[0];
    return this.patchItem(citizen, id, { status: 'dropped' });
  }

  // ── staff ───────────────────────────────────────────────────────────────────

  async planFor(actor: CaseActor, citizenId: string, purpose?: string): Promise<PlanDto> {
    const kase = await this.cases.authorize(actor, citizenId, { action: 'read', resource: 'plan', purpose });
    return this.views.planOf(kase.id);
  }

  async suggest(
    actor: StaffPrincipal,
    citizenId: string,
    offerId: string,
    note: string | undefined,
    purpose?: string,
  ): Promise<PlanItemDto> {
    const item = await this.onPlanOnce(() =>
      this.dataSource.transaction(async (manager) => {
        const kase = await this.cases.authorize(
          actor,
          citizenId,
          { action: 'update', resource: 'plan', purpose },
          manager,
        );
        assertCaseActive(kase);
        const offer = await this.eligibleOffer(kase, offerId, manager);
        const saved = await manager.save(
          manager.create(PlanItemEntity, {
            ...blankItem(kase),
            offerId: offer.id,
            status: 'suggested',
            suggestedBy: actor.id,
            suggestionNote: note || null,
          }),
        );
        await this.cases.recordEvent(kase.id, 'plan_suggested', titlesOf(offer), manager);
        return saved;
      }),
    );
    return (await this.views.itemDtos([item]))[0];
  }

  // ── internals ───────────────────────────────────────────────────────────────

  private async changeStatus(
    manager: EntityManager,
    kase: CitizenCase,
    item: PlanItemEntity,
    to: 'completed' | 'dropped' | 'accepted' | 'declined',
  ): Promise<void> {
    const from = item.status;
    const allowed: Record<typeof to, ItemStatus[]> = {
      completed: ['planned', 'enrolled'],
      dropped: ['planned', 'pending_approval', 'enrolled', 'waitlisted'],
      accepted: ['suggested'],
      declined: ['suggested'],
    };
    if (!allowed[to].includes(from))
      throw new OffersException(OffersErrorCode.ItemNotChangeable, `A ${from} item cannot be ${to}.`);
    if (to === 'accepted') {
      const offer = await this.eligibleOffer(kase, item.offerId!, manager);
      await this.enrolment.takePlaceOrApply(manager, item, offer);
      return;
    }
    await manager.update(PlanItemEntity, { id: item.id }, { status: to, waitlistedAt: null });
    if (from === 'enrolled' && item.offerId && to === 'dropped') await this.enrolment.release(manager, item.offerId);
    if (item.offerId)
      await this.cases.recordEvent(kase.id, `plan_${to}`, await this.views.titleOf(manager, item.offerId), manager);
  }

  private async eligibleOffer(
    kase: CitizenCase,
    offerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OfferEntity> {
    const offer = await manager.findOneBy(OfferEntity, { id: offerId, municipalityCode: kase.municipalityCode });
    if (!offer || offer.status !== 'published') throw new OffersException(OffersErrorCode.OfferNotFound);
    const track = (await this.screening.tracksOf([kase.id], manager)).get(kase.id) ?? 'undecided';
    if (!isEligible(offer, { benefitType: kase.benefitType, track }))
      throw new OffersException(OffersErrorCode.NotEligible);
    return offer;
  }

  /** The unique index allows an offer once per plan while active; a second time is a 409. */
  private async onPlanOnce<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string; constraint?: string }).constraint === 'plan_item_active_offer_uq'
      )
        throw new OffersException(OffersErrorCode.AlreadyOnPlan);
      throw error;
    }
  }
}
