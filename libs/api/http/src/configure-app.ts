import { type INestApplication, VersioningType } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
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
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  express.set('trust proxy', 'loopback, linklocal, uniquelocal');
  express.disable('x-powered-by');
  app.use(metricsMiddleware(app.get(MetricsService)));
  express.useBodyParser('json', { limit: '1mb' });
  express.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  serveOpenApi(app, buildOpenApiDocument(app));
  return app;
}
