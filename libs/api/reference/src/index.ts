export { ReferenceModule, referenceMigrations } from './reference.module';
export { ReferenceService } from './reference.service';
export { distanceKm, type LatLon } from './geo';
