import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseEventKind, CaseEvents } from './case-events';
import { CaseFactsService } from './case-facts.service';
import { CaseRegistrationService, type RegisteredHandler } from './case-registration.service';
import { CaseTimelineService } from './case-timeline.service';
import { CaseloadService } from './caseload.service';
import type { CaseActor, CaseloadEnricher, CitizenCase, CitizenProfileSnapshot } from './citizen-access';
import { CitizenContactsService } from './citizen-contacts.service';
import { type CitizenAccess, CitizenRecordsService } from './citizen-records.service';
import { CitizensRepository, type OutcomeMonthRow } from './citizens.repository';
import { ProfileSnapshotsService } from './profile-snapshots.service';

/**
 * The case side of the citizens module, as other modules call it. Cases work by concern behind it:
 * - `CaseRegistrationService`: registration (one active case per CPR number, the caseworker it goes to) and what
 *   other modules set in motion in its transaction (`onRegistered`);
 * - `CaseloadService`: the caseload list, its columns from other modules (`enrichCaseload`), an audited read each;
 * - `CitizenRecordsService`: one citizen within the municipality, the purpose outside one's caseload, the audit row
 *   (`authorize`), the case as staff read it and the CPR reveal;
 * - `CaseUpdatesService`: the outcome that closes a case, the Digital Post exemption, reassignment;
 * - `CaseTimelineService`: the timeline, the case's event log — `recordEvent` writes an entry and hands the event to
 *   its `@OnCaseEvent` handlers (the `CaseEventBus`) in the same transaction;
 * - `CaseFactsService`: what other modules read about cases (active case, batches, cohorts, earlier cases);
 * - `CitizenContactsService`: how to reach the citizen (contact details, chosen channels, a letter's recipient);
 * - `ProfileSnapshotsService`: the profile as job matching needs it, and its `citizen.profile_saved` module event;
 * - `CitizensRepository`: the SQL (the KPI counts, case ids and outcomes per month, go there directly).
 * Tenancy is part of every query: a citizen of another municipality is simply not found.
 */
@Injectable()
export class CitizenCasesService {
  constructor(
    private readonly registration: CaseRegistrationService,
    private readonly caseload: CaseloadService,
    private readonly records: CitizenRecordsService,
    private readonly timeline: CaseTimelineService,
    private readonly facts: CaseFactsService,
    private readonly contacts: CitizenContactsService,
    private readonly profiles: ProfileSnapshotsService,
    private readonly repository: CitizensRepository,
  ) {}

  /** Other modules react to a registration inside its transaction (e.g. screening's visitation item). */
  onRegistered(handler: RegisteredHandler): void {
    this.registration.onRegistered(handler);
  }

  /** Other modules add their columns to the caseload list (e.g. screening's track). */
  enrichCaseload(enricher: CaseloadEnricher): void {
    this.caseload.enrichCaseload(enricher);
  }

  /** Tenancy (404), purpose (403 outside the caseload without one) and exactly one audit row; the case. */
  authorize(actor: CaseActor, citizenId: string, access: CitizenAccess, manager?: EntityManager): Promise<CitizenCase> {
    return this.records.authorize(actor, citizenId, access, manager);
  }

  /** Records a case event: its timeline entry and its `@OnCaseEvent` handlers, in the caller's transaction if given. */
  recordEvent<K extends CaseEventKind>(
    citizenId: string,
    kind: K,
    params: CaseEvents[K],
    manager?: EntityManager,
    occurredAt?: Date,
  ): Promise<void> {
    return this.timeline.recordEvent(citizenId, kind, params, manager, occurredAt);
  }

  /** A case by id, no access check (for the citizen's own routes and background work). */
  caseOf(citizenId: string, manager?: EntityManager): Promise<CitizenCase | undefined> {
    return this.facts.caseOf(citizenId, manager);
  }

