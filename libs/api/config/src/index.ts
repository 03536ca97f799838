export { AppConfig, ConfigError, loadConfig, type AppSecrets, AUTH_MODES, DEFAULT_CPR_KEY_ID, NODE_ENVS } from './app-config';
export { ConfigModule } from './config.module';
