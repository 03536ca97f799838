import { Controller, Get, Header, Headers, Injectable, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { Public } from './access';
import { constantTimeEqual } from './constant-time';

/** One registry per process (prom-client's global one would double-register in tests). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

/**
 * Records every request with its route template (never the raw URL: ids stay out of metrics) — an
 * Express middleware rather than a Nest interceptor: it also sees requests refused by a guard, and it
 * costs no RxJS pipeline and async-resource binding per request.
 */
export function metricsMiddleware(metrics: MetricsService): (req: Request, res: Response, next: () => void) => void {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    res.once('finish', () =>
      end({ route: (req.route as { path?: string } | undefined)?.path ?? 'unknown', status: String(res.statusCode) }),
    );
    next();
  };
}

@ApiExcludeController()
@Controller({ path: 'metrics', version: VERSION_NEUTRAL })
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public(
    'Prometheus scrape endpoint; with METRICS_TOKEN (required in production) only for Authorization: Bearer <token>',
  )
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    const token = this.config.metricsToken;
    // Without a token the metrics are public, but never in production (which refuses to boot without one anyway).
    const allowed = token ? constantTimeEqual(authorization, `Bearer ${token}`) : !this.config.isProduction;
    if (!allowed) throw new PlatformException(PlatformErrorCode.Unauthenticated, 'A metrics bearer token is required.');
    return this.metrics.registry.metrics();
  }
}
