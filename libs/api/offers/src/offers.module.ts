import { Module } from '@nestjs/common';
import { OffersDataRights } from './offers.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { ReferenceModule } from '@jobunivers/api/reference';
import { ScreeningModule } from '@jobunivers/api/screening';
import { OffersDemoSeed } from './demo/offers.demo-seed';
import { OfferEntity } from './entities/offer.entity';
import { PlanGoalEntity, PlanItemEntity } from './entities/plan.entity';
import { ApprovalsService } from './approvals.service';
import { CatalogueService } from './catalogue.service';
import { EnrolmentService } from './enrolment.service';
import { OfferFactsService } from './offer-facts.service';
import { OfferViewsService } from './offer-views.service';
import { OffersController } from './offers.controller';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';
import { PlanPlacementsService } from './plan-placements.service';
import { PlanService } from './plan.service';
import './offers.texts';

/** The offer catalogue, the citizen's plan (forløb), applications and approvals, capacity and waitlists. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OfferEntity, PlanItemEntity, PlanGoalEntity]),
    CitizensModule,
    ScreeningModule,
    MeetingsModule,
    ReferenceModule,
  ],
  controllers: [OffersController],
  providers: [
    OffersRepository,
    OfferViewsService,
    EnrolmentService,
    CatalogueService,
    PlanService,
    ApprovalsService,
    PlanPlacementsService,
    OfferFactsService,
    OffersService,
    OffersDataRights,
    OffersDemoSeed,
  ],
  exports: [OffersService],
})
export class OffersModule {}
