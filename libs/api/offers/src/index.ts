export { OffersModule } from './offers.module';
export { OffersService } from './offers.service';
export { offersMigrations } from './migrations';
