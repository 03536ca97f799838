import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum OffersErrorCode {
  OfferNotFound = 'offer_not_found',
  NotEligible = 'offer_not_eligible',
  AlreadyOnPlan = 'offer_already_on_plan',
  ItemNotFound = 'plan_item_not_found',
  ItemNotChangeable = 'plan_item_not_changeable',
  ApplicationNotFound = 'application_not_found',
  ApplicationDecided = 'application_decided',
  CapacityBelowEnrolled = 'capacity_below_enrolled',
  DueDateInPast = 'activity_due_date_past',
}

export class OffersException extends DomainException<OffersErrorCode> {
  protected describe(code: OffersErrorCode): ProblemSpec {
    switch (code) {
      case OffersErrorCode.OfferNotFound:
        return { status: 404, title: 'There is no such offer' };
      case OffersErrorCode.NotEligible:
        return { status: 409, title: 'The offer is not open to this citizen' };
      case OffersErrorCode.AlreadyOnPlan:
        return { status: 409, title: 'The offer is already on the plan' };
      case OffersErrorCode.ItemNotFound:
        return { status: 404, title: 'There is no such plan item' };
      case OffersErrorCode.ItemNotChangeable:
        return { status: 409, title: 'The plan item cannot be changed that way now' };
      case OffersErrorCode.ApplicationNotFound:
        return { status: 404, title: 'There is no such application in your municipality' };
      case OffersErrorCode.ApplicationDecided:
        return { status: 409, title: 'The application has already been decided' };
      case OffersErrorCode.CapacityBelowEnrolled:
        return { status: 409, title: 'The capacity cannot be lower than the places already taken' };
      case OffersErrorCode.DueDateInPast:
        return { status: 400, title: 'The activity’s deadline is in the past' };
    }
  }
}
