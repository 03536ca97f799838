import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentValidationBounds } from './openapi-bounds';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const OPENAPI_UI_PATH = 'api/docs';

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; validation problems list every bad field in `errors`.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
} as const;

/** The OpenAPI 3 document, generated from the controllers and DTOs. The web apps' client is generated from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Jobunivers API')
    .setDescription(
      'REST API of Jobunivers, the virtual job universe for Danish municipal jobcentres. ' +
        'JSON under /api/v1; errors are RFC 9457 application/problem+json; lists answer {items, page, limit, total, totalPages}.',
    )
    .setVersion('1')
    .addServer('/')
    .build();
  documentValidationBounds();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas['Problem'] = PROBLEM_SCHEMA as never;
  // Every operation can answer a problem; document it once as the default response.
  for (const path of Object.values(document.paths)) {
    for (const op of Object.values(path) as Array<{ responses?: Record<string, unknown> }>) {
      if (op && typeof op === 'object' && op.responses) {
        op.responses['default'] ??= {
          description: 'Problem (RFC 9457)',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return document;
}

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Jobunivers API',
    useGlobalPrefix: false,
  });
}
