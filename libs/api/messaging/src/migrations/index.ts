import { Messaging1795372673134 } from './1795372673134-messaging';

export const messagingMigrations = [Messaging1795372673134];
