import { Injectable } from '@nestjs/common';
import { CitizenCasesService } from '@jobunivers/api/citizens';
import type { StaffPrincipal } from '@jobunivers/api/identity';
import type { EntityManager } from 'typeorm';
import { PlanItemEntity } from './entities/plan.entity';
import { blankItem } from './plan.service';

/**
 * Placements with companies (the employers module) on the citizen's plan: an internship or wage subsidy is an item
 * under way until it ends. Both writes are in the employers module's transaction.
 */
@Injectable()
export class PlanPlacementsService {
  constructor(private readonly cases: CitizenCasesService) {}

  /**
   * An internship or wage-subsidy agreement with a company, approved by the consultant: an item on the
   * citizen's plan, under way until its end date. Written in the caller's transaction; answers the item's id.
   */
  async addPlacement(
    actor: StaffPrincipal,
    citizenId: string,
    input: { title: string; endDate: string },
    manager: EntityManager,
  ): Promise<string> {
    const kase = await this.cases.activeCase(citizenId, manager);
    const saved = await manager.save(
      manager.create(PlanItemEntity, {
        ...blankItem(kase),
        activityTitle: input.title.slice(0, 200),
        dueDate: input.endDate,
        status: 'enrolled',
        decidedBy: actor.id,
        decidedAt: new Date(),
      }),
    );
    return saved.id;
  }

  /** A placement's end (or hire): its plan item is completed. */
  async endPlacement(itemId: string, manager: EntityManager): Promise<void> {
    await manager.update(PlanItemEntity, { id: itemId, status: 'enrolled' }, { status: 'completed' });
  }
}
