export { ScreeningModule } from './screening.module';
export { ScreeningService } from './screening.service';
export { screeningMigrations } from './migrations';
