import { Integration1795380451429 } from './1795380451429-integration';

export const integrationMigrations = [Integration1795380451429];
