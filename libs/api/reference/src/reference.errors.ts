import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum ReferenceErrorCode {
  MunicipalityNotFound = 'municipality_not_found',
  PostalCodeNotFound = 'postal_code_not_found',
  OccupationNotFound = 'occupation_not_found',
}

export class ReferenceException extends DomainException<ReferenceErrorCode> {
  protected describe(code: ReferenceErrorCode): ProblemSpec {
    switch (code) {
      case ReferenceErrorCode.MunicipalityNotFound:
        return { status: 404, title: 'There is no municipality with this code' };
      case ReferenceErrorCode.PostalCodeNotFound:
        return { status: 404, title: 'There is no such postal code' };
      case ReferenceErrorCode.OccupationNotFound:
        return { status: 404, title: 'There is no such occupation (ISCO-08 unit group)' };
    }
  }
}
