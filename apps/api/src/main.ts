import { AppConfig, ConfigError, loadConfig } from '@jobunivers/api/config';
import { startEmbeddedPostgres } from '@jobunivers/api/database';
import { createApp } from './app/create-app';
import {
  generateJobAds,
  generateMigration,
  rebuildMatchProfiles,
  rotateCprKey,
  seedScaleCommand,
  writeOpenApi,
} from './app/commands';

interface Database {
  url: string;
  stop(): Promise<void>;
}

async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const started = Date.now();
  const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  console.log(
    `Embedded PostgreSQL ready on 127.0.0.1:${pg.port} (data in ${pg.clusterDir}, ${Date.now() - started} ms)`,
  );
  return pg;
}

async function main(): Promise<void> {
  const [command = 'serve', ...args] = process.argv.slice(2);
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  const db = await openDatabase(config);
  const app = await createApp(config, db.url).catch(async (error: unknown) => {
    await db.stop();
    throw error;
  });
  const shutdown = async (code: number) => {
    await app.close().catch(() => undefined);
    await db.stop().catch(() => undefined);
    process.exit(code);
  };

  switch (command) {
    case 'serve': {
      await app.listen(config.port, config.host);
      const base = `http://localhost:${config.port}`;
      console.log(`Jobunivers API listening on ${base}/api (docs ${base}/api/docs, health ${base}/api/health)`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(0));
      return;
    }
    case 'openapi':
      writeOpenApi(app, args[0] ?? 'libs/shared/api-client/src/generated/openapi.json');
      return shutdown(0);
    case 'migration:generate':
      await generateMigration(app, args[0], args[1] ?? '.');
      return shutdown(0);
    case 'job-ads:generate':
      await generateJobAds(app, args[0], args[1], args[2], args[3]);
      return shutdown(0);
    case 'seed:scale':
      await seedScaleCommand(app, args);
      return shutdown(0);
    case 'cpr:rotate-key':
      return shutdown((await rotateCprKey(app, args)) ? 0 : 1);
    case 'job-matching:rebuild-profiles':
      await rebuildMatchProfiles(app);
      return shutdown(0);
    default:
      console.error(
        `Unknown command "${command}". Commands: serve (default), openapi <file>, migration:generate <Name> <dir>, job-ads:generate <count> <file> [seed] [prefix], job-matching:rebuild-profiles, cpr:rotate-key [--batch=N], seed:scale [--seed=N] [--factor=F] [--today=YYYY-MM-DD] [--report=file] [--if-empty]`,
      );
      return shutdown(64);
  }
}

main().catch((error: unknown) => {
  console.error('The API could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
