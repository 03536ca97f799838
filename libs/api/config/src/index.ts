export { AppConfig, ConfigError, loadConfig, type AppSecrets, AUTH_MODES, NODE_ENVS } from './app-config';
export { ConfigModule } from './config.module';
