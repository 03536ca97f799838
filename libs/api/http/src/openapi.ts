import { type INestApplication, SetMetadata } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SecurityRequirementObject,
  SecuritySchemeObject,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@jobunivers/api/errors';
import { ACCESS_RULE, type AccessRule } from './access';
import { applyValidationToApiProperties } from './openapi-validation';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const OPENAPI_UI_PATH = 'api/docs';

/**
 * How the document describes authentication (provided by the identity module, which owns sessions,
 * CSRF and tokens): the security schemes, and the requirement of each access rule.
 */
export interface OpenApiSecurity {
  /** Appended to `info.description`. */
  description: string;
  schemes: Record<string, SecuritySchemeObject>;
  /** The alternatives that satisfy a route's rule (`[]` for public routes). */
  requirements(rule: AccessRule, method: string): SecurityRequirementObject[];
}
export const OPENAPI_SECURITY = 'jobunivers:openapi-security';

const API_PROBLEMS = 'jobunivers:api-problems';
/** Documents problem statuses a route (or every route of a controller) can answer beyond those derived from its shape. */
export const ApiProblems = (...statuses: ProblemStatus[]) => SetMetadata(API_PROBLEMS, statuses);

const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'RFC 9457 problem details; validation problems (`code: validation_failed`) list every bad field in `errors`.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      description: 'Identifies the kind of problem (https://jobunivers.dk/problems/<code>)',
    },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: {
      type: 'string',
      description: 'Stable machine-readable code, e.g. `validation_failed`, `citizen_not_found`',
    },
    errors: {
      type: 'array',
      description: 'Every invalid field (validation problems only)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'Dotted path, e.g. `items.0.title`' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

/** The problem responses, documented once under `components.responses` and referenced per operation. */
const PROBLEM_RESPONSES = {
  400: ['BadRequest', 'Invalid input: a validation problem names every bad field in `errors`'],
  401: ['Unauthorized', 'Not signed in, or the bearer token is missing, expired or revoked'],
  403: [
    'Forbidden',
    'Signed in but not allowed (role, scope, municipality or caseload), or the CSRF header is missing',
  ],
  404: ['NotFound', 'No such resource (or not visible to you)'],
  409: ['Conflict', 'The request conflicts with the current state'],
  410: ['Gone', 'The data was deleted after its retention period'],
  413: ['PayloadTooLarge', 'The request body is too large'],
  415: ['UnsupportedMediaType', 'The request body has an unsupported content type'],
  422: ['UnprocessableContent', 'The request is well-formed but refers to something that cannot be used'],
  429: ['TooManyRequests', 'Too many requests; try again later'],
  503: ['ServiceUnavailable', 'Temporarily unavailable; try again in a moment'],
} as const;
export type ProblemStatus = keyof typeof PROBLEM_RESPONSES;

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
/** Header parameters a client library sets itself; OpenAPI 3 forbids `Authorization` (use security schemes) and they break generated clients. */
const IMPLICIT_HEADERS = new Set(['authorization', 'accept-language', 'accept', 'content-type', 'cookie']);

interface RouteDocs {
  rule: AccessRule | undefined;
  problems: ProblemStatus[];
}

/** Access rule and extra problem statuses of every route handler, by operation id. */
function routesByOperationId(app: INestApplication): Map<string, RouteDocs> {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = app.get(MetadataScanner, { strict: false });
  const reflector = app.get(Reflector, { strict: false });
  const routes = new Map<string, RouteDocs>();
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const proto = Object.getPrototypeOf(instance) as Record<string, () => void>;
    for (const name of scanner.getAllMethodNames(proto)) {
      if (Reflect.getMetadata(PATH_METADATA, proto[name]!) === undefined) continue;
      const targets = [proto[name]!, wrapper.metatype as () => void];
      routes.set(operationId(wrapper.metatype.name, name), {
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets),
        problems: reflector.getAllAndMerge<ProblemStatus[]>(API_PROBLEMS, targets) ?? [],
      });
    }
  }
  return routes;
}

