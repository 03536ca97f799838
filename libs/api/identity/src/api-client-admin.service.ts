import { Injectable } from '@nestjs/common';
import { type Page, type PageQueryDto, toPage } from '@jobunivers/api/http';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { ApiClientService } from './api-client.service';
import type { ApiClientDto, ApiClientWithSecretDto, CreateApiClientDto } from './dto/identity.dto';
import { AccessTokenEntity } from './entities/access-token.entity';
import { ApiClientEntity } from './entities/api-client.entity';
import { IdentityErrorCode, IdentityException } from './identity.errors';

const toDto = (c: ApiClientEntity): ApiClientDto => ({
  id: c.id,
  clientId: c.clientId,
  name: c.name,
  municipalityCode: c.municipalityCode,
  scopes: c.scopes,
  createdAt: c.createdAt.toISOString(),
  rotatedAt: c.rotatedAt?.toISOString() ?? null,
  revokedAt: c.revokedAt?.toISOString() ?? null,
});

/** Creation, rotation and revocation of API clients, always within one municipality. */
@Injectable()
export class ApiClientAdminService {
  constructor(
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
    @InjectRepository(AccessTokenEntity) private readonly tokens: Repository<AccessTokenEntity>,
  ) {}

  async list(municipalityCode: string, query: PageQueryDto): Promise<Page<ApiClientDto>> {
    const [rows, total] = await this.clients.findAndCount({
      where: { municipalityCode },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return toPage(rows.map(toDto), total, query);
  }

  async create(municipalityCode: string, input: CreateApiClientDto): Promise<ApiClientWithSecretDto> {
    const secret = ApiClientService.newSecret();
    const client = await this.clients.save(
      this.clients.create({
        clientId: `mun-${municipalityCode}-${randomBytes(6).toString('hex')}`,
        name: input.name,
        municipalityCode,
        scopes: input.scopes,
        secretHash: await ApiClientService.hashSecret(secret),
        rotatedAt: null,
        revokedAt: null,
      }),
    );
    return { ...toDto(client), clientSecret: secret };
  }

  async rotate(municipalityCode: string, id: string): Promise<ApiClientWithSecretDto> {
    const client = await this.find(municipalityCode, id);
    const secret = ApiClientService.newSecret();
    client.secretHash = await ApiClientService.hashSecret(secret);
    client.rotatedAt = new Date();
    await this.clients.save(client);
    return { ...toDto(client), clientSecret: secret };
  }

  async revoke(municipalityCode: string, id: string): Promise<ApiClientDto> {
    const client = await this.find(municipalityCode, id);
    client.revokedAt ??= new Date();
    await this.clients.save(client);
    await this.tokens.delete({ apiClientId: client.id });
    return toDto(client);
  }

  /** Another municipality's client answers exactly like a missing one (404), so ids do not leak. */
  private async find(municipalityCode: string, id: string): Promise<ApiClientEntity> {
    const client = await this.clients.findOneBy({ id, municipalityCode });
    if (!client) throw new IdentityException(IdentityErrorCode.ApiClientNotFound);
    return client;
  }
}
