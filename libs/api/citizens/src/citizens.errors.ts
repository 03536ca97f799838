import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum CitizensErrorCode {
  CitizenNotFound = 'citizen_not_found',
  AlreadyRegistered = 'citizen_already_registered',
  CaseClosed = 'case_closed',
  CaseworkerNotFound = 'caseworker_not_found',
  Anonymised = 'citizen_anonymised',
}

export class CitizensException extends DomainException<CitizensErrorCode> {
  protected describe(code: CitizensErrorCode): ProblemSpec {
    switch (code) {
      case CitizensErrorCode.CitizenNotFound:
        return { status: 404, title: 'There is no such citizen in your municipality' };
      case CitizensErrorCode.AlreadyRegistered:
        return { status: 409, title: 'This CPR number already has an active case in your municipality' };
      case CitizensErrorCode.CaseClosed:
        return { status: 409, title: 'The case is closed' };
      case CitizensErrorCode.CaseworkerNotFound:
        return { status: 400, title: 'There is no such caseworker in your municipality' };
      case CitizensErrorCode.Anonymised:
        return { status: 410, title: "The case's personal data was deleted after the retention period" };
    }
  }
}
