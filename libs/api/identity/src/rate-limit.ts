import { type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppConfig } from '@jobunivers/api/config';
import { ApiProblems } from '@jobunivers/api/http';
import { DataSource } from 'typeorm';
import { IdentityErrorCode, IdentityException } from './identity.errors';

const RATE_LIMIT = 'jobunivers:rate-limit';

const WINDOW_SECONDS = 60;

/**
 * Fixed-window limit per route and client address, counted in PostgreSQL so that every API
 * instance shares the count. Over the limit: 429 with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.reflector.get<boolean | undefined>(RATE_LIMIT, context.getHandler())) return true;
    const limit = this.config.authRateLimitPerMinute;
    const req = context.switchToHttp().getRequest<Request>();
    const key = `${context.getClass().name}.${context.getHandler().name}:${req.ip ?? 'unknown'}`;
    const [row]: Array<{ hits: number; window_start: Date }> = await this.dataSource.query(
      `INSERT INTO identity.rate_limit (key, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN identity.rate_limit.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE identity.rate_limit.hits + 1 END,
         window_start = CASE WHEN identity.rate_limit.window_start <= now() - make_interval(secs => $2) THEN now() ELSE identity.rate_limit.window_start END
       RETURNING hits, window_start`,
      [key, WINDOW_SECONDS],
    );
    if (row.hits > limit) {
      const retryAfter = Math.max(1, Math.ceil(WINDOW_SECONDS - (Date.now() - row.window_start.getTime()) / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
      throw new IdentityException(IdentityErrorCode.RateLimited, `Too many requests; try again in ${retryAfter} s.`);
    }
    return true;
  }
}

/** Counts the route against AUTH_RATE_LIMIT_PER_MINUTE per client address. */
export const RateLimit = () => applyDecorators(SetMetadata(RATE_LIMIT, true), UseGuards(RateLimitGuard), ApiProblems(429));
