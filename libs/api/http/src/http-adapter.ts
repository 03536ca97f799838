import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformErrorCode, PlatformException, PROBLEM_CONTENT_TYPE } from '@jobunivers/api/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parse as parseQuery } from 'node:querystring';

/** The largest JSON body the API reads (1 MiB); larger → 413 problem. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** The largest form body (SAML POST binding, the dev sign-in forms); larger → 413 problem. */
export const FORM_BODY_LIMIT = 100 * 1024;

/** The request and reply every controller, guard and filter sees (Fastify under Nest). */
export type HttpRequest = FastifyRequest;
export type HttpReply = FastifyReply;
export type HttpApp = NestFastifyApplication;

/**
 * The HTTP server under Nest: Fastify (Nest's supported alternative to Express; a smaller fixed
 * cost per request). Used by `createApp` and every test app, so tests run on what production runs.
 *
 * - `trustProxy`: the client address comes from `X-Forwarded-For` only through proxies on loopback,
 *   link-local and private addresses (the reverse proxy in front of the instances);
 * - the router ignores a trailing slash (as Express did) and accepts long path parameters, so an
 *   over-long id is validated (400) instead of being a 404;
 * - JSON bodies: objects and arrays only (as Express' strict parser), `__proto__`/`constructor` keys
 *   refused, an empty body is no body; forms parsed like Express' `urlencoded({ extended: false })`.
 */
export function createHttpAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter({
    trustProxy: 'loopback,linklocal,uniquelocal',
    bodyLimit: JSON_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 4096 },
    // A URL the router cannot read (broken percent-encoding) is answered before Nest sees it: as a problem too.
    frameworkErrors: (_error: Error, req: FastifyRequest, reply: FastifyReply) => {
      const problem = new PlatformException(
        PlatformErrorCode.MalformedRequest,
        'The URL could not be read (broken percent-encoding?).',
      ).toProblem(req.url.split('?')[0]);
      void reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
    },
  });
  const fastify = adapter.getInstance();
  const json = fastify.getDefaultJsonParser('error', 'error');
  adapter.useBodyParser('application/json', false, { bodyLimit: JSON_BODY_LIMIT }, (req, body, done) => {
    if (!isUtf8Charset(req.headers['content-type'])) return done(unsupportedCharset());
    const text = (body as Buffer).toString('utf8');
    const first = text.trimStart()[0];
    if (first === undefined) return done(null, undefined);
    if (first !== '{' && first !== '[')
      return done(
        new PlatformException(PlatformErrorCode.MalformedRequest, 'The body must be a JSON object or array.'),
      );
    json(req, text, (err, value) =>
      err
        ? done(new PlatformException(PlatformErrorCode.MalformedRequest, 'The body is not valid JSON.'))
        : done(null, value),
    );
  });
  adapter.useBodyParser(
    'application/x-www-form-urlencoded',
    false,
    { bodyLimit: FORM_BODY_LIMIT },
    (req, body, done) =>
      isUtf8Charset(req.headers['content-type'])
        ? done(null, { ...parseQuery((body as Buffer).toString('utf8')) })
        : done(unsupportedCharset()),
  );
  return adapter;
}

/** Bodies are read as UTF-8: a content type naming another charset is refused (415), not misread. */
function isUtf8Charset(contentType: string | undefined): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

const unsupportedCharset = () =>
  new PlatformException(PlatformErrorCode.UnsupportedMediaType, 'Send the body as UTF-8 (charset=utf-8).');

/** The Fastify instance under a Nest app (for hooks and plugins). */
export function fastifyOf(app: INestApplication) {
  return (app as NestFastifyApplication).getHttpAdapter().getInstance();
}
