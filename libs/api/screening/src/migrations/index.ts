import { ScreeningInit1795340377192 } from './1795340377192-screening-init';

export const screeningMigrations = [ScreeningInit1795340377192];
