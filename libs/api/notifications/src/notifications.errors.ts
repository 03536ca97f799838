import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum NotificationsErrorCode {
  NotificationNotFound = 'notification_not_found',
  SubscriptionNotFound = 'push_subscription_not_found',
  BadPushEndpoint = 'bad_push_endpoint',
  PushEndpointNotAllowed = 'push_endpoint_not_allowed',
  AnnouncementNotFound = 'announcement_not_found',
  LetterNotFound = 'letter_not_found',
}

export class NotificationsException extends DomainException<NotificationsErrorCode> {
  protected describe(code: NotificationsErrorCode): ProblemSpec {
    switch (code) {
      case NotificationsErrorCode.NotificationNotFound:
        return { status: 404, title: 'There is no such notification' };
      case NotificationsErrorCode.SubscriptionNotFound:
        return { status: 404, title: 'There is no such push subscription' };
      case NotificationsErrorCode.BadPushEndpoint:
        return { status: 400, title: 'The push endpoint must be an https URL of a push service' };
      case NotificationsErrorCode.PushEndpointNotAllowed:
        return { status: 400, title: 'The push endpoint is not at a push service this server sends to' };
      case NotificationsErrorCode.AnnouncementNotFound:
        return { status: 404, title: 'There is no such announcement' };
      case NotificationsErrorCode.LetterNotFound:
        return { status: 404, title: 'There is no such letter to print in your municipality' };
    }
  }
}
