import { type CallHandler, Controller, type ExecutionContext, Get, Header, Headers, Injectable, type NestInterceptor, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { type Observable, tap } from 'rxjs';
import { Public } from './access';

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

/** Records every handled request with its route template (never the raw URL: ids stay out of metrics). */
@Injectable()
export class MetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const end = this.metrics.httpDuration.startTimer({ method: req.method });
    const route = (req.route as { path?: string } | undefined)?.path ?? 'unknown';
    res.once('finish', () => end({ route, status: String(res.statusCode) }));
    return next.handle().pipe(tap({ error: () => undefined }));
  }
}

@ApiExcludeController()
@Controller({ path: 'metrics', version: VERSION_NEUTRAL })
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public('Prometheus scrape endpoint; set METRICS_TOKEN to require a bearer token')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (this.config.metricsToken && authorization !== `Bearer ${this.config.metricsToken}`) {
      throw new PlatformException(PlatformErrorCode.Unauthenticated, 'A metrics bearer token is required.');
    }
    return this.metrics.registry.metrics();
  }
}
