import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@jobunivers/api/config';
import { withBootLock } from '@jobunivers/api/database';
import { configureApp, createHttpAdapter } from '@jobunivers/api/http';
import { AppModule } from './app.module';

/**
 * Builds the configured (not yet listening) application; shared by `main.ts` and the tests. The
 * whole start (migrations while the modules are created; pg-boss's schema, queues and schedules and
 * the demo data in the init hooks) runs under the boot lock, so instances started together never race.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  return withBootLock(databaseUrl, async () => {
    const app = await NestFactory.create(AppModule.register({ config, databaseUrl }), createHttpAdapter(), {
      bufferLogs: true,
      abortOnError: false,
    });
    await configureApp(app);
    await app.init();
    return app;
  });
}