const operationId = (controller: string, method: string) => `${controller.replace(/Controller$/, '')}_${method}`;

function optional<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * The OpenAPI 3 document, generated from the controllers and DTOs. The web apps' client is generated from it.
 * Derived here, so a new route is documented truthfully by itself: validation rules into schemas
 * ({@link applyValidationToApiProperties}); `security` from the route's access rule; the problem
 * responses from its shape (input → 400; not public → 401, 403; path id → 404; body → 413, 415;
 * unsafe and not public → 409) plus {@link ApiProblems}.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  applyValidationToApiProperties();
  const security = optional(() => app.get<OpenApiSecurity>(OPENAPI_SECURITY, { strict: false }));
  const config = new DocumentBuilder()
    .setTitle('Jobunivers API')
    .setDescription(
      'REST API of Jobunivers, the virtual job universe for Danish municipal jobcentres. ' +
        'JSON under /api/v1; errors are RFC 9457 application/problem+json (every status an operation can answer is listed with it); ' +
        'lists answer {items, page, limit, total, totalPages}.\n\n' +
        'Language: texts meant for people (timeline, notifications, KPI titles, match reasons) are Danish unless the request sends `Accept-Language: en`.' +
        (security ? `\n\n${security.description}` : ''),
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This server')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
  const components = (document.components ??= {});
  components.schemas ??= {};
  components.schemas['Problem'] = PROBLEM_SCHEMA as never;
  components.responses = Object.fromEntries(
    Object.values(PROBLEM_RESPONSES).map(([name, description]) => [
      name,
      { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } } },
    ]),
  );
  if (security) components.securitySchemes = security.schemes;
  const routes = routesByOperationId(app);
  for (const item of Object.values(document.paths)) {
    for (const [method, op] of Object.entries(item) as Array<[string, OperationObject]>) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      const route = routes.get(op.operationId ?? '');
      documentOperation(method, op, route, security);
    }
  }
  // Only the problem responses some operation refers to.
  const used = JSON.stringify(document.paths);
  components.responses = Object.fromEntries(
    Object.entries(components.responses).filter(([name]) => used.includes(`"#/components/responses/${name}"`)),
  );
  return document;
}

function documentOperation(
  method: string,
  op: OperationObject,
  route: RouteDocs | undefined,
  security: OpenApiSecurity | undefined,
): void {
  const parameters = ((op.parameters ?? []) as ParameterObject[]).filter(
    (p) => !(p.in === 'header' && IMPLICIT_HEADERS.has(p.name.toLowerCase())),
  );
  for (const p of parameters) {
    // A query string cannot carry null; `nullable` comes from @IsOptional on the query DTO.
    if (p.schema && 'nullable' in p.schema) delete (p.schema as { nullable?: boolean }).nullable;
  }
  if (parameters.length) op.parameters = parameters;
  else delete op.parameters;

  const isPublic = !route?.rule || route.rule.kind === 'public';
  if (security && route?.rule) op.security = security.requirements(route.rule, method);

  const statuses = new Set<ProblemStatus>(route?.problems ?? []);
  if (parameters.length || op.requestBody) statuses.add(400);
  if (!isPublic) [401, 403].forEach((s) => statuses.add(s as ProblemStatus));
  if (parameters.some((p) => p.in === 'path')) statuses.add(404);
  if (op.requestBody) [413, 415].forEach((s) => statuses.add(s as ProblemStatus));
  if (!isPublic && UNSAFE_METHODS.has(method)) statuses.add(409);

  const responses = op.responses as Record<string, ResponseObject | ReferenceObject>;
  delete responses['default'];
  for (const status of [...statuses].sort((a, b) => a - b)) {
    // A route's own description of a status stays (it gets the problem schema below).
    responses[String(status)] ??= { $ref: `#/components/responses/${PROBLEM_RESPONSES[status][0]}` };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400 && !('$ref' in response) && !response.content)
      response.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
  }
}

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Jobunivers API',
    useGlobalPrefix: false,
  });
}
