export {
  Access,
  ACCESS_RULE,
  AccessRulesVerifier,
  CitizenOrStaff,
  CitizenSelf,
  ClientOnly,
  EmployerOnly,
  listRouteAccess,
  Public,
  SignedIn,
  StaffOnly,
  StaffOrClient,
  type AccessRule,
  type RouteAccess,
  type StaffRole,
} from './access';
export { INT4_MAX, IntRange, IsUuid, toQueryInt } from './bounds';
export { configureApp, API_PREFIX } from './configure-app';
export {
  createHttpAdapter,
  fastifyOf,
  FORM_BODY_LIMIT,
  JSON_BODY_LIMIT,
  type HttpApp,
  type HttpReply,
  type HttpRequest,
} from './http-adapter';
export { constantTimeEqual } from './constant-time';
export { DATE_OR_INSTANT_PATTERN, DATE_PATTERN, INSTANT_PATTERN } from './dates';
export { HealthController } from './health.controller';
export { MetricsService } from './metrics';
export {
  ApiProblems,
  buildOpenApiDocument,
  OPENAPI_JSON_PATH,
  OPENAPI_SECURITY,
  OPENAPI_UI_PATH,
  type OpenApiSecurity,
  type ProblemStatus,
} from './openapi';
export {
  ApiPageResponse,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  PageMetaDto,
  PageQueryDto,
  toPage,
  type Page,
} from './pagination';
export { PlatformHttpModule } from './platform-http.module';
export { IdParamDto } from './id-param.dto';
export { trim } from './trim';
export {
  checkPublicUrl,
  isNonPublicAddress,
  OutboundAddressRefusedError,
  OutboundHttp,
  type OutboundResponse,
  type UrlCheck,
} from './outbound';
export { AppValidationPipe, findUnsafeText, isSafeText } from './safe-text';
