import { Notifications1795369441280 } from './1795369441280-notifications';

export const notificationsMigrations = [Notifications1795369441280];
