export { OffersModule } from './offers.module';
export { OffersService } from './offers.service';
export { offersMigrations } from './migrations';
export type { OffersCaseEvents, PlanItemTitle } from './offers.events';
