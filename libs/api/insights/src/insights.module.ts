import { Module } from '@nestjs/common';
import { CitizensModule } from '@jobunivers/api/citizens';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { MessagingModule } from '@jobunivers/api/messaging';
import { OffersModule } from '@jobunivers/api/offers';
import { ScreeningModule } from '@jobunivers/api/screening';
import { InsightsController } from './insights.controller';
import { InsightsService } from './insights.service';
import { StaffOverviewController } from './staff-overview.controller';
import { StaffOverviewService } from './staff-overview.service';

/** The few result-oriented KPIs, per municipality, team and caseworker, over time. Owns no tables: each module counts its own. */
@Module({
  imports: [CitizensModule, ScreeningModule, MeetingsModule, OffersModule, MessagingModule],
  controllers: [InsightsController, StaffOverviewController],
  providers: [InsightsService, StaffOverviewService],
  exports: [InsightsService],
})
export class InsightsModule {}
