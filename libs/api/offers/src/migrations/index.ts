import { OffersInit1795351481188 } from './1795351481188-offers-init';

export const offersMigrations = [OffersInit1795351481188];
