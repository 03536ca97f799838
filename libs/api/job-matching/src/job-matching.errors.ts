import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum JobMatchingErrorCode {
  JoblogEntryNotFound = 'joblog_entry_not_found',
  JobAdsNotAvailable = 'job_ads_not_available',
  CaseClosed = 'job_matching_case_closed',
}

export class JobMatchingException extends DomainException<JobMatchingErrorCode> {
  protected describe(code: JobMatchingErrorCode): ProblemSpec {
    switch (code) {
      case JobMatchingErrorCode.JoblogEntryNotFound:
        return { status: 404, title: 'There is no such joblog entry' };
      case JobMatchingErrorCode.JobAdsNotAvailable:
        return { status: 422, title: 'Job ads are not in the system yet: give employer and title yourself' };
      case JobMatchingErrorCode.CaseClosed:
        return { status: 409, title: 'The case is closed' };
    }
  }
}
