import { Body, Controller, Get, Headers, type INestApplication, Param, Post, Query } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { ArrayNotEmpty, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ClientOnly, Public, StaffOnly, StaffOrClient } from './access';
import { IdParamDto } from './id-param.dto';
import { ApiProblems, buildOpenApiDocument, OPENAPI_SECURITY, type OpenApiSecurity } from './openapi';
import { PageQueryDto } from './pagination';
import { createHttpAdapter } from './http-adapter';

class ThingInputDto {
  @ApiProperty() @IsString() @IsNotEmpty() name!: string;
  @ApiProperty({ maxLength: 50 }) @IsString() @Length(3, 50) code!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(5) rating!: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('4') jobAdId?: string;
  @ApiProperty({ type: [String] }) @ArrayNotEmpty() @IsString({ each: true }) tags!: string[];
}

@Controller('things')
class ThingsController {
  @Get()
  @Public('reference data')
  list(@Query() _query: PageQueryDto, @Headers('accept-language') _language?: string): string[] {
    return [];
  }

  @Post()
  @StaffOrClient(['caseworker'], ['things:write'])
  @ApiProblems(429)
  create(@Body() _body: ThingInputDto, @Headers('authorization') _authorization?: string): string {
    return 'ok';
  }

  @Get(':id')
  @StaffOnly('caseworker')
  one(@Param() _params: IdParamDto): string {
    return 'ok';
  }

  @Get('feed/events')
  @ClientOnly('events:read')
  feed(): string[] {
    return [];
  }
}

const security: OpenApiSecurity = {
  description: 'How to sign in.',
  schemes: {
    session: { type: 'apiKey', in: 'cookie', name: 'sid' },
    oauth2: {
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: '/token', scopes: { 'things:write': 'Write things' } } },
    },
  },
  requirements: (rule): Array<Record<string, string[]>> =>
    rule.kind === 'public'
      ? []
      : rule.kind === 'client'
        ? [{ oauth2: rule.scopes }]
        : [{ session: [] }, { oauth2: ['things:write'] }],
};

type Operation = {
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; schema: Record<string, unknown> }>;
  responses: Record<string, { $ref?: string; content?: unknown }>;
};

describe('buildOpenApiDocument', () => {
  let app: INestApplication;
  let doc: OpenAPIObject;
  const op = (path: string, method: string) => (doc.paths[path] as Record<string, Operation>)[method]!;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: [ThingsController],
      providers: [{ provide: OPENAPI_SECURITY, useValue: security }],
    }).compile();
    app = moduleRef.createNestApplication(createHttpAdapter());
    await app.init();
    doc = buildOpenApiDocument(app);
  });
  afterAll(() => app.close());

  it('declares the security schemes and derives every operation’s security from its access rule', () => {
    expect(doc.components?.securitySchemes).toEqual(security.schemes);
    expect(doc.info.description).toContain('How to sign in.');
    expect(op('/things', 'get').security).toEqual([]);
    expect(op('/things', 'post').security).toEqual([{ session: [] }, { oauth2: ['things:write'] }]);
    expect(op('/things/feed/events', 'get').security).toEqual([{ oauth2: ['events:read'] }]);
  });

  it('writes validation into the schemas: integers, minimum lengths, items and nullability as accepted', () => {
    const page = op('/things', 'get').parameters!.find((p) => p.name === 'page')!;
    expect(page.schema).toMatchObject({ type: 'integer', minimum: 1 });
    expect(page.schema).not.toHaveProperty('nullable');
    expect(op('/things', 'get').parameters!.find((p) => p.name === 'limit')!.schema).toMatchObject({
      type: 'integer',
      maximum: 100,
    });
    const props = (doc.components!.schemas!['ThingInputDto'] as { properties: Record<string, Record<string, unknown>> })
      .properties;
    expect(props['name']).toMatchObject({ type: 'string', minLength: 1 });
    expect(props['code']).toMatchObject({ type: 'string', minLength: 3, maxLength: 50 });
    expect(props['rating']).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(props['jobAdId']).toMatchObject({ type: 'string', nullable: true });
    expect(props['tags']).toMatchObject({ type: 'array', minItems: 1 });
  });

  it('documents no Authorization or Accept-Language header parameters', () => {
    const headers = Object.values(doc.paths).flatMap((item) =>
      Object.values(item as Record<string, Operation>).flatMap((o) =>
        (o.parameters ?? []).filter((p) => p.in === 'header'),
      ),
    );
    expect(headers).toEqual([]);
  });

  it('lists the problem responses each operation can answer, with the problem schema, and no catch-all default', () => {
    const statuses = (path: string, method: string) => Object.keys(op(path, method).responses).sort();
    expect(statuses('/things', 'get')).toEqual(['200', '400']);
    expect(statuses('/things', 'post')).toEqual(['201', '400', '401', '403', '409', '413', '415', '429']);
    expect(statuses('/things/{id}', 'get')).toEqual(['200', '400', '401', '403', '404']);
    expect(statuses('/things/feed/events', 'get')).toEqual(['200', '401', '403']);
    expect(op('/things', 'post').responses['400']).toEqual({ $ref: '#/components/responses/BadRequest' });
    expect(doc.components?.responses?.['BadRequest']).toMatchObject({
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
    expect(doc.components?.schemas?.['Problem']).toMatchObject({ properties: { errors: { type: 'array' } } });
  });
});
