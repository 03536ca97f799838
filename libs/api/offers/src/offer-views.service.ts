import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import type { OfferDto, OfferSummaryDto, PlanDto, PlanItemDto } from './dto/offers.dto';
import { OfferEntity } from './entities/offer.entity';
import { PlanItemEntity } from './entities/plan.entity';
import { placesLeft } from './eligibility';
import { type OfferSummaryView, OffersRepository, type PlanItemView } from './offers.repository';

/** An offer's title in the timeline's params: Danish `title`, English `titleEn` (the entry is worded in the reader's language). */
export type OfferTitles = { title: string; titleEn: string };
export const titlesOf = (offer: Pick<OfferEntity, 'titleDa' | 'titleEn'>): OfferTitles => ({
  title: offer.titleDa,
  titleEn: offer.titleEn,
});

export const offerDto = (o: OfferEntity): OfferDto => ({
  id: o.id,
  titleDa: o.titleDa,
  titleEn: o.titleEn,
  descriptionDa: o.descriptionDa,
  descriptionEn: o.descriptionEn,
  provider: o.provider,
  kind: o.kind,
  mode: o.mode,
  location: o.location,
  selfPaced: o.selfPaced,
  sessions: o.sessions,
  capacity: o.capacity,
  placesLeft: placesLeft(o),
  benefitTypes: o.benefitTypes,
  tracks: o.tracks,
  requiresApproval: o.requiresApproval,
  skills: o.skills,
  status: o.status,
});
export const summaryOf = (o: OfferSummaryView): OfferSummaryDto => ({
  id: o.id,
  titleDa: o.titleDa,
  titleEn: o.titleEn,
  kind: o.kind,
  mode: o.mode,
  provider: o.provider,
  sessions: o.sessions,
  requiresApproval: o.requiresApproval,
});

/**
 * Offers and plans as the callers see them: offers by id, an offer's titles for the timeline, a citizen's plan and
 * its items with their waitlist positions.
 */
@Injectable()
export class OfferViewsService {
  constructor(
    @InjectRepository(OfferEntity) private readonly offers: Repository<OfferEntity>,
    @InjectRepository(PlanItemEntity) private readonly items: Repository<PlanItemEntity>,
    private readonly repository: OffersRepository,
  ) {}

  async titleOf(manager: EntityManager, offerId: string): Promise<OfferTitles> {
    const offer = await manager.findOne(OfferEntity, {
      where: { id: offerId },
      select: { id: true, titleDa: true, titleEn: true },
    });
    return offer ? titlesOf(offer) : { title: '', titleEn: '' };
  }

  async offersById(ids: string[]): Promise<Map<string, OfferEntity>> {
    const unique = [...new Set(ids.filter(Boolean))];
    return new Map((unique.length ? await this.offers.findBy({ id: In(unique) }) : []).map((o) => [o.id, o]));
  }

  async planOf(citizenId: string): Promise<PlanDto> {
    const [goal, items] = await Promise.all([
      this.repository.planGoal(citizenId),
      this.repository.planItems(citizenId, 500),
    ]);
    return {
      goal: goal ? { text: goal.text, occupations: goal.occupations } : null,
      items: await this.itemDtos(items),
    };
  }

  /** One item as the plan shows it (read again after a write). */
  async itemDto(itemId: string): Promise<PlanItemDto> {
    return (await this.itemDtos([(await this.items.findOneBy({ id: itemId }))!]))[0];
  }

  async itemDtos(items: PlanItemView[]): Promise<PlanItemDto[]> {
    const offerIds = [...new Set(items.flatMap((i) => (i.offerId ? [i.offerId] : [])))];
    const offers = new Map(
      (offerIds.length ? await this.repository.offerSummaries(offerIds) : []).map((o) => [o.id, o]),
    );
    const waitlisted = items.filter((i) => i.status === 'waitlisted');
    const positions = new Map<string, number>();
    if (waitlisted.length) {
      const rows = await this.repository.waitlistPositions(waitlisted.map((i) => i.id));
      for (const r of rows) positions.set(r.id, r.position);
    }
    return items.map((i) => ({
      id: i.id,
      status: i.status,
      offer: i.offerId && offers.get(i.offerId) ? summaryOf(offers.get(i.offerId)!) : null,
      activity: i.offerId ? null : { title: i.activityTitle ?? '', dueDate: i.dueDate },
      waitlistPosition: positions.get(i.id) ?? null,
      suggestionNote: i.suggestionNote,
      decisionReason: i.decisionReason,
      rating: i.rating,
      createdAt: i.createdAt.toISOString(),
    }));
  }
}
