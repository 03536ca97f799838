import type { INestApplication } from '@nestjs/common';
import { VersioningType } from '@nestjs/common';
import fastifyCookie from '@fastify/cookie';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import type { FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { Logger } from 'nestjs-pino';
import { fastifyOf, type HttpApp } from './http-adapter';
import { recordMetrics, MetricsService } from './metrics';
import { buildOpenApiDocument, serveOpenApi } from './openapi';

export const API_PREFIX = 'api';

/** The body types the API reads; a body of any other type would be silently ignored, so it is refused. */
const READABLE_BODIES = new Set(['application/json', 'application/x-www-form-urlencoded']);

/** A request with a body of a type no parser reads answers 415 (a text/plain JSON body used to look empty: 400 for every field). */
export function unreadableBody(req: Pick<FastifyRequest, 'headers'>): PlatformException | undefined {
  const length = req.headers['content-length'];
  const hasBody = (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return READABLE_BODIES.has(type)
    ? undefined
    : new PlatformException(PlatformErrorCode.UnsupportedMediaType, 'Send the body as application/json.');
}

const HELMET: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
    },
  },
  crossOriginEmbedderPolicy: false,
};

/**
 * The security headers helmet sets with these options, computed once: they are the same on every
 * answer (no nonces), and building them per request was the largest cost of `@fastify/helmet`.
 */
export function securityHeaders(options: HelmetOptions = HELMET): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, res as never, () => undefined);
  return headers;
}

/**
 * Everything about the HTTP app that is not a module: prefix and versioning (`/api/v1/...`),
 * security headers, cookies, body types, metrics, OpenAPI — on the Fastify instance that
 * `createHttpAdapter()` made (body limits and parsers are set there). Used by `main.ts` and by every
 * test app, so tests exercise exactly what runs in production.
 */
export async function configureApp(app: INestApplication): Promise<INestApplication> {
  const http = app as HttpApp;
  http.useLogger(app.get(Logger));
  const fastify = fastifyOf(app);
  const metrics = app.get(MetricsService);
  const security = securityHeaders();
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.headers(security);
    done(unreadableBody(req));
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    recordMetrics(metrics, req, reply);
    done();
  });
  await http.register(fastifyCookie);
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  serveOpenApi(app, buildOpenApiDocument(app));
  return app;
}
