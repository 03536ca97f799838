import { Injectable } from '@nestjs/common';
import { AuditService, resolvePurpose } from '@jobunivers/api/audit';
import { PlatformException } from '@jobunivers/api/errors';
import { IdentityService } from '@jobunivers/api/identity';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CaseTimelineService } from './case-timeline.service';
import type { CaseActor, CitizenRegisteredEvent, RegisteredCitizen, RegistrationNextSteps } from './citizen-access';
import { actorOf, toCase } from './citizen-case';
import { CitizensErrorCode, CitizensException } from './citizens.errors';
import { CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';
import type { RegisterCitizenDto } from './dto/citizen.dto';
import { CitizenEntity } from './entities/citizen.entity';

/** A module's reaction to a registration, in its transaction; it may tell part of the next steps. */
export type RegisteredHandler = (
  event: CitizenRegisteredEvent,
  manager: EntityManager,
) => Promise<RegistrationNextSteps | void>;

/**
 * Registering a citizen: one active case per CPR number and municipality, the caseworker it goes to, the first
 * timeline entries and the audit row, and what other modules set in motion in the same transaction (the next steps).
 */
@Injectable()
export class CaseRegistrationService {
  private readonly registeredHandlers: RegisteredHandler[] = [];

  constructor(
    private readonly facade: CitizensService,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly timeline: CaseTimelineService,
    private readonly repository: CitizensRepository,
  ) {}

  /** Other modules react to a registration inside its transaction (e.g. screening's visitation item). */
  onRegistered(handler: RegisteredHandler): void {
    this.registeredHandlers.push(handler);
  }

  /**
   * Registers a citizen. The case goes to the chosen caseworker; else to the registering caseworker (who then
   * finds the citizen on their own caseload); else (a team lead or a municipal system) to the least-loaded one.
   * Answers with what happens next: the visitation deadline and the invitation that went out.
   */
  async register(actor: CaseActor, input: RegisterCitizenDto): Promise<RegisteredCitizen> {
    const municipalityCode = actor.municipalityCode;
    const cprHash = this.facade.cpr.lookupHash(input.cpr);
    // While a key rotation is under way, an active case may still hold an older look-up value.
    const candidates = this.facade.cpr.lookupCandidates(input.cpr);
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      // One registration of a CPR number at a time per municipality, even under concurrent requests — and across
      // instances that know different keys during a rotation: each locks every look-up value it knows, in one order.
      const lockKeys = [...new Set(candidates.map((h) => `citizen:${municipalityCode}:${h.toString('hex')}`))].sort();
      for (const lockKey of lockKeys) await this.repository.advisoryLock(manager, lockKey);
      const existing = await manager.findOne(CitizenEntity, {
        where: { municipalityCode, cprHash: In(candidates), status: 'active' },
        select: { id: true },
      });
      if (existing)
        throw new CitizensException(
          CitizensErrorCode.AlreadyRegistered,
          `The citizen is already registered (id ${existing.id}).`,
          { existingId: existing.id },
        );
      const caseworker = await this.caseworkerFor(manager, actor, input.caseworkerId);
      const citizen = await manager.save(
        manager.create(CitizenEntity, {
          id,
          municipalityCode,
          cprEncrypted: this.facade.cpr.encrypt(input.cpr, id),
          cprHash,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          phone: input.phone,
          postalCode: input.postalCode,
          benefitType: input.benefitType,
          unemployedSince: input.unemployedSince,
          unemploymentFund: input.unemploymentFund ?? null,
          digitalPostExempt: input.digitalPostExempt ?? false,
          assignedCaseworkerId: caseworker?.id ?? null,
          status: 'active',
          closedAt: null,
          outcome: null,
          outcomeDate: null,
        }),
      );
      const now = new Date();
      await this.timeline.write(manager, [
        {
          citizenId: citizen.id,
          occurredAt: now,
          kind: 'registered',
          params: { unemployedSince: input.unemployedSince },
        },
        ...(caseworker
          ? [
              {
                citizenId: citizen.id,
                occurredAt: new Date(now.getTime() + 1),
                kind: 'caseworker_assigned' as const,
                params: { caseworkerName: caseworker.name },
              },
            ]
          : []),
      ]);
      await this.audit.record(
        actorOf(actor),
        {
          citizenId: citizen.id,
          action: 'create',
          resource: 'citizen',
          resourceId: citizen.id,
          purpose: actor.kind === 'client' ? resolvePurpose(actor, false) : 'registration',
        },
        manager,
      );
      const nextSteps: RegistrationNextSteps = {};
      for (const handler of this.registeredHandlers)
        Object.assign(
          nextSteps,
          await handler(
            { citizen: toCase(citizen), preferredMeetingForms: input.preferredMeetingForms ?? [] },
            manager,
          ),
        );
      return {
        id: citizen.id,
        assignedCaseworkerId: caseworker?.id ?? null,
        assignedCaseworkerName: caseworker?.name ?? null,
        nextSteps,
      };
    });
  }

  /** The chosen caseworker (must be an active caseworker here), else the registering caseworker, else the least-loaded one. */
  private async caseworkerFor(
    manager: EntityManager,
    actor: CaseActor,
    chosenId: string | undefined,
  ): Promise<{ id: string; name: string } | undefined> {
    const caseworkers = await this.identity.caseworkers(actor.municipalityCode, manager);
    if (chosenId) {
      const chosen = caseworkers.find((c) => c.id === chosenId);
      if (!chosen)
        throw PlatformException.validation([
          { field: 'caseworkerId', message: 'caseworkerId must be an active caseworker of your municipality' },
        ]);
      return chosen;
    }
    const self = actor.kind === 'staff' ? caseworkers.find((c) => c.id === actor.id) : undefined;
    return self ?? this.leastLoadedCaseworker(manager, actor.municipalityCode);
  }

  /** The caseworker with the fewest active citizens (ties: by name); none when the jobcentre has none. */
  private async leastLoadedCaseworker(
    manager: EntityManager,
    municipalityCode: string,
  ): Promise<{ id: string; name: string } | undefined> {
    const caseworkers = await this.identity.caseworkers(municipalityCode, manager);
    if (caseworkers.length === 0) return undefined;
    const loads = await this.repository.caseworkerLoads(
      manager,
      municipalityCode,
      caseworkers.map((c) => c.id),
    );
    const load = new Map(loads.map((l) => [l.id, l.n]));
    return [...caseworkers].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0))[0];
  }
}
