import { JobMatchingInit1795354777746 } from './1795354777746-job-matching-init';
import { JobAds1795358724567 } from './1795358724567-job-ads';

export const jobMatchingMigrations = [JobMatchingInit1795354777746, JobAds1795358724567];
