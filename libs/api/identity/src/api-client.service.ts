import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@jobunivers/api/config';
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { AccessTokenEntity } from './entities/access-token.entity';
import { ApiClientEntity } from './entities/api-client.entity';
import { AuthFailureEntity } from './entities/auth-failure.entity';
import { IdentityErrorCode, IdentityException } from './identity.errors';
import { IdentityRepository } from './identity.repository';
import type { ClientPrincipal } from './principal';
import { hashToken, newToken } from './tokens';

/** Scopes an API client can hold. */
export const API_SCOPES = [
  'citizens:read',
  'citizens:write',
  'outcomes:write',
  'meetings:read',
  'plans:read',
  'jobs:write',
  'offers:write',
  'events:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];
/** What each scope lets a client do (documented in the OpenAPI security scheme). */
export const API_SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  'citizens:read': "Read the municipality's citizens and their cases",
  'citizens:write': 'Register citizens and change their cases',
  'outcomes:write': 'Record the outcome of a case',
  'meetings:read': 'Read meetings',
  'plans:read': 'Read job plans',
  'jobs:write': 'Import and remove job ads',
  'offers:write': 'Create and change offers',
  'events:read': "Read the municipality's integration event feed",
};

/** Failed client authentications allowed per window before the client id is blocked (OWASP ASVS 2.2.1). */
export const MAX_CLIENT_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

@Injectable()
export class ApiClientService {
  /** Verified when the client id is unknown, so response time does not reveal which ids exist. */
  private readonly dummyHash = hash(randomBytes(16).toString('hex'));

  constructor(
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
    @InjectRepository(AccessTokenEntity) private readonly tokens: Repository<AccessTokenEntity>,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly repository: IdentityRepository,
  ) {}

  static newSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  static hashSecret(secret: string): Promise<string> {
    return hash(secret);
  }

  /** RFC 6749 §4.4: authenticates the client and issues a bearer token for the requested (or all) scopes. */
  async issueToken(clientId: string, secret: string, requestedScope?: string): Promise<IssuedToken> {
    const subject = `client:${clientId}`;
    await this.assertNotBlocked(subject);
    const client = await this.clients.findOneBy({ clientId });
    const valid = await verify(client?.secretHash ?? (await this.dummyHash), secret).catch(() => false);
    if (!client || !valid || client.revokedAt) {
      await this.recordFailure(subject);
      throw new IdentityException(IdentityErrorCode.InvalidClient, 'Unknown client, wrong secret, or revoked client.');
    }
    const requested = requestedScope ? [...new Set(requestedScope.split(' ').filter(Boolean))] : client.scopes;
    const missing = requested.filter((s) => !client.scopes.includes(s));
    if (missing.length)
      throw new IdentityException(IdentityErrorCode.InvalidScope, `Not granted: ${missing.join(' ')}`);
    const token = newToken();
    const ttl = this.config.accessTokenTtlSeconds;
    await this.tokens.insert({
      tokenHash: hashToken(token),
      apiClientId: client.id,
      scopes: requested,
      expiresAt: new Date(Date.now() + ttl * 1000),
    });
    await this.dataSource.getRepository(AuthFailureEntity).delete({ subject });
    return { access_token: token, token_type: 'Bearer', expires_in: ttl, scope: requested.join(' ') };
  }

  /** The client principal behind a bearer token, if the token is live and the client not revoked. */
  async resolveBearer(token: string): Promise<ClientPrincipal | undefined> {
    const row = await this.tokens.findOneBy({ tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) });
    if (!row) return undefined;
    const client = await this.clients.findOneBy({ id: row.apiClientId, revokedAt: IsNull() });
    if (!client) return undefined;
    return {
      kind: 'client',
      id: client.id,
      clientId: client.clientId,
      name: client.name,
      municipalityCode: client.municipalityCode,
      scopes: row.scopes,
    };
  }

  private async assertNotBlocked(subject: string): Promise<void> {
    const row = await this.dataSource.getRepository(AuthFailureEntity).findOneBy({ subject });
    if (row && row.failures >= MAX_CLIENT_FAILURES && Date.now() - row.windowStart.getTime() < FAILURE_WINDOW_MS) {
      throw new IdentityException(IdentityErrorCode.ClientBlocked, 'Try again in a while.');
    }
  }

  private async recordFailure(subject: string): Promise<void> {
    await this.repository.recordAuthFailure(subject, FAILURE_WINDOW_MS);
  }
}
