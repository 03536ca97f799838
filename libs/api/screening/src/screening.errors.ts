import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum ScreeningErrorCode {
  QueueItemNotFound = 'queue_item_not_found',
  QueueItemClosed = 'queue_item_closed',
  NoScreeningYet = 'no_screening_yet',
  CaseClosed = 'screening_case_closed',
}

export class ScreeningException extends DomainException<ScreeningErrorCode> {
  protected describe(code: ScreeningErrorCode): ProblemSpec {
    switch (code) {
      case ScreeningErrorCode.QueueItemNotFound:
        return { status: 404, title: 'There is no such screening queue item in your municipality' };
      case ScreeningErrorCode.QueueItemClosed:
        return { status: 409, title: 'The queue item is already resolved or dismissed' };
      case ScreeningErrorCode.NoScreeningYet:
        return { status: 409, title: 'You have not been screened yet, so there is nothing to comment on' };
      case ScreeningErrorCode.CaseClosed:
        return { status: 409, title: 'The case is closed' };
    }
  }
}
