import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum AuditErrorCode {
  PurposeRequired = 'access_purpose_required',
}

export class AuditException extends DomainException<AuditErrorCode> {
  protected describe(code: AuditErrorCode): ProblemSpec {
    switch (code) {
      case AuditErrorCode.PurposeRequired:
        return { status: 403, title: 'A purpose is needed to open a citizen outside your caseload' };
    }
  }
}
