import { CandidateRankingService } from './candidate-ranking.service';
import { Module } from '@nestjs/common';
import { JobMatchingDataRights } from './job-matching.data-rights';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizensModule } from '@jobunivers/api/citizens';
import { OffersModule } from '@jobunivers/api/offers';
import { ReferenceModule } from '@jobunivers/api/reference';
import { ScreeningModule } from '@jobunivers/api/screening';
import { JobAdsDemoSeed } from './demo/job-ads.demo-seed';
import { JobAdEntity } from './entities/job-ad.entity';
import { JobAlertEntity } from './entities/job-alert.entity';
import { JobFeedbackEntity } from './entities/job-feedback.entity';
import { JobSuggestionEntity } from './entities/job-suggestion.entity';
import { JoblogEntryEntity } from './entities/joblog-entry.entity';
import { MatchAreaEntity } from './entities/match-area.entity';
import { MatchTopStateEntity } from './entities/match-top-state.entity';
import { MatchTopEntity } from './entities/match-top.entity';
import { MatchProfileEntity } from './entities/match-profile.entity';
import { JobAdsController } from './job-ads.controller';
import { JobAdPublishingService } from './job-ad-publishing.service';
import { JobAdSearchService } from './job-ad-search.service';
import { JobAdViewsService } from './job-ad-views.service';
import { JobAdsRepository } from './job-ads.repository';
import { JobAdsService } from './job-ads.service';
import { JobMatchingController } from './job-matching.controller';
import { JoblogRepository } from './joblog.repository';
import { JoblogService } from './joblog.service';
import { JobAlertsService } from './job-alerts.service';
import { JobMatchesService } from './job-matches.service';
import { JobSuggestionsService } from './job-suggestions.service';
import { MatchProfilesService } from './match-profiles.service';
import { MatchTopRepository } from './match-top.repository';
import { MatchTopService } from './match-top.service';
import { MatchingRepository } from './matching.repository';
import { MatchingService } from './matching.service';
import { SavedJobsService } from './saved-jobs.service';
import './job-matching.texts';

/** Job ads (schema.org import/export, search), ranked matches with reasons, suggestions, alerts, and the joblog. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      JobAdEntity,
      MatchProfileEntity,
      MatchAreaEntity,
      MatchTopEntity,
      MatchTopStateEntity,
      JobFeedbackEntity,
      JobSuggestionEntity,
      JobAlertEntity,
      JoblogEntryEntity,
    ]),
    CitizensModule,
    ScreeningModule,
    OffersModule,
    ReferenceModule,
  ],
  controllers: [JobAdsController, JobMatchingController],
  providers: [
    JobMatchingDataRights,
    JobAdsRepository,
    JobAdViewsService,
    JobAdPublishingService,
    JobAdSearchService,
    JobAdsService,
    MatchingRepository,
    MatchTopRepository,
    MatchTopService,
    MatchProfilesService,
    JobMatchesService,
    SavedJobsService,
    JobSuggestionsService,
    JobAlertsService,
    MatchingService,
    JoblogRepository,
    JoblogService,
    JobAdsDemoSeed,
    CandidateRankingService,
  ],
  exports: [JobAdsService, MatchingService, JoblogService, CandidateRankingService],
})
export class JobMatchingModule {}
