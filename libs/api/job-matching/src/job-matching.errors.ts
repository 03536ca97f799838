import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum JobMatchingErrorCode {
  JoblogEntryNotFound = 'joblog_entry_not_found',
  JobAdNotFound = 'job_ad_not_found',
  JobAdClosed = 'job_ad_closed',
  NotOwnJobAd = 'not_own_job_ad',
  TooManyJobAds = 'too_many_job_ads',
  NoSearchCentre = 'no_search_centre',
  SuggestionNotFound = 'job_suggestion_not_found',
  AlreadySuggested = 'job_already_suggested',
  AlreadyAnswered = 'job_suggestion_answered',
}

export class JobMatchingException extends DomainException<JobMatchingErrorCode> {
  protected describe(code: JobMatchingErrorCode): ProblemSpec {
    switch (code) {
      case JobMatchingErrorCode.JoblogEntryNotFound:
        return { status: 404, title: 'There is no such joblog entry' };
      case JobMatchingErrorCode.JobAdNotFound:
        return { status: 404, title: 'There is no such job ad' };
      case JobMatchingErrorCode.JobAdClosed:
        return { status: 409, title: 'The job ad has expired' };
      case JobMatchingErrorCode.NotOwnJobAd:
        return { status: 403, title: 'Only the municipality or client that added the ad can change it' };
      case JobMatchingErrorCode.TooManyJobAds:
        return { status: 400, title: 'Too many job ads in one request' };
      case JobMatchingErrorCode.NoSearchCentre:
        return { status: 400, title: 'radiusKm needs a centre: postalCode or municipality' };
      case JobMatchingErrorCode.SuggestionNotFound:
        return { status: 404, title: 'There is no such job suggestion' };
      case JobMatchingErrorCode.AlreadySuggested:
        return { status: 409, title: 'This job has already been suggested to the citizen' };
      case JobMatchingErrorCode.AlreadyAnswered:
        return { status: 409, title: 'The suggestion has already been answered' };
    }
  }
}
