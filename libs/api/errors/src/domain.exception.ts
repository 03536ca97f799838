import { type FieldError, type ProblemDetails, type ProblemSpec, problemTypeFor } from './problem';

/**
 * Base of every error a service throws on purpose. Each module declares an enum of codes and a
 * subclass whose `describe` is an exhaustive switch from code to status and title, so adding a
 * code without deciding its response does not compile. The global problem filter turns it into
 * an RFC 9457 response; controllers never build HTTP errors themselves.
 */
export abstract class DomainException<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
    this.name = new.target.name;
  }

  protected abstract describe(code: Code): ProblemSpec;

  toProblem(instance?: string): ProblemDetails {
    const { status, title } = this.describe(this.code);
    return {
      type: problemTypeFor(this.code),
      title,
      status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      code: this.code,
      ...this.extensions,
    };
  }
}

/** Errors of the platform itself (HTTP plumbing, validation, availability). */
export enum PlatformErrorCode {
  ValidationFailed = 'validation_failed',
  MalformedRequest = 'malformed_request',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  RouteNotFound = 'route_not_found',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  RateLimited = 'rate_limited',
  ServiceUnavailable = 'service_unavailable',
  Internal = 'internal_error',
}

export class PlatformException extends DomainException<PlatformErrorCode> {
  protected describe(code: PlatformErrorCode): ProblemSpec {
    switch (code) {
      case PlatformErrorCode.ValidationFailed:
        return { status: 400, title: 'The request has invalid fields' };
      case PlatformErrorCode.MalformedRequest:
        return { status: 400, title: 'The request could not be read' };
      case PlatformErrorCode.PayloadTooLarge:
        return { status: 413, title: 'The request body is too large' };
      case PlatformErrorCode.UnsupportedMediaType:
        return { status: 415, title: 'The request body has an unsupported content type' };
      case PlatformErrorCode.RouteNotFound:
        return { status: 404, title: 'There is no such resource' };
      case PlatformErrorCode.Unauthenticated:
        return { status: 401, title: 'Sign-in is required' };
      case PlatformErrorCode.Forbidden:
        return { status: 403, title: 'You do not have access to this' };
      case PlatformErrorCode.RateLimited:
        return { status: 429, title: 'Too many requests' };
      case PlatformErrorCode.ServiceUnavailable:
        return { status: 503, title: 'The service is temporarily unavailable' };
      case PlatformErrorCode.Internal:
        return { status: 500, title: 'Something went wrong on our side' };
    }
  }

  static validation(errors: FieldError[]): PlatformException {
    const fields = [...new Set(errors.map((e) => e.field))];
    return new PlatformException(PlatformErrorCode.ValidationFailed, `Invalid fields: ${fields.join(', ')}`, {
      errors,
    });
  }
}
