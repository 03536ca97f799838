export { EmployersModule } from './employers.module';
export { RequestsService as EmployerRequestsService } from './requests.service';
export { employersMigrations } from './migrations';
export { DEMO_COMPANIES, DEMO_EMPLOYER_USERS } from './demo/employers.demo-seed';
export type { EmployersCaseEvents } from './employers.events';
