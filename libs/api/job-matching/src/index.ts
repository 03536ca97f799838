export { JobMatchingModule } from './job-matching.module';
export { JobAdsService } from './job-ads.service';
export { MatchingService, type AlertToAnnounce } from './matching.service';
export { JoblogService } from './joblog.service';
export {
  CandidateRankingService,
  type CandidateReasonCode,
  type RankCriteria,
  type RankedCitizen,
} from './candidate-ranking.service';
export { jobMatchingMigrations } from './migrations';
export { generateJobPostings, GENERATED_OCCUPATIONS, prng } from './demo/job-ads.generator';
export type { JobMatchingCaseEvents } from './job-matching.events';
