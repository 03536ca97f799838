export { CitizensModule } from './citizens.module';
export { CitizensService } from './citizens.service';
export { citizensMigrations } from './migrations';
export { DEMO_CITIZENS } from './demo/citizens.demo-seed';
export { isValidCpr, maskCpr, normaliseCpr } from './cpr';
export { CitizenCasesService } from './citizen-cases.service';
export { VISITATION_DAYS } from './citizen-access';
export type { CaseActor, CaseloadEnricher, CaseloadExtras, CitizenCase, CitizenProfileSnapshot, CitizenRegisteredEvent, TimelineEvent } from './citizen-access';
export { addTimelineTexts, languageOf, timelineText, type Language } from './timeline-texts';
