import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@jobunivers/api/audit';
import { CitizensModule } from '@jobunivers/api/citizens';
import { MeetingsModule } from '@jobunivers/api/meetings';
import { OffersModule } from '@jobunivers/api/offers';
import { JobMatchingModule } from '@jobunivers/api/job-matching';
import { InsightsModule } from '@jobunivers/api/insights';
import { IntegrationModule } from '@jobunivers/api/integration';
import { MessagingModule } from '@jobunivers/api/messaging';
import { EmployersModule } from '@jobunivers/api/employers';
import { NotificationsModule } from '@jobunivers/api/notifications';
import { ScreeningModule } from '@jobunivers/api/screening';
import { AppConfig, ConfigModule } from '@jobunivers/api/config';
import { DatabaseModule } from '@jobunivers/api/database';
import { DevIdpModule } from '@jobunivers/api/dev-idp';
import { PlatformHttpModule } from '@jobunivers/api/http';
import { DevAuthModule, IdentityModule } from '@jobunivers/api/identity';
import { QueueModule } from '@jobunivers/api/queue';
import { RealtimeModule } from '@jobunivers/api/realtime';
import { ReferenceModule } from '@jobunivers/api/reference';
import { appMigrations } from './migrations';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database actually used: DATABASE_URL, or the embedded cluster's URL. */
  databaseUrl: string;
}

/** The modular monolith: platform modules first, then the bounded modules. */
@Module({})
export class AppModule {
  static register({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, migrations: appMigrations, poolSize: config.databasePoolSize }),
        QueueModule.forRoot(databaseUrl),
        RealtimeModule.forRoot(databaseUrl),
        PlatformHttpModule,
        IdentityModule,
        AuditModule,
        ReferenceModule,
        CitizensModule,
        MeetingsModule,
        ScreeningModule,
        OffersModule,
        JobMatchingModule,
        MessagingModule,
        EmployersModule,
        NotificationsModule,
        IntegrationModule,
        InsightsModule,
        // The simulators (MitID/NemLog-in SAML IdP, OpenID provider) and the dev sign-in exist only in
        // AUTH_MODE=dev (refused in production): in any other mode their routes and code are not there.
        ...(config.authMode === 'dev' ? [DevIdpModule, DevAuthModule] : []),
      ],
    };
  }
}
