import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum IntegrationErrorCode {
  ClientNotFound = 'api_client_not_found',
  WebhookNotFound = 'webhook_not_found',
  ClientLacksScope = 'api_client_lacks_events_scope',
  InsecureUrl = 'webhook_url_insecure',
  UrlNotPublic = 'webhook_url_not_public',
  UrlUnresolvable = 'webhook_url_unresolvable',
}

export class IntegrationException extends DomainException<IntegrationErrorCode> {
  protected describe(code: IntegrationErrorCode): ProblemSpec {
    switch (code) {
      case IntegrationErrorCode.ClientNotFound:
        return { status: 404, title: 'There is no such API client at your municipality' };
      case IntegrationErrorCode.WebhookNotFound:
        return { status: 404, title: 'The API client has no webhook' };
      case IntegrationErrorCode.ClientLacksScope:
        return { status: 422, title: 'A webhook sends the event feed: the API client needs the scope events:read' };
      case IntegrationErrorCode.InsecureUrl:
        return { status: 422, title: 'A webhook URL must use https in production' };
      case IntegrationErrorCode.UrlNotPublic:
        return {
          status: 400,
          title:
            'The webhook URL leads to an address that is not public (loopback, private, link-local, shared, unique-local, multicast or metadata)',
        };
      case IntegrationErrorCode.UrlUnresolvable:
        return { status: 400, title: 'The webhook URL’s host could not be resolved' };
    }
  }
}
