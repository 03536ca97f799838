export { AppConfig, ConfigError, loadConfig, type AppSecrets, AUTH_MODES, NODE_ENVS, RATE_LIMIT_BUCKETS, type RateLimitBucket, type RateLimitPolicy } from './app-config';
export { ConfigModule } from './config.module';
