import { PlanItemRating1795380923939 } from './1795380923939-plan-item-rating';
import { OffersInit1795351481188 } from './1795351481188-offers-init';

export const offersMigrations = [OffersInit1795351481188, PlanItemRating1795380923939];
