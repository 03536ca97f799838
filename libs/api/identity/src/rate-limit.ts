import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type OnApplicationBootstrap,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AppConfig, type RateLimitBucket } from '@jobunivers/api/config';
import type { HttpReply } from '@jobunivers/api/http';
import { QueueService } from '@jobunivers/api/queue';
import { DataSource } from 'typeorm';
import { IdentityErrorCode, IdentityException } from './identity.errors';
import type { AuthenticatedRequest, Principal } from './principal';

const RATE_LIMIT = 'jobunivers:rate-limit';

interface RateLimitRule {
  bucket: RateLimitBucket;
  perRoute: boolean;
}

export interface RateLimitOptions {
  /** Count each route of the bucket on its own (sign-in: the login and the ACS each have their count). */
  perRoute?: boolean;
}

/** Whom a request counts against: the principal when the route authenticated one, else the client address. */
export function rateLimitSubject(principal: Principal | undefined, ip: string | undefined): string {
  if (!principal) return `ip:${ip ?? 'unknown'}`;
  return `${principal.kind}:${principal.id}`;
}

/**
 * Fixed-window limit per bucket and principal (citizen, staff member, API client; the client
 * address for anonymous callers), counted in PostgreSQL so every API instance shares the count:
 * one upsert per limited request, which returns the count and the seconds the window has left.
 * Runs after the global AuthGuard, so the principal is known. Over the limit: 429 problem with
 * Retry-After; every limited answer carries the IETF RateLimit-Policy and RateLimit headers.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT, context.getHandler());
    if (!rule || context.getType() !== 'http') return true;
    const { limit, windowSeconds } = this.config.rateLimits[rule.bucket];
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = rule.perRoute ? `${context.getClass().name}.${context.getHandler().name}:` : '';
    const key = `${rule.bucket}:${route}${rateLimitSubject(req.principal, req.ip)}`;
    const [row]: Array<{ hits: number; reset: number }> = await this.dataSource.query(
      `INSERT INTO identity.rate_limit AS r (key, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.hits + 1 END,
         window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END
       RETURNING hits, greatest(1, ceil(extract(epoch FROM r.window_start + make_interval(secs => $2) - now())))::int AS reset`,
      [key, windowSeconds],
    );
    const res = context.switchToHttp().getResponse<HttpReply>();
    res.header('RateLimit-Policy', `"${rule.bucket}";q=${limit};w=${windowSeconds}`);
    res.header('RateLimit', `"${rule.bucket}";r=${Math.max(0, limit - row.hits)};t=${row.reset}`);
    if (row.hits > limit) {
      res.header('Retry-After', String(row.reset));
      throw new IdentityException(
        IdentityErrorCode.RateLimited,
        `At most ${limit} requests in ${windowSeconds} s here; try again in ${row.reset} s.`,
      );
    }
    return true;
  }
}

export const RATE_LIMIT_PRUNE_JOB = 'identity.rate-limit-prune';

/** Deletes the counts whose window is over (hourly, on one instance): the table keeps one row per active principal and bucket. */
@Injectable()
export class RateLimitPruner implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.recurring(RATE_LIMIT_PRUNE_JOB, '41 * * * *', () => this.prune(), {
      queue: { policy: 'singleton' },
    });
  }

  /** Rows older than the longest window: their count no longer limits anyone. Returns how many went. */
  async prune(): Promise<number> {
    const longest = Math.max(...Object.values(this.config.rateLimits).map((p) => p.windowSeconds));
    const [{ n }] = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM identity.rate_limit WHERE window_start <= now() - make_interval(secs => $1) RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [longest],
    )) as Array<{ n: number }>;
    return n;
  }
}

/**
 * Counts the route against a rate-limit bucket (limits in the config: AUTH_RATE_LIMIT_PER_MINUTE,
 * RATE_LIMIT_<BUCKET>) and documents the 429 answer in the OpenAPI document.
 */
export const RateLimit = (bucket: RateLimitBucket, options: RateLimitOptions = {}) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT, { bucket, perRoute: options.perRoute ?? false } satisfies RateLimitRule),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({
      description: `Too many requests (rate limit \`${bucket}\`, per principal or, anonymous, per client address); try again after Retry-After seconds.`,
      headers: {
        'Retry-After': { description: 'Seconds until the window frees', schema: { type: 'integer', minimum: 1 } },
        'RateLimit-Policy': {
          description: 'The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft)',
          schema: { type: 'string' },
        },
        RateLimit: {
          description: 'What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>`',
          schema: { type: 'string' },
        },
      },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    }),
  );
