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
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
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
  providers: [OffersDataRights, OffersService, OffersDemoSeed],
  exports: [OffersService],
})
export class OffersModule {}
