export {
  AppConfig,
  ConfigError,
  loadConfig,
  type AppSecrets,
  AUTH_MODES,
  DEFAULT_CPR_KEY_ID,
  DEFAULT_PUSH_ENDPOINT_HOSTS,
  NODE_ENVS,
  RATE_LIMIT_BUCKETS,
  type RateLimitBucket,
  type RateLimitPolicy,
} from './app-config';
export { ConfigModule } from './config.module';
