import type { ClientPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import type { BenefitType, CaseStatus } from './entities/citizen.entity';

/** Staff member or municipal system, acting within its municipality. */
export type CaseActor = StaffPrincipal | ClientPrincipal;

/** What other modules may know of a citizen's case (no CPR, no contact details). */
export interface CitizenCase {
  id: string;
  name: string;
  municipalityCode: string;
  benefitType: BenefitType;
  unemployedSince: string;
  registeredAt: Date;
  status: CaseStatus;
  assignedCaseworkerId: string | null;
}

/** Announced inside the registering transaction: handlers write with the same manager, so nothing is lost. */
export interface CitizenRegisteredEvent {
  citizen: CitizenCase;
}

/** What other modules add to each row of the caseload list (screening: track and open queue items). */
export interface CaseloadExtras {
  track: string;
  openQueueItems: number;
}
export type CaseloadEnricher = (citizenIds: string[]) => Promise<Map<string, Partial<CaseloadExtras>>>;
