import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum EmployersErrorCode {
  RequestNotFound = 'employer_request_not_found',
  RequestClosed = 'employer_request_closed',
  NotAConsultant = 'not_an_employer_consultant',
  InvitationNotFound = 'employer_invitation_not_found',
  InvitationAnswered = 'employer_invitation_answered',
  NotAccepted = 'employer_invitation_not_accepted',
  CandidateNotFound = 'candidate_not_found',
  NotACandidate = 'not_a_candidate',
  JobAdExists = 'job_ad_exists',
  NotRecruitment = 'not_a_recruitment_request',
  NotPlaceable = 'not_a_placement_request',
  PlacementExists = 'placement_exists',
  PlacementNotFound = 'placement_not_found',
  PlacementEnded = 'placement_ended',
  TooManyMessages = 'too_many_messages',
}

export class EmployersException extends DomainException<EmployersErrorCode> {
  protected describe(code: EmployersErrorCode): ProblemSpec {
    switch (code) {
      case EmployersErrorCode.RequestNotFound:
        return { status: 404, title: 'There is no such request' };
      case EmployersErrorCode.RequestClosed:
        return { status: 409, title: 'The request is closed' };
      case EmployersErrorCode.NotAConsultant:
        return { status: 400, title: 'staffId is not an employer consultant of this municipality' };
      case EmployersErrorCode.InvitationNotFound:
        return { status: 404, title: 'There is no such invitation' };
      case EmployersErrorCode.InvitationAnswered:
        return { status: 409, title: 'You have already answered this invitation' };
      case EmployersErrorCode.NotAccepted:
        return { status: 409, title: 'Only an accepted invitation can be withdrawn' };
      case EmployersErrorCode.CandidateNotFound:
        return { status: 404, title: 'There is no such candidate' };
      case EmployersErrorCode.NotACandidate:
        return {
          status: 400,
          title: 'Each citizen must be an active citizen of the municipality who lets employers see them',
        };
      case EmployersErrorCode.JobAdExists:
        return { status: 409, title: 'The request already has a job ad' };
      case EmployersErrorCode.NotRecruitment:
        return { status: 409, title: 'Only a recruitment request can publish a job ad' };
      case EmployersErrorCode.NotPlaceable:
        return { status: 409, title: 'Only internship and wage-subsidy requests lead to placements' };
      case EmployersErrorCode.PlacementExists:
        return { status: 409, title: 'This candidate already has a placement for the request' };
      case EmployersErrorCode.PlacementNotFound:
        return { status: 404, title: 'There is no such placement' };
      case EmployersErrorCode.PlacementEnded:
        return { status: 409, title: 'The placement has already ended' };
      case EmployersErrorCode.TooManyMessages:
        return { status: 429, title: 'Too many messages in a short time; wait a little and try again' };
    }
  }
}
