import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum ScreeningErrorCode {
  QueueItemNotFound = 'queue_item_not_found',
  QueueItemClosed = 'queue_item_closed',
  NoScreeningYet = 'no_screening_yet',
  ExemptionQuotaExceeded = 'exemption_quota_exceeded',
  ExemptionNotApplicable = 'exemption_not_applicable',
  AlreadyExempt = 'already_exempt',
  NotExempt = 'not_exempt',
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
      case ScreeningErrorCode.ExemptionQuotaExceeded:
        return {
          status: 409,
          title:
            'The exemption would put the municipality above the allowed share of exempt citizens in this target group and cohort',
        };
      case ScreeningErrorCode.ExemptionNotApplicable:
        return { status: 409, title: 'The contact rules that apply to this citizen allow no exemption' };
      case ScreeningErrorCode.AlreadyExempt:
        return { status: 409, title: 'The citizen is already exempt' };
      case ScreeningErrorCode.NotExempt:
        return { status: 404, title: 'The citizen is not exempt' };
    }
  }
}
