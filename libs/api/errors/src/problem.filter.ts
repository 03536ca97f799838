import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, PlatformErrorCode, PlatformException } from './domain.exception';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemTypeFor } from './problem';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
]);

/** True for errors that mean "the database (or another backing service) is not reachable now". */
export function isUnavailableError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (
    typeof e.message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down)|connection is not yet established|Driver not Connected|timeout exceeded when trying to connect/i.test(
      e.message,
    )
  )
    return true;
  return isUnavailableError(e.driverError) || isUnavailableError(e.cause);
}

/**
 * Maps errors of the HTTP server's own request handling (Fastify's body reading and content-type
 * parsing, before any route handler runs) to platform problems.
 */
function fromHttpServer(error: unknown): PlatformException | undefined {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (typeof code !== 'string' || !code.startsWith('FST_') || typeof statusCode !== 'number') return undefined;
  if (statusCode === 413) return new PlatformException(PlatformErrorCode.PayloadTooLarge);
  if (statusCode === 415) return new PlatformException(PlatformErrorCode.UnsupportedMediaType);
  if (statusCode >= 400 && statusCode < 500)
    return new PlatformException(PlatformErrorCode.MalformedRequest, 'The request could not be read.');
  return undefined;
}

function fromHttpException(exception: HttpException, instance: string): ProblemDetails {
  const status = exception.getStatus();
  // Our code throws domain exceptions, never bare 400s: a bare one is Nest reporting a body that is
  // not JSON or a URL with broken percent-encoding, before any handler ran.
  if (status === 400)
    return new PlatformException(PlatformErrorCode.MalformedRequest, exception.message).toProblem(instance);
  const body = exception.getResponse();
  const detail =
    typeof body === 'string'
      ? body
      : typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : undefined;
  const code =
    status === 404
      ? PlatformErrorCode.RouteNotFound
      : status === 401
        ? PlatformErrorCode.Unauthenticated
        : status === 403
          ? PlatformErrorCode.Forbidden
          : status === 429
            ? PlatformErrorCode.RateLimited
            : status === 413
              ? PlatformErrorCode.PayloadTooLarge
              : `http_${status}`;
  const title = status === 404 ? 'There is no such resource' : exception.message;
  return { type: problemTypeFor(code), title, status, ...(detail && status !== 404 ? { detail } : {}), instance, code };
}

/** The one place where any error becomes an RFC 9457 response. Unknown errors: logged, generic 500. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const res = ctx.getResponse<FastifyReply>();
    const instance = req.originalUrl?.split('?')[0];
    const problem = this.toProblem(exception, instance);
    if (problem.status >= 500) {
      this.logger.error(
        { err: exception, status: problem.status, method: req.method, path: instance },
        `${problem.code}: ${(exception as Error)?.message ?? exception}`,
      );
    }
    if (res.sent || res.raw.headersSent) return;
    if (problem.status === 503) res.header('Retry-After', '10');
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  toProblem(exception: unknown, instance?: string): ProblemDetails {
    if (exception instanceof DomainException) return exception.toProblem(instance);
    const server = fromHttpServer(exception);
    if (server) return server.toProblem(instance);
    if (exception instanceof HttpException) return fromHttpException(exception, instance ?? '');
    if (isUnavailableError(exception))
      return new PlatformException(PlatformErrorCode.ServiceUnavailable, 'Please try again in a moment.').toProblem(
        instance,
      );
    return new PlatformException(PlatformErrorCode.Internal).toProblem(instance);
  }
}
