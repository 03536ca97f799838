export { Access, ACCESS_RULE, AccessRulesVerifier, CitizenSelf, listRouteAccess, Public, SignedIn, StaffOnly, StaffOrClient, type AccessRule, type RouteAccess, type StaffRole } from './access';
export { configureApp, API_PREFIX } from './configure-app';
export { HealthController } from './health.controller';
export { MetricsService } from './metrics';
export { buildOpenApiDocument, OPENAPI_JSON_PATH, OPENAPI_UI_PATH } from './openapi';
export { ApiPageResponse, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageMetaDto, PageQueryDto, toPage, type Page } from './pagination';
export { PlatformHttpModule } from './platform-http.module';
export { IdParamDto } from './id-param.dto';
export { ApiLanguageHeader } from './language-header';
