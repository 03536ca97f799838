export { CitizensModule } from './citizens.module';
export { CitizensService, type CandidateProfile } from './citizens.service';
export { citizensMigrations } from './migrations';
export { DEMO_CITIZENS } from './demo/citizens.demo-seed';
export { isValidCpr, maskCpr, normaliseCpr } from './cpr';
export { CitizenCasesService } from './citizen-cases.service';
export { assertCaseActive } from './citizen-case';
export { CitizensErrorCode, CitizensException } from './citizens.errors';
export {
  CaseEventBus,
  OnCaseEvent,
  OnModuleEvent,
  type CaseEvent,
  type CaseEventKind,
  type CaseEvents,
  type CitizensCaseEvents,
  type ModuleEventName,
  type ModuleEvents,
  type NewCaseEvent,
  type NoPayload,
} from './case-events';
export { CprRotationService, type CprRotationReport } from './cpr-rotation.service';
export { DataRightsService, type Eraser, type Exporter } from './data-rights.service';
export { exportRows } from './citizens.repository';
export { VISITATION_DAYS, visitationDeadline } from './citizen-access';
export { BENEFIT_TYPES, type BenefitType } from './entities/citizen.entity';
export type { RegisteredCitizen, RegistrationNextSteps } from './citizen-access';
export type {
  CaseActor,
  CaseloadEnricher,
  CaseloadExtras,
  CitizenCase,
  CitizenProfileSnapshot,
  CitizenRegisteredEvent,
} from './citizen-access';
export { addTimelineTexts, languageOf, timelineText, type Language } from './timeline-texts';
