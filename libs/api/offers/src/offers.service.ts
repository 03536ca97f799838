import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import type { EntityManager } from 'typeorm';
import type { OfferDto } from './dto/offers.dto';
import { OfferFactsService } from './offer-facts.service';
import { PlanPlacementsService } from './plan-placements.service';

/**
 * The facade other modules call. Offers work by concern behind it:
 * - `CatalogueService`: the municipality's catalogue (create, change, search, one offer);
 * - `PlanService`: the citizen's plan (goal, offers and own activities, their status, ratings) and the
 *   caseworker's view of it and suggestions;
 * - `ApprovalsService`: the approval inbox and decisions;
 * - `EnrolmentService`: capacity and waitlists — places are taken only by a conditional UPDATE of the offer row
 *   (`enrolled < capacity`) under a CHECK constraint, so capacity holds under any concurrency; a full offer
 *   waitlists, and a freed place goes to the longest-waiting citizen in the same transaction;
 * - `PlanPlacementsService`: placements with companies as plan items (the employers module);
 * - `OfferFactsService`: what other modules read (KPIs, the overview's count, offers by skill, calendar-feed events);
 * - `OfferViewsService`: offers and plan items as the callers see them;
 * - `OffersRepository`: the SQL.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly placements: PlanPlacementsService,
    private readonly facts: OfferFactsService,
  ) {}

  /**
   * An internship or wage-subsidy agreement with a company, approved by the consultant: an item on the
   * citizen's plan, under way until its end date. Written in the caller's transaction; answers the item's id.
   */
  addPlacement(
    actor: StaffPrincipal,
    citizenId: string,
    input: { title: string; endDate: string },
    manager: EntityManager,
  ): Promise<string> {
    return this.placements.addPlacement(actor, citizenId, input, manager);
  }

  /** A placement's end (or hire): its plan item is completed. */
  endPlacement(itemId: string, manager: EntityManager): Promise<void> {
    return this.placements.endPlacement(itemId, manager);
  }

  /** KPI: the citizens' ratings of offers per month rated (Copenhagen time), as counts of 1…5. */
  ratingStats(
    municipalityCode: string,
    citizenIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<Array<{ month: string; ratings: number[] }>> {
    return this.facts.ratingStats(municipalityCode, citizenIds, from, to);
  }

  /** Mit overblik: applications of these citizens waiting for approval. A count only: no citizen is read. */
  pendingApprovalCount(municipalityCode: string, citizenIds: string[]): Promise<number> {
    return this.facts.pendingApprovalCount(municipalityCode, citizenIds);
  }

  /** Published offers that develop any of these skills (for other modules, e.g. job matching's skill gaps). */
  offersDeveloping(municipalityCode: string, skillIds: string[]): Promise<OfferDto[]> {
    return this.facts.offersDeveloping(municipalityCode, skillIds);
  }
}
