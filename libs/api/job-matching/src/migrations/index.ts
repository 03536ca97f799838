import { JobMatchingInit1795354777746 } from './1795354777746-job-matching-init';

export const jobMatchingMigrations = [JobMatchingInit1795354777746];
