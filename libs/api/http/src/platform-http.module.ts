import { Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '@jobunivers/api/config';
import { ProblemFilter, validationExceptionFactory } from '@jobunivers/api/errors';
import { LoggerModule } from 'nestjs-pino';
import { AccessRulesVerifier } from './access';
import { HealthController } from './health.controller';
import { MetricsController, MetricsService } from './metrics';
import { AppValidationPipe } from './safe-text';

/**
 * Cross-cutting HTTP platform: validation, problem responses, structured logs, metrics, health,
 * and the boot-time check that every route has an access rule. Registered through APP_* tokens
 * so every app built from the AppModule (including test apps) gets them.
 */
@Module({
  imports: [
    DiscoveryModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Every route (named wildcard: the path syntax Nest's router and Fastify's middleware share).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          // Personal data never reaches logs: no bodies are logged, and credentials are redacted.
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-xsrf-token"]',
              'res.headers["set-cookie"]',
            ],
            censor: '[redacted]',
          },
          autoLogging: { ignore: (req) => /^\/api\/(health|metrics)/.test(req.url ?? '') },
          // Server faults are errors; refused access and rate limits are worth a warning; other 4xx
          // (bad input, a slot taken meanwhile) are the API doing its job and log at info.
          customLogLevel: (_req, res, err) =>
            err || res.statusCode >= 500 ? 'error' : [401, 403, 429].includes(res.statusCode) ? 'warn' : 'info',
          serializers: {
            req: (req: { id: unknown; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url.split('?')[0],
            }),
          },
        },
      }),
    }),
  ],
  controllers: [HealthController, MetricsController],
  providers: [
    MetricsService,
    AccessRulesVerifier,
    { provide: APP_FILTER, useClass: ProblemFilter },
    {
      provide: APP_PIPE,
      useValue: new AppValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        validationError: { target: false, value: false },
        exceptionFactory: validationExceptionFactory,
      }),
    },
  ],
  exports: [MetricsService],
})
export class PlatformHttpModule {}
