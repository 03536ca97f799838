export { ScreeningModule } from './screening.module';
export { ScreeningService } from './screening.service';
export { screeningMigrations } from './migrations';
export { ContactService } from './contact/contact.service';
export { CONTACT_RULE_SETS, type ContactRuleSet, type TargetGroup } from './contact/contact-rules';
export type { ScreeningCaseEvents } from './screening.events';