  /** The citizen's case, which must be active (else 409 `case_closed`). */
  activeCase(citizenId: string, manager?: EntityManager): Promise<CitizenCase> {
    return this.facts.activeCase(citizenId, manager);
  }

  /** Active cases in id order, a batch at a time (for scheduled scans). */
  activeCases(
    afterId: string | undefined,
    limit: number,
    municipalityCode?: string,
    manager?: EntityManager,
  ): Promise<CitizenCase[]> {
    return this.facts.activeCases(afterId, limit, municipalityCode, manager);
  }

  /** Cases by id (for lists other modules show), only within one municipality. */
  casesOf(municipalityCode: string, ids: string[]): Promise<Map<string, CitizenCase>> {
    return this.facts.casesOf(municipalityCode, ids);
  }

  /** Ids of the municipality's cases (of these caseworkers when given), active or all (for KPIs). */
  caseIds(municipalityCode: string, caseworkerIds: string[] | null, status: 'active' | 'all'): Promise<string[]> {
    return this.repository.caseIds(municipalityCode, caseworkerIds, status);
  }

  /**
   * KPI: closed cases per month (Copenhagen time) and how many ended in job or education within 13
   * and within 26 weeks of the unemployment's start (by the outcome's date).
   */
  outcomeStats(
    municipalityCode: string,
    caseworkerIds: string[] | null,
    from: Date,
    to: Date,
  ): Promise<OutcomeMonthRow[]> {
    return this.repository.outcomeStats(municipalityCode, caseworkerIds, from, to);
  }

  /** Cases whose unemployment started between two days (inclusive), optionally of one benefit type or among ids. */
  casesStarted(
    municipalityCode: string,
    from: string,
    to: string,
    filter?: { benefitType?: string; ids?: string[] | null },
    manager?: EntityManager,
  ): Promise<CitizenCase[]> {
    return this.facts.casesStarted(municipalityCode, from, to, filter, manager);
  }

  /** How many cases of a benefit type started between two days (inclusive), in one municipality. */
  countStarted(...cohort: Parameters<CaseFactsService['countStarted']>): Promise<number> {
    return this.facts.countStarted(...cohort);
  }

  /** Ids of a caseworker's active caseload. */
  caseloadIds(caseworkerId: string): Promise<string[]> {
    return this.facts.caseloadIds(caseworkerId);
  }

  /** Earlier, closed cases of the same person in any municipality (a screening indicator). */
  earlierCases(citizenId: string, manager?: EntityManager): Promise<number> {
    return this.facts.earlierCases(citizenId, manager);
  }

  /** Profiles for matching, in id order: by ids, or a page after a cursor (to rebuild a read model). */
  profileSnapshots(
    query: { ids?: string[]; after?: string; limit?: number },
    manager?: EntityManager,
  ): Promise<CitizenProfileSnapshot[]> {
    return this.profiles.profileSnapshots(query, manager);
  }

  /** How to reach the citizen (phone meetings, notifications); no access check — callers have one. */
  contactOf(
    citizenId: string,
    manager?: EntityManager,
  ): Promise<{ phone: string | null; email: string | null } | undefined> {
    return this.contacts.contactOf(citizenId, manager);
  }

  /** E-mail addresses of these citizens (those that have one); no access check — for notifications. */
  emailsOf(citizenIds: string[]): Promise<Map<string, string>> {
    return this.contacts.emailsOf(citizenIds);
  }

  /** The contact channels citizens chose in their profile (in_app, push, email); absent: never chosen. */
  notificationChannelsOf(citizenIds: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    return this.contacts.notificationChannelsOf(citizenIds, manager);
  }

  /** What a Digital Post letter needs of the citizen (CPR number, name, exemption); no access check. */
  letterRecipientOf(
    citizenId: string,
  ): Promise<{ cpr: string; name: string; municipalityCode: string; digitalPostExempt: boolean } | undefined> {
    return this.contacts.letterRecipientOf(citizenId);
  }
}
