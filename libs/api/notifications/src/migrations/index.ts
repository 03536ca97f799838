import { Notifications1795369441280 } from './1795369441280-notifications';
import { Letters1796042427730 } from './1796042427730-letters';

export const notificationsMigrations = [Notifications1795369441280, Letters1796042427730];
