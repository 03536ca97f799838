export { JobMatchingModule } from './job-matching.module';
export { JoblogService } from './joblog.service';
export { jobMatchingMigrations } from './migrations';
