import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum IdentityErrorCode {
  NotSignedIn = 'not_signed_in',
  AccessDenied = 'access_denied',
  CsrfTokenInvalid = 'csrf_token_invalid',
  DevModeOnly = 'dev_mode_only',
  UnknownDemoUser = 'unknown_demo_user',
  InvalidClient = 'invalid_client',
  UnsupportedGrantType = 'unsupported_grant_type',
  InvalidScope = 'invalid_scope',
  ClientBlocked = 'client_blocked',
  ApiClientNotFound = 'api_client_not_found',
  RateLimited = 'rate_limited',
  StaffUserNotFound = 'staff_user_not_found',
}

/** Identity errors; the OAuth2 token endpoint additionally answers RFC 6749 `error` fields. */
export class IdentityException extends DomainException<IdentityErrorCode> {
  protected describe(code: IdentityErrorCode): ProblemSpec {
    switch (code) {
      case IdentityErrorCode.NotSignedIn:
        return { status: 401, title: 'Sign-in is required' };
      case IdentityErrorCode.AccessDenied:
        return { status: 403, title: 'You do not have access to this' };
      case IdentityErrorCode.CsrfTokenInvalid:
        return { status: 403, title: 'The request lacks a valid CSRF token (X-XSRF-TOKEN header)' };
      case IdentityErrorCode.DevModeOnly:
        // Answered as 404: outside dev mode these routes do not exist.
        return { status: 404, title: 'There is no such resource' };
      case IdentityErrorCode.UnknownDemoUser:
        return { status: 400, title: 'There is no demo user with this id' };
      case IdentityErrorCode.InvalidClient:
        return { status: 401, title: 'Client authentication failed' };
      case IdentityErrorCode.UnsupportedGrantType:
        return { status: 400, title: 'Only the client_credentials grant is supported' };
      case IdentityErrorCode.InvalidScope:
        return { status: 400, title: 'The requested scope is not granted to this client' };
      case IdentityErrorCode.ClientBlocked:
        return { status: 429, title: 'Too many failed attempts for this client; try again later' };
      case IdentityErrorCode.ApiClientNotFound:
        return { status: 404, title: 'There is no such API client' };
      case IdentityErrorCode.RateLimited:
        return { status: 429, title: 'Too many requests' };
      case IdentityErrorCode.StaffUserNotFound:
        return { status: 404, title: 'There is no such staff member' };
    }
  }
}

/** RFC 6749 §5.2 error code for each token endpoint failure. */
export function oauthErrorOf(code: IdentityErrorCode): string | undefined {
  switch (code) {
    case IdentityErrorCode.InvalidClient:
    case IdentityErrorCode.ClientBlocked:
      return 'invalid_client';
    case IdentityErrorCode.UnsupportedGrantType:
      return 'unsupported_grant_type';
    case IdentityErrorCode.InvalidScope:
      return 'invalid_scope';
    default:
      return undefined;
  }
}
