import type { ClientPrincipal, StaffPrincipal } from '@jobunivers/api/identity';
import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
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
  /** Formal call-ins go to the letters-to-print list instead of Digital Post. */
  digitalPostExempt: boolean;
}

/** Announced inside the registering transaction: handlers write with the same manager, so nothing is lost. */
export interface CitizenRegisteredEvent {
  citizen: CitizenCase;
  /** Meeting forms the citizen prefers, best first (empty: no preference given). */
  preferredMeetingForms: Array<'in_person' | 'video' | 'phone'>;
}

/**
 * What a registration set in motion, told back to whoever registered the citizen ("next steps"): each
 * module that reacts to a registration may contribute its part (screening the deadline, meetings the invitation).
 */
export interface RegistrationNextSteps {
  /** The legal deadline for the visitation meeting (YYYY-MM-DD, Copenhagen). */
  visitationDeadline?: string;
  /** The visitation invitation that went out, if a free time before the deadline was found. */
  visitationInvitation?: {
    meetingId: string;
    sentAt: Date;
    startsAt: Date;
    form: 'in_person' | 'video' | 'phone';
    channels: Array<'in_app' | 'email'>;
  };
}

export interface RegisteredCitizen {
  id: string;
  assignedCaseworkerId: string | null;
  assignedCaseworkerName: string | null;
  nextSteps: RegistrationNextSteps;
}

/** A citizen's profile as other modules need it for matching (job-matching keeps its own read model). */
export interface CitizenProfileSnapshot {
  citizenId: string;
  municipalityCode: string;
  active: boolean;
  postalCode: string | null;
  wishedOccupations: string[];
  /** Catalogue skill ids only (free-text skills cannot be matched). */
  skillIds: string[];
  workArea: { radiusKm?: number; municipalityCodes?: string[] };
  hours: 'full_time' | 'part_time' | 'both' | null;
  /** ISO 639-1 codes the citizen speaks at least well. */
  languages: string[];
}

/** What other modules add to each row of the caseload list (screening: track and open queue items). */
export interface CaseloadExtras {
  track: string;
  openQueueItems: number;
  /** meetings: start of the next upcoming meeting (ISO). */
  nextMeetingAt: string | null;
}
export type CaseloadEnricher = (citizenIds: string[]) => Promise<Map<string, Partial<CaseloadExtras>>>;

/**
 * Legal deadline for the first contact (visitation), in days from registration: kontanthjælp (also
 * job-ready) 1 week, dagpenge and ledighedsydelse 2 weeks — the same as the contact rules' `first_meeting`.
 */
export const VISITATION_DAYS: Record<BenefitType, number> = {
  cash_benefit: 7,
  job_ready_cash_benefit: 7,
  unemployment_benefit: 14,
  unemployment_allowance: 14,
};

/**
 * The day (YYYY-MM-DD, Copenhagen) by which the citizen must have had the visitation meeting: the
 * registration day plus the legal days. One rule for the screening queue, the timeline, the invitation
 * and where the meeting may be moved to, so they always agree.
 */
export function visitationDeadline(citizen: Pick<CitizenCase, 'registeredAt' | 'benefitType'>): string {
  return addDays(todayInCopenhagen(citizen.registeredAt), VISITATION_DAYS[citizen.benefitType]);
}
