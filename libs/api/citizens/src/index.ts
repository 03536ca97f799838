export { CitizensModule } from './citizens.module';
export { CitizensService } from './citizens.service';
export { citizensMigrations } from './migrations';
export { DEMO_CITIZENS } from './demo/citizens.demo-seed';
export { isValidCpr, maskCpr, normaliseCpr } from './cpr';
