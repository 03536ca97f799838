import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@jobunivers/api/config';
import { configureApp } from '@jobunivers/api/http';
import { AppModule } from './app.module';

/** Builds the configured (not yet listening) application; shared by `main.ts` and the tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register({ config, databaseUrl }), { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.init();
  return app;
}
