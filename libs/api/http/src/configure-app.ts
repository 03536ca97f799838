import { type INestApplication, VersioningType } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { metricsMiddleware, MetricsService } from './metrics';
import { buildOpenApiDocument, serveOpenApi } from './openapi';

export const API_PREFIX = 'api';

/**
 * Everything about the HTTP app that is not a module: prefix and versioning (`/api/v1/...`),
 * security headers, cookies, body limits, OpenAPI. Used by `main.ts` and by every test app, so
 * tests exercise exactly what runs in production.
 */
/** The body types the API reads; a body of any other type would be silently ignored, so it is refused. */
const READABLE_BODIES = new Set(['application/json', 'application/x-www-form-urlencoded']);

/** A request with a body of a type no parser reads answers 415 (a text/plain JSON body used to look empty: 400 for every field). */
export function refuseUnreadableBodies(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  next(
    hasBody && !READABLE_BODIES.has(type)
      ? new PlatformException(PlatformErrorCode.UnsupportedMediaType, 'Send the body as application/json.')
      : undefined,
  );
}

export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  express.set('trust proxy', 'loopback, linklocal, uniquelocal');
  express.disable('x-powered-by');
  app.use(metricsMiddleware(app.get(MetricsService)));
  app.use(refuseUnreadableBodies);
  express.useBodyParser('json', { limit: '1mb' });
  express.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  serveOpenApi(app, buildOpenApiDocument(app));
  return app;
}
