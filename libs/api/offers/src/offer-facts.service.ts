import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type IcsEvent, MeetingsService } from '@jobunivers/api/meetings';
import { Repository } from 'typeorm';
import type { OfferDto } from './dto/offers.dto';
import { OfferEntity } from './entities/offer.entity';
import { PlanItemEntity } from './entities/plan.entity';
import { OfferViewsService, offerDto } from './offer-views.service';
import { OffersRepository, type RatingMonthRow } from './offers.repository';

/**
 * What other modules read about offers: the ratings KPI and the overview's count of applications waiting (insights),
 * offers that develop skills (job matching), and the sessions of enrolled offers in the citizen's calendar feed
 * (meetings).
 */
@Injectable()
export class OfferFactsService implements OnModuleInit {
  constructor(
    @InjectRepository(OfferEntity) private readonly offers: Repository<OfferEntity>,
    @InjectRepository(PlanItemEntity) private readonly items: Repository<PlanItemEntity>,
    private readonly views: OfferViewsService,
    private readonly repository: OffersRepository,
    private readonly meetings: MeetingsService,
  ) {}

  onModuleInit(): void {
    this.meetings.addFeedSource(async (owner, since, language) =>
      owner.kind === 'citizen' ? this.sessionEvents(owner.id, since, language) : [],
    );
  }

  /** The sessions of offers the citizen is enrolled in, for their calendar feed. */
  private async sessionEvents(citizenId: string, since: Date, language: 'da' | 'en'): Promise<IcsEvent[]> {
    const enrolled = await this.items.find({
      where: { citizenId, status: 'enrolled' },
      select: { id: true, offerId: true },
    });
    const offers = await this.views.offersById(enrolled.map((i) => i.offerId!));
    return enrolled.flatMap((item) => {
      const offer = offers.get(item.offerId!);
      if (!offer) return [];
      return offer.sessions
        .filter((s) => Date.parse(s.end) >= since.getTime())
        .map((s, n) => ({
          uid: `${item.id}-${n}@jobunivers-offers`,
          // Bumped whenever the offer changes (seconds since the offer module's epoch).
          sequence: Math.max(0, Math.floor(offer.updatedAt.getTime() / 1000) - 1_790_000_000),
          start: new Date(s.start),
          end: new Date(s.end),
          stamp: offer.updatedAt,
          status: 'CONFIRMED' as const,
          summary: language === 'en' ? offer.titleEn : offer.titleDa,
          description: `${offer.provider}\n${language === 'en' ? offer.descriptionEn : offer.descriptionDa}`,
          location: offer.location,
          url: null,
        }));
    });
  }

  /** KPI: the citizens' ratings of offers per month rated (Copenhagen time), as counts of 1…5. */
  ratingStats(municipalityCode: string, citizenIds: string[] | null, from: Date, to: Date): Promise<RatingMonthRow[]> {
    return this.repository.ratingStats(municipalityCode, citizenIds, from, to);
  }

  /** Mit overblik: applications of these citizens waiting for approval. A count only: no citizen is read. */
  async pendingApprovalCount(municipalityCode: string, citizenIds: string[]): Promise<number> {
    if (citizenIds.length === 0) return 0;
    return this.items
      .createQueryBuilder('i')
      .where('i.municipalityCode = :m AND i.status = :s AND i.citizenId IN (:...ids)', {
        m: municipalityCode,
        s: 'pending_approval',
        ids: citizenIds,
      })
      .getCount();
  }

  /** Published offers that develop any of these skills (for other modules, e.g. job matching's skill gaps). */
  async offersDeveloping(municipalityCode: string, skillIds: string[]): Promise<OfferDto[]> {
    if (skillIds.length === 0) return [];
    const rows = await this.offers
      .createQueryBuilder('o')
      .where(`o.municipalityCode = :m AND o.status = 'published' AND o.skills && :skills`, {
        m: municipalityCode,
        skills: skillIds,
      })
      .orderBy('o.titleDa')
      .take(50)
      .getMany();
    return rows.map(offerDto);
  }
}
