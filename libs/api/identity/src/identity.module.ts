import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OPENAPI_SECURITY } from '@jobunivers/api/http';
import { AppConfig } from '@jobunivers/api/config';
import { ApiClientAdminService } from './api-client-admin.service';
import { ApiClientService } from './api-client.service';
import { ApiClientsController } from './api-clients.controller';
import { AuthGuard } from './auth.guard';
import { IdentityDemoSeed } from './demo/identity.demo-seed';
import { DevAuthModule } from './dev-auth.module';
import { AccessTokenEntity } from './entities/access-token.entity';
import { ApiClientEntity } from './entities/api-client.entity';
import { AuthFailureEntity } from './entities/auth-failure.entity';
import { SessionEntity } from './entities/session.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { IdentityController } from './identity.controller';
import { IdentityRepository } from './identity.repository';
import { IdentityService } from './identity.service';
import { OAuthController } from './oauth.controller';
import { openApiSecurity } from './openapi-security';
import { CitizenAuthController, EmployerAuthController } from './saml/citizen-auth.controller';
import { CitizenSamlService } from './saml/citizen-saml.service';
import { SamlRequestEntity } from './entities/saml-request.entity';
import { RateLimitEntity } from './entities/rate-limit.entity';
import { OidcLoginEntity } from './entities/oidc-login.entity';
import { StaffAuthController } from './oidc/staff-auth.controller';
import { StaffOidcService } from './oidc/staff-oidc.service';
import { RateLimitGuard, RateLimitPruner } from './rate-limit';
import { SessionService, sessionCookieName } from './session.service';
import { StaffUsersController } from './staff-users.controller';

/**
 * Who is asking: sessions for citizens and staff, bearer tokens for API clients, roles, scopes
 * and the municipality (tenant). Its guard authorises every request of the app.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      StaffUserEntity,
      SessionEntity,
      ApiClientEntity,
      AccessTokenEntity,
      AuthFailureEntity,
      SamlRequestEntity,
      RateLimitEntity,
      OidcLoginEntity,
    ]),
  ],
  controllers: [
    IdentityController,
    OAuthController,
    ApiClientsController,
    CitizenAuthController,
    EmployerAuthController,
    StaffAuthController,
    StaffUsersController,
  ],
  providers: [
    IdentityService,
    IdentityRepository,
    SessionService,
    CitizenSamlService,
    StaffOidcService,
    RateLimitGuard,
    RateLimitPruner,
    ApiClientService,
    ApiClientAdminService,
    IdentityDemoSeed,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      provide: OPENAPI_SECURITY,
      useFactory: (config: AppConfig) => openApiSecurity(sessionCookieName(config)),
      inject: [AppConfig],
    },
  ],
  exports: [IdentityService, SessionService, CitizenSamlService],
})
export class IdentityModule {
  /** What an app with this module adds when AUTH_MODE=dev, and only then (the dev sign-in routes). */
  static readonly devModeImports = [DevAuthModule];
}
