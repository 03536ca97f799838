import { Controller, Get, Header, Headers, Injectable, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
 * Records a finished request with its route template (never the raw URL: ids stay out of metrics) —
 * from Fastify's `onResponse` hook rather than a Nest interceptor: it also sees requests refused by a
 * guard or the body parser, and costs no RxJS pipeline per request. The duration is Fastify's own.
 */
export function recordMetrics(metrics: MetricsService, req: FastifyRequest, reply: FastifyReply): void {
  metrics.httpDuration.observe(
    { method: req.method, route: req.routeOptions.url ?? 'unknown', status: String(reply.statusCode) },
    reply.elapsedTime / 1000,
  );
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
