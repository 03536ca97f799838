export { AppConfig, ConfigError, loadConfig, type AppSecrets, AUTH_MODES, DEFAULT_PUSH_ENDPOINT_HOSTS, NODE_ENVS } from './app-config';
export { ConfigModule } from './config.module';
