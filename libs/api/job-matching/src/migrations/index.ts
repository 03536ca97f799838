import { JobMatchingInit1795354777746 } from './1795354777746-job-matching-init';
import { JobAds1795358724567 } from './1795358724567-job-ads';
import { JobAlertIndex1795364000000 } from './1795364000000-job-alert-index';
import { AlertPrefilter1796700000000 } from './1796700000000-alert-prefilter';
import { MatchTop1796800000000 } from './1796800000000-match-top';

export const jobMatchingMigrations = [
  JobMatchingInit1795354777746,
  JobAds1795358724567,
  JobAlertIndex1795364000000,
  AlertPrefilter1796700000000,
  MatchTop1796800000000,
];
